import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DIR = import.meta.dirname;

/** Where `npm run build` puts the compiled stylesheet; the built server reads it instead of compiling. */
export const PREBUILT_CSS = join(DIR, 'app.css');

/** The stylesheet: prebuilt when the build left one, else compiled from SCSS now (the start from source). */
export function stylesheet(): Buffer {
  return existsSync(PREBUILT_CSS) ? readFileSync(PREBUILT_CSS) : buildCss();
}

/** Compiles our stylesheet (KERN tokens and the components we use, plus our layout) to compressed CSS. */
export function buildCss(): Buffer {
  // Loaded only when compiling: sass is a development tool, and the built server does without it.
  const { compile } = createRequire(import.meta.url)('sass') as typeof import('sass');
  const result = compile(join(DIR, 'app.scss'), {
    style: 'compressed',
    loadPaths: [join(DIR, '..', '..', '..', '..', 'node_modules')],
    silenceDeprecations: ['import', 'global-builtin', 'color-functions'],
    quietDeps: true,
  });
  return Buffer.from(result.css);
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cachedBuild, hashOf } from './build-cache.ts';

const DIR = import.meta.dirname;
const MODULES = join(DIR, '..', '..', '..', '..', 'node_modules');

/** Where `npm run build` puts the compiled stylesheet; the built server reads it instead of compiling. */
export const PREBUILT_CSS = join(DIR, 'app.css');

/**
 * The stylesheet: prebuilt when the build left one, else compiled from SCSS (the start from source), kept in the
 * build cache under the hash of our SCSS and the versions of KERN and sass.
 */
export function stylesheet(): Buffer {
  if (existsSync(PREBUILT_CSS)) return readFileSync(PREBUILT_CSS);
  return cachedBuild('css', cssSourcesKey(), buildCss);
}

/** What the stylesheet is made of: our SCSS files, and the installed KERN and sass (by their package.json). */
function cssSourcesKey(): string {
  const ours = readdirSync(DIR)
    .filter((f) => f.endsWith('.scss'))
    .sort()
    .map((f) => readFileSync(join(DIR, f)));
  const pkg = (name: string) => readFileSync(join(MODULES, name, 'package.json'));
  return hashOf(...ours, pkg('@kern-ux/native'), pkg('sass'));
}

/** Compiles our stylesheet (KERN tokens and the components we use, plus our layout) to compressed CSS. */
export function buildCss(): Buffer {
  // Loaded only when compiling: sass is a development tool, and the built server does without it.
  const { compile } = createRequire(import.meta.url)('sass') as typeof import('sass');
  const result = compile(join(DIR, 'app.scss'), {
    style: 'compressed',
    loadPaths: [MODULES],
    silenceDeprecations: ['import', 'global-builtin', 'color-functions'],
    quietDeps: true,
  });
  return Buffer.from(result.css);
}

import { join } from 'node:path';
import { compile } from 'sass';

const DIR = import.meta.dirname;

/** Compiles our stylesheet (KERN tokens and the components we use, plus our layout) to compressed CSS. */
export function buildCss(): Buffer {
  const result = compile(join(DIR, 'app.scss'), {
    style: 'compressed',
    loadPaths: [join(DIR, '..', '..', '..', '..', 'node_modules')],
    silenceDeprecations: ['import', 'global-builtin', 'color-functions'],
    quietDeps: true,
  });
  return Buffer.from(result.css);
}

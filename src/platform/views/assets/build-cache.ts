import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Building assets (compiling the SCSS, compressing with brotli at its best) costs seconds; every process that starts
// from source — each test file, each `npm start` — would pay it again for the same bytes. The result is kept on disk
// under node_modules/.cache, named by the hash of what it is made from, so a changed input is a new file. Where the
// folder cannot be written (a read-only install), the result is only returned.

const DIR = join(import.meta.dirname, '..', '..', '..', '..', 'node_modules', '.cache', 'zuhause', 'assets');

/** A SHA-256 over the given parts (strings or bytes), hex. */
export function hashOf(...parts: readonly (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

/** The bytes `build` makes from the inputs named by `key`: read from the cache, or built and written there. */
export function cachedBuild(kind: string, key: string, build: () => Buffer): Buffer {
  const file = join(DIR, `${kind}-${key.slice(0, 32)}`);
  if (existsSync(file)) return readFileSync(file);
  const out = build();
  try {
    mkdirSync(DIR, { recursive: true });
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, out);
    renameSync(tmp, file); // atomic: a parallel process never reads half a file
  } catch {
    // Not writable: the next process builds again.
  }
  return out;
}

import { after, before } from 'node:test';

interface Closable {
  close(): unknown;
}

/**
 * One resource for the tests of the enclosing `describe`: `open` runs in `before`, then `prepare` (seed data, say),
 * and `close()` in `after` — also when `prepare` failed, so a broken setup leaks no database or browser.
 * Returns an accessor, because the value only exists once the suite has started.
 */
export function fixture<T extends Closable>(open: () => Promise<T>, prepare?: (value: T) => Promise<unknown>): () => T {
  let value: T | undefined;
  before(async () => {
    value = await open();
    await prepare?.(value);
  });
  after(() => value?.close());
  return () => {
    if (value === undefined) throw new Error('fixture used outside a test of its suite');
    return value;
  };
}

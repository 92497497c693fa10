import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixture.ts';

describe('fixture', () => {
  const log: string[] = [];
  let early: unknown;

  describe('a suite with a fixture', () => {
    const resource = fixture(
      async () => ({ n: 7, close: () => log.push('closed') }),
      async (r) => log.push(`prepared ${r.n}`),
    );
    try {
      resource();
    } catch (err) {
      early = err;
    }

    it('gives the opened and prepared value to the tests, and has not closed it yet', () => {
      assert.equal(resource().n, 7);
      assert.deepEqual(log, ['prepared 7']);
    });
  });

  it('closes the value once the suite is over', () => {
    assert.deepEqual(log, ['prepared 7', 'closed']);
  });

  it('refuses to hand out the value while the suite is only being declared', () => {
    assert.match(String(early), /fixture used outside a test of its suite/);
  });
});

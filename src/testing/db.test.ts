import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { testDatabase } from './db.ts';

// Test files that need the demo get a copy of one seeded template: the copy must hold the whole demo, and each
// copy must be a database of its own.

describe('test databases with the demo', () => {
  test('a copy holds the demo; two copies are independent of each other', async () => {
    const a = await testDatabase({ demo: true });
    const b = await testDatabase({ demo: true });
    try {
      const slugs = async (db: typeof a.db) =>
        (await db.selectFrom('municipalities').select('slug').orderBy('slug').execute()).map((r) => r.slug);
      assert.deepEqual(await slugs(a.db), await slugs(b.db));
      for (const slug of ['asendorf', 'meppen', 'osnabrueck']) assert.ok((await slugs(a.db)).includes(slug), slug);
      const events = await sql<{ n: number }>`select count(*)::int as n from community_events`.execute(a.db);
      assert.ok((events.rows[0]?.n ?? 0) > 0, 'the community demo is there too');
      await a.db.updateTable('municipalities').set({ name: 'Umbenannt' }).where('slug', '=', 'meppen').execute();
      const meppenB = await b.db.selectFrom('municipalities').select('name').where('slug', '=', 'meppen').execute();
      assert.deepEqual(meppenB, [{ name: 'Meppen' }], 'a change in one copy is not in the other');
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('a plain database holds no demo', async () => {
    const c = await testDatabase();
    try {
      assert.equal((await c.db.selectFrom('municipalities').select('id').execute()).length, 0);
    } finally {
      await c.close();
    }
  });
});

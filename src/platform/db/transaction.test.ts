import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { testDatabase } from '../../testing/db.ts';
import { isRetryable, sqlState, violatedConstraint, withTransaction } from './transaction.ts';
import type { Database } from './types.ts';
import { fixture } from '../../testing/fixture.ts';

// The rule the platform relies on for capacity checks (places in an event, flats in a round): a
// count-then-insert at SERIALIZABLE never overbooks, because conflicting transactions fail with 40001 and
// are retried. Runs on PGlite by default and on the server with TEST_DATABASE_URL.

const CAPACITY = 5;

async function countThenInsert(db: Kysely<Database>, attempts: number): Promise<boolean> {
  return withTransaction(
    db,
    async (tx) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from zz_places`.execute(tx);
      if ((rows[0]?.n ?? 0) >= CAPACITY) return false;
      await sql`insert into zz_places default values`.execute(tx);
      return true;
    },
    { isolation: 'serializable', attempts },
  );
}

const placeCount = async (db: Kysely<Database>) =>
  (await sql<{ n: number }>`select count(*)::int as n from zz_places`.execute(db)).rows[0]!.n;

describe('withTransaction', () => {
  const conn = fixture(() => testDatabase());
  before(async () => {
    await sql`create table zz_places (id serial primary key)`.execute(conn().db);
    await sql`create table zz_unique (code text constraint zz_unique_code unique)`.execute(conn().db);
  });

  test('30 concurrent count-then-insert attempts fill exactly 5 places', async (t) => {
    await sql`truncate zz_places`.execute(conn().db);
    const results = await Promise.all(Array.from({ length: 30 }, () => countThenInsert(conn().db, 50)));
    t.diagnostic(`engine ${conn().engine}`);
    assert.equal(results.filter(Boolean).length, CAPACITY);
    assert.equal(await placeCount(conn().db), CAPACITY);
  });

  test('without retries, the server refuses conflicting attempts instead of overbooking', async (t) => {
    if (conn().engine !== 'postgres') {
      t.skip('PGlite runs transactions one after another; no conflict can arise');
      return;
    }
    await sql`truncate zz_places`.execute(conn().db);
    // Open the whole pool first, so that the attempts really run side by side.
    await Promise.all(Array.from({ length: 10 }, () => sql`select pg_sleep(0.05)`.execute(conn().db)));
    const settled = await Promise.allSettled(Array.from({ length: 30 }, () => countThenInsert(conn().db, 1)));
    const refused = settled.filter((s) => s.status === 'rejected');
    for (const r of refused) assert.ok(isRetryable(r.reason), String(r.reason));
    assert.ok(refused.length > 0, 'expected serialization failures without retries');
    assert.ok((await placeCount(conn().db)) <= CAPACITY);
  });

  test('an error rolls the whole transaction back and is rethrown', async () => {
    await sql`truncate zz_places`.execute(conn().db);
    await assert.rejects(
      withTransaction(conn().db, async (tx) => {
        await sql`insert into zz_places default values`.execute(tx);
        await sql`insert into zz_places default values`.execute(tx);
        throw new Error('use case failed');
      }),
      /use case failed/,
    );
    assert.equal(await placeCount(conn().db), 0);
  });

  test('a non-retryable database error is not retried', async () => {
    let runs = 0;
    await sql`insert into zz_unique values ('a')`.execute(conn().db);
    const err = await withTransaction(conn().db, async (tx) => {
      runs++;
      await sql`insert into zz_unique values ('a')`.execute(tx);
    }).catch((e: unknown) => e);
    assert.equal(runs, 1);
    assert.equal(sqlState(err), '23505');
    assert.equal(violatedConstraint(err), 'zz_unique_code');
    assert.equal(isRetryable(err), false);
  });

  test('a serialization failure is retried up to the bound, then surfaces', async () => {
    let runs = 0;
    const failure = Object.assign(new Error('could not serialize access'), { code: '40001' });
    await assert.rejects(
      withTransaction(
        conn().db,
        async () => {
          runs++;
          throw failure;
        },
        { attempts: 3 },
      ),
      (e) => e === failure,
    );
    assert.equal(runs, 3);
    let second = 0;
    const value = await withTransaction(conn().db, async () => {
      second++;
      if (second < 3) throw Object.assign(new Error('deadlock'), { code: '40P01' });
      return 'done';
    });
    assert.equal(value, 'done');
    assert.equal(second, 3);
  });

  test('sqlState and violatedConstraint ignore what is not a database error', () => {
    assert.equal(sqlState(new Error('x')), undefined);
    assert.equal(sqlState(null), undefined);
    assert.equal(sqlState({ code: 'ENOENT' }), undefined);
    assert.equal(violatedConstraint({ constraint: 42 }), undefined);
  });
});

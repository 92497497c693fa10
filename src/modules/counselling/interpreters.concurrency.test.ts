import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixtureInterpreter, fixtureService } from './counselling.fixtures.ts';
import { appointmentWithRequest as withRequest } from './interpreters.fixtures.ts';
import { acceptRequest } from './interpreters.service.ts';

// Acceptances at once: PGlite by default; with TEST_DATABASE_URL on the server (pool of 10), where they really
// overlap and the row lock on the request and the exclusion constraint on the interpreter's time decide.

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.status} ${e.messageKey}` : Promise.reject(e)),
  );

/** Pairs of accepted requests of one interpreter that overlap (must always be 0). */
async function doubleBooked(conn: Connection, m: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from counselling_interpreter_requests a join counselling_interpreter_requests b
      on a.municipality_id = b.municipality_id and a.interpreter_id = b.interpreter_id and a.id < b.id
     where a.municipality_id = ${m} and a.status = 'accepted' and b.status = 'accepted' and a.blocks && b.blocks`.execute(
    conn.db,
  );
  return rows[0]?.n ?? 0;
}

describe('interpreter acceptance under concurrency', () => {
  let conn: Connection;
  let m = '';
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'meppen');
  });
  after(() => conn.close());

  const accept = (userId: string, requestId: string) =>
    outcome(
      runUseCase(
        't.accept',
        { db: conn.db, tenant: tenant(m), actor: userId, requestId: null, now: new Date() },
        (uc) => acceptRequest(uc, { requestId, userId }),
      ),
    );

  test('500 acceptances by 50 interpreters of 20 requests: each taken once, nobody double-booked', async () => {
    const a = await fixtureService(conn.db, m, { hours: ['08:00', '18:00'] });
    const b = await fixtureService(conn.db, m, { hours: ['08:00', '18:00'] });
    const requests: string[] = [];
    // Monday 1 March 2027 (CET): ten distinct hours of one counsellor, ten of another half an hour later.
    for (let h = 8; h < 18; h++)
      requests.push(await withRequest(conn.db, m, a, `2027-03-01T${String(h).padStart(2, '0')}:00:00+01:00`));
    for (let h = 8; h < 17; h++)
      requests.push(await withRequest(conn.db, m, b, `2027-03-01T${String(h).padStart(2, '0')}:30:00+01:00`));
    requests.push(await withRequest(conn.db, m, b, '2027-03-02T10:00:00+01:00'));
    const interpreters: string[] = [];
    for (let i = 0; i < 50; i++) interpreters.push((await fixtureInterpreter(conn.db, m, ['ar', 'de'])).userId);
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, k) =>
        accept(interpreters[k % 50]!, requests[(k * 7 + Math.floor(k / 50)) % 20]!),
      ),
    );
    const refusals = results.filter((r) => r !== 'ok');
    assert.ok(
      refusals.every((r) => r.startsWith('409 ')),
      `every refusal a 409: ${[...new Set(refusals)].join(', ')}`,
    );
    const accepted = await conn.db
      .selectFrom('counselling_interpreter_requests')
      .select(['id', 'interpreter_id'])
      .where('municipality_id', '=', m)
      .where('status', '=', 'accepted')
      .execute();
    assert.equal(results.length - refusals.length, accepted.length, 'each success is one accepted request');
    assert.equal(new Set(accepted.map((r) => r.id)).size, accepted.length);
    assert.equal(accepted.length, 20, 'every request found an interpreter');
    assert.equal(await doubleBooked(conn, m), 0);
  });

  test('anchors case 3: one interpreter confirms two overlapping requests at once → one accepted, one 409', async () => {
    const a = await fixtureService(conn.db, m);
    const b = await fixtureService(conn.db, m);
    const first = await withRequest(conn.db, m, a, '2027-03-03T10:00:00+01:00');
    const second = await withRequest(conn.db, m, b, '2027-03-03T10:30:00+01:00');
    const { userId } = await fixtureInterpreter(conn.db, m, ['ar']);
    const results = await Promise.all([accept(userId, first), accept(userId, second)]);
    assert.deepEqual(results.toSorted(), ['409 counselling.interpreters.error.overlap', 'ok']);
    assert.equal(await doubleBooked(conn, m), 0);
  });

  test('a request already taken by someone else → 409 "already taken"', async () => {
    const a = await fixtureService(conn.db, m);
    const r = await withRequest(conn.db, m, a, '2027-03-04T10:00:00+01:00');
    const one = await fixtureInterpreter(conn.db, m, ['ar']);
    const two = await fixtureInterpreter(conn.db, m, ['ar']);
    assert.equal(await accept(one.userId, r), 'ok');
    assert.equal(await accept(two.userId, r), '409 counselling.interpreters.error.taken');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { mentee, mentor, pairing, programmeWithCycle } from './matching.fixtures.ts';
import { publishProposals } from './matching.service.ts';
import { answerPairing } from './pairings.answer.service.ts';

// Confirmations at once: PGlite by default; with TEST_DATABASE_URL on the server (a pool of connections), where
// they really overlap and the row lock on the mentor decides. A mentor with capacity 2 never holds a third place.

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.status} ${e.messageKey}` : Promise.reject(e)),
  );

describe('mentor capacity under concurrent publishing and accepting', () => {
  let conn: Connection;
  let m = '';
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  after(() => conn.close());

  const call = (actor: string | null) => ({ db: conn.db, tenant: tenant(m), actor, requestId: null, now: new Date() });

  const statusCount = async (mentorId: string, status: string) =>
    Number(
      (
        await conn.db
          .selectFrom('mentoring_pairings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('municipality_id', '=', m)
          .where('mentor_id', '=', mentorId)
          .where('status', '=', status)
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('30 concurrent publications of 30 proposals for a mentor with capacity 2: exactly 2 published', async () => {
    const c = await programmeWithCycle(conn.db, m, { places: 40 });
    const r = await mentor(conn.db, m, c.cycleId, { capacity: 2 });
    for (let i = 0; i < 30; i++) {
      const e = await mentee(conn.db, m, c.cycleId);
      await pairing(conn.db, m, c.cycleId, e.id, r.id);
    }
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        outcome(runUseCase('t.publish', call(null), (uc) => publishProposals(uc, c.cycleId, null))),
      ),
    );
    assert.ok(results.every((x) => x === 'ok'));
    assert.equal(await statusCount(r.id, 'published'), 2);
    assert.equal(await statusCount(r.id, 'proposed'), 28);
  });

  test('30 concurrent acceptances by a mentor with capacity 2 of 30 published pairings: exactly 2 active', async () => {
    const c = await programmeWithCycle(conn.db, m, { places: 40 });
    const r = await mentor(conn.db, m, c.cycleId, { capacity: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const e = await mentee(conn.db, m, c.cycleId);
      ids.push(await pairing(conn.db, m, c.cycleId, e.id, r.id, { status: 'published', menteeAnswer: 'accepted' }));
    }
    const results = await Promise.all(
      ids.map((pairingId) =>
        outcome(
          runUseCase('t.answer', call(r.userId), (uc) =>
            answerPairing(uc, { pairingId, userId: r.userId, answer: 'accepted' }),
          ),
        ),
      ),
    );
    assert.equal(results.filter((x) => x === 'ok').length, 2);
    assert.equal(results.filter((x) => x === '409 mentoring.answer.full').length, 28);
    assert.equal(await statusCount(r.id, 'active'), 2);
    const matched = await conn.db
      .selectFrom('mentoring_mentees')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('municipality_id', '=', m)
      .where('cycle_id', '=', c.cycleId)
      .where('status', '=', 'matched')
      .executeTakeFirstOrThrow();
    assert.equal(Number(matched.n), 2);
  });
});

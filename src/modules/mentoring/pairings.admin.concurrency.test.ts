import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { finishCycleUseCase } from './pairings.admin.service.ts';
import { workspaceFixture } from './workspace.fixtures.ts';
import { addActivity } from './workspace.service.ts';

// The cycle's end and the pair's log never cross: 12 attended activities are logged while staff finish the cycle
// (twice). Whatever the order, the cycle is finished once, the pairing's outcome matches the attended activities
// that are in its log, and every entry that came after the end was refused. On PGlite by default, on the server with
// TEST_DATABASE_URL (a pool: the transactions really overlap there).

const NOW = new Date('2026-12-02T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString().slice(0, 10);

describe('finishing a cycle while the pair logs', () => {
  let conn: Connection;
  let m: string;
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  after(() => conn.close());

  test('12 entries and 2 finishes at once: one finish, outcome by the log, late entries refused', async () => {
    const f = await workspaceFixture(conn.db, m, NOW);
    const call = (actor: string) => ({ db: conn.db, tenant: tenant(m), actor, requestId: null, now: NOW });
    const outcomes = { logged: 0, refused: 0, finished: 0, already: 0 };
    const entry = async (i: number) => {
      const input = {
        kind: 'committee' as const,
        title: `Ausschuss ${i}`,
        onDate: day(-1 - i),
        attended: 'yes' as const,
      };
      try {
        await runUseCase('mentoring.workspace.activity', call(f.menteeUserId), (uc) =>
          addActivity(uc, { pairingId: f.pairingId, userId: f.menteeUserId, input }),
        );
        outcomes.logged++;
      } catch (err) {
        if (!(err instanceof AppError) || err.status !== 409) throw err;
        outcomes.refused++;
      }
    };
    const finish = async () => {
      try {
        await runUseCase('mentoring.workspace.finish', call(f.staffId), (uc) =>
          finishCycleUseCase(uc, { cycleId: f.cycleId, required: 3 }),
        );
        outcomes.finished++;
      } catch (err) {
        if (!(err instanceof AppError) || err.status !== 409) throw err;
        outcomes.already++;
      }
    };
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => entry(i)),
      finish(),
      ...Array.from({ length: 6 }, (_, i) => entry(6 + i)),
      finish(),
    ]);
    assert.equal(outcomes.finished, 1, 'finished once');
    assert.equal(outcomes.already, 1);
    assert.equal(outcomes.logged + outcomes.refused, 12);
    const attended = await conn.db
      .selectFrom('mentoring_activities')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('municipality_id', '=', m)
      .where('pairing_id', '=', f.pairingId)
      .where('attended', '=', true)
      .executeTakeFirstOrThrow();
    assert.equal(Number(attended.n), outcomes.logged, 'every entry logged is in the log, no refused one');
    const pairing = await conn.db
      .selectFrom('mentoring_pairings')
      .select('status')
      .where('municipality_id', '=', m)
      .where('id', '=', f.pairingId)
      .executeTakeFirstOrThrow();
    assert.equal(pairing.status, outcomes.logged >= 3 ? 'completed' : 'ended');
    const mentee = await conn.db
      .selectFrom('mentoring_mentees')
      .select(['status', 'completed_at'])
      .where('municipality_id', '=', m)
      .where('id', '=', f.menteeId)
      .executeTakeFirstOrThrow();
    assert.equal(mentee.status, outcomes.logged >= 3 ? 'completed' : 'matched');
  });
});

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { sqlState } from '../db/transaction.ts';
import { testDatabase } from '../../testing/db.ts';
import { audit, listAudit, purgeAuditLog } from './audit.ts';
import { fixture } from '../../testing/fixture.ts';

describe('audit log', () => {
  const conn = fixture(() => testDatabase());
  let meppen: string;
  let osnabrueck: string;
  before(async () => {
    const rows = await conn()
      .db.insertInto('municipalities')
      .values([
        { slug: 'audit-meppen', ags: '03454035', name: 'Meppen', district: 'Emsland' },
        { slug: 'audit-osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Osnabrück' },
      ])
      .returning('id')
      .execute();
    [meppen, osnabrueck] = rows.map((r) => r.id) as [string, string];
  });

  it('records who did what, when and why', async () => {
    const at = new Date('2026-03-01T09:00:00Z');
    await audit(conn().db, {
      actor: null,
      municipalityId: meppen,
      action: 'read',
      subjectType: 'household',
      subjectId: 'h-1',
      reason: 'Beratung',
      requestId: 'req-1',
      at,
    });
    const { rows, total } = await listAudit(conn().db, { municipalityId: meppen }, {}, { limit: 10, offset: 0 });
    assert.equal(total, 1);
    assert.deepEqual(
      { ...rows[0], id: undefined },
      {
        id: undefined,
        at,
        actorUserId: null,
        actorName: null,
        action: 'read',
        subjectType: 'household',
        subjectId: 'h-1',
        reason: 'Beratung',
        requestId: 'req-1',
      },
    );
  });

  it('refuses to change or delete a row', async () => {
    await audit(conn().db, {
      actor: null,
      municipalityId: meppen,
      action: 'update',
      subjectType: 'flat',
      subjectId: 'f-1',
    });
    const update = conn()
      .db.updateTable('audit_log')
      .set({ reason: 'changed' } as never)
      .where('subject_id', '=', 'f-1')
      .execute();
    await assert.rejects(update, (err) => sqlState(err) === '42501' && /append-only/.test(String(err)));
    await assert.rejects(conn().db.deleteFrom('audit_log').where('subject_id', '=', 'f-1').execute(), /append-only/);
    const still = await conn().db.selectFrom('audit_log').select('reason').where('subject_id', '=', 'f-1').execute();
    assert.deepEqual(still, [{ reason: null }]);
  });

  it('lets the retention purge delete only rows older than its cutoff', async () => {
    await audit(conn().db, {
      actor: null,
      municipalityId: osnabrueck,
      action: 'read',
      subjectType: 'old',
      at: new Date('2020-01-01T00:00:00Z'),
    });
    await audit(conn().db, {
      actor: null,
      municipalityId: osnabrueck,
      action: 'read',
      subjectType: 'recent',
      at: new Date('2026-01-01T00:00:00Z'),
    });
    // The cutoff announced for the purge does not let younger rows go, even by a direct delete in that transaction.
    await assert.rejects(
      conn()
        .db.transaction()
        .execute(async (tx) => {
          await sql`select set_config('zuhause.audit_purge_before', '2021-01-01T00:00:00Z', true)`.execute(tx);
          await tx.deleteFrom('audit_log').where('subject_type', '=', 'recent').execute();
        }),
      /append-only/,
    );
    const purged = await purgeAuditLog(conn().db, new Date('2021-01-01T00:00:00Z'));
    assert.equal(purged, 1);
    const left = await conn()
      .db.selectFrom('audit_log')
      .select('subject_type')
      .where('municipality_id', '=', osnabrueck)
      .execute();
    assert.deepEqual(left, [{ subject_type: 'recent' }]);
    // The permission ended with the purge's transaction.
    await assert.rejects(
      conn().db.deleteFrom('audit_log').where('subject_type', '=', 'recent').execute(),
      /append-only/,
    );
  });

  it('lists by scope and filters by action, subject type and German calendar days, newest first', async () => {
    const m = (
      await conn()
        .db.insertInto('municipalities')
        .values({ slug: 'audit-lingen', ags: '03454032', name: 'Lingen', district: 'Emsland' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // 23:30 UTC on 31 May is already 1 June in Germany (CEST).
    const entries = [
      { at: '2026-05-31T21:59:00Z', action: 'read', subjectType: 'household' },
      { at: '2026-05-31T23:30:00Z', action: 'read', subjectType: 'household' },
      { at: '2026-06-01T12:00:00Z', action: 'export', subjectType: 'household' },
      { at: '2026-06-02T12:00:00Z', action: 'read', subjectType: 'flat' },
    ] as const;
    for (const e of entries)
      await audit(conn().db, {
        actor: null,
        municipalityId: m,
        action: e.action,
        subjectType: e.subjectType,
        at: new Date(e.at),
      });
    await audit(conn().db, {
      actor: null,
      municipalityId: null,
      action: 'read',
      subjectType: 'household',
      at: new Date('2026-06-01T12:00:00Z'),
    });

    const page = { limit: 10, offset: 0 };
    const all = await listAudit(conn().db, { municipalityId: m }, {}, page);
    assert.equal(all.total, 4);
    assert.deepEqual(
      all.rows.map((r) => r.at.toISOString()),
      [...entries].reverse().map((e) => new Date(e.at).toISOString()),
    );

    const june1 = await listAudit(conn().db, { municipalityId: m }, { from: '2026-06-01', to: '2026-06-01' }, page);
    assert.deepEqual(june1.rows.map((r) => r.at.toISOString()).sort(), [
      '2026-05-31T23:30:00.000Z',
      '2026-06-01T12:00:00.000Z',
    ]);

    const reads = await listAudit(conn().db, { municipalityId: m }, { action: 'read', subjectType: 'household' }, page);
    assert.equal(reads.total, 2);

    const second = await listAudit(conn().db, { municipalityId: m }, {}, { limit: 3, offset: 3 });
    assert.equal(second.total, 4);
    assert.equal(second.rows.length, 1);

    const state = await listAudit(conn().db, { stateWide: true }, { from: '2026-06-01', to: '2026-06-01' }, page);
    assert.equal(state.total, 1, 'the state-wide scope holds only rows without a municipality');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabase } from '../../testing/db.ts';
import { createBackgroundWorker, registryOf } from '../jobs/background.ts';
import { platformJobs, platformSchedules } from '../jobs/platform-jobs.ts';
import { audit } from './audit.ts';
import { fixture } from '../../testing/fixture.ts';

describe('audit retention', () => {
  const conn = fixture(() => testDatabase());

  const DAY = 86_400_000;

  it('deletes audit rows older than AUDIT_RETENTION_DAYS at 03:20 Berlin, once per night, and records the purge', async () => {
    // 1 July 2027, 03:20 in Berlin is 01:20 UTC (summer time).
    const slot = new Date('2027-07-01T01:20:00Z');
    const row = (days: number, subjectId: string) =>
      audit(conn().db, {
        actor: null,
        municipalityId: null,
        action: 'read',
        subjectType: 'household',
        subjectId,
        at: new Date(slot.getTime() - days * DAY),
      });
    await row(40, 'old');
    await row(29, 'young');
    let now = new Date('2027-07-01T01:19:00Z');
    const worker = createBackgroundWorker({
      db: conn().db,
      config: { smtpUrl: undefined, mailFrom: 'noreply@example.org', auditRetentionDays: 30 },
      transport: null,
      now: () => now,
      registry: registryOf(platformJobs),
      schedules: platformSchedules,
    });
    const subjects = async () =>
      (
        await conn()
          .db.selectFrom('audit_log')
          .select('subject_id')
          .where('subject_type', '=', 'household')
          .orderBy('subject_id')
          .execute()
      ).map((r) => r.subject_id);

    await worker.tick(); // yesterday's slot: the 40-day-old row goes
    assert.deepEqual(await subjects(), ['young']);
    now = new Date('2027-07-31T01:20:00Z'); // 30 nights later, after downtime: one run
    await row(0, 'today');
    await worker.tick();
    assert.deepEqual(await subjects(), ['today']);
    const purges = await conn()
      .db.selectFrom('audit_log')
      .select('reason')
      .where('subject_type', '=', 'audit_log')
      .where('action', '=', 'delete')
      .execute();
    // The first night's purge record is itself past the period by now: only the second one is left.
    assert.deepEqual(
      purges.map((p) => p.reason),
      ['retention: 2 rows before 2027-07-01T01:20:00.000Z'],
    );
    const jobs = await conn().db.selectFrom('jobs').select('status').execute();
    assert.deepEqual(
      jobs.map((j) => j.status),
      ['done', 'done'],
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBackgroundWorker, registryOf } from '../../platform/jobs/background.ts';
import { testDatabase } from '../../testing/db.ts';
import { site } from './index.ts';
import { fixture } from '../../testing/fixture.ts';

// The site module's retention: its manifest's schedule and job, run by the background worker on a moved clock.

describe('feedback retention', () => {
  const conn = fixture(() => testDatabase());

  const DAY = 86_400_000;

  async function feedbackAt(at: Date, message: string) {
    await conn()
      .db.insertInto('feedback')
      .values({ message, locale: 'de', email: 'x@example.org', page_url: null, municipality_id: null, created_at: at })
      .execute();
  }

  async function messages(): Promise<string[]> {
    const rows = await conn().db.selectFrom('feedback').select('message').orderBy('message').execute();
    return rows.map((r) => r.message);
  }

  it('deletes feedback older than FEEDBACK_RETENTION_DAYS at 03:15 Berlin, once, and records it', async () => {
    // 14 March 2027, 03:15 in Berlin is 02:15 UTC (winter time).
    const slot = new Date('2027-03-14T02:15:00Z');
    await feedbackAt(new Date(slot.getTime() - 91 * DAY), 'a: 91 days old');
    await feedbackAt(new Date(slot.getTime() - 90 * DAY), 'b: 90 days old at the slot');
    await feedbackAt(new Date(slot.getTime() - 1 * DAY), 'c: yesterday');
    let now = new Date('2027-03-14T02:14:00Z');
    const worker = createBackgroundWorker({
      db: conn().db,
      config: { smtpUrl: undefined, mailFrom: 'noreply@example.org', feedbackRetentionDays: 90 },
      transport: null,
      now: () => now,
      registry: registryOf(site.jobs),
      schedules: site.schedules ?? [],
    });
    // The first tick takes the latest slot (yesterday's 03:15), which already deletes what was older then.
    await worker.tick();
    assert.deepEqual(await messages(), ['b: 90 days old at the slot', 'c: yesterday']);
    now = new Date('2027-03-14T02:15:30Z');
    await worker.tick();
    assert.deepEqual(await messages(), ['c: yesterday']);
    // More ticks in the same day run nothing more; the next night's slot runs again.
    await feedbackAt(new Date(slot.getTime() - 95 * DAY), 'd: late arrival');
    now = new Date('2027-03-14T20:00:00Z');
    await worker.tick();
    assert.deepEqual(await messages(), ['c: yesterday', 'd: late arrival']);
    now = new Date('2027-03-15T02:15:00Z');
    await worker.tick();
    assert.deepEqual(await messages(), ['c: yesterday']);

    const runs = await conn().db.selectFrom('jobs').select(['kind', 'status']).orderBy('run_at').execute();
    assert.deepEqual(
      runs.map((r) => [r.kind, r.status]),
      Array.from({ length: 3 }, () => ['site.feedback-retention', 'done']),
    );
    const audits = await conn()
      .db.selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('subject_type', '=', 'site.feedback')
      .orderBy('at')
      .execute();
    assert.deepEqual(
      audits.map((a) => a.reason),
      [
        'retention: 1 messages before 2026-12-14T02:14:00.000Z',
        'retention: 1 messages before 2026-12-14T02:15:30.000Z',
        'retention: 1 messages before 2026-12-15T02:15:00.000Z',
      ],
    );
  });
});

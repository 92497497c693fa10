import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { testDatabase, truncate } from '../../testing/db.ts';
import type { ScheduleEntry } from '../modules/manifest.ts';
import { createBackgroundWorker, registryOf } from './background.ts';
import { parseCron } from './cron.ts';
import { type Job, JobRegistry, runDueJobs } from './queue.ts';
import { checkSchedules, enqueueOnce, scheduledFor, scheduleStep } from './schedule.ts';
import { fixture } from '../../testing/fixture.ts';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const noop = async () => {};
const signal = new AbortController().signal;

describe('cron in Europe/Berlin', () => {
  it('keeps 03:15 local across the spring and autumn DST change', () => {
    const daily = parseCron('15 3 * * *');
    // 28 March 2026 is CET (UTC+1), 29 March CEST (UTC+2); 25 October back to CET.
    assert.deepEqual(iso(daily.next(2, new Date('2026-03-27T12:00:00Z'))), [
      '2026-03-28T02:15:00.000Z',
      '2026-03-29T01:15:00.000Z',
    ]);
    assert.deepEqual(iso(daily.next(2, new Date('2026-10-24T12:00:00Z'))), [
      '2026-10-25T02:15:00.000Z',
      '2026-10-26T02:15:00.000Z',
    ]);
  });

  it('runs a time inside the spring gap once after it, and a time repeated in autumn once', () => {
    const gap = parseCron('30 2 * * *');
    assert.deepEqual(iso(gap.next(3, new Date('2026-03-28T00:00:00Z'))), [
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z', // 02:30 does not exist: 03:00 CEST
      '2026-03-30T00:30:00.000Z',
    ]);
    assert.deepEqual(iso(gap.next(2, new Date('2026-10-24T12:00:00Z'))), [
      '2026-10-25T00:30:00.000Z', // 02:30 CEST; the second 02:30 (CET) is not run again
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('finds the latest slot at or before now, including now itself', () => {
    const minute = parseCron('* * * * *');
    assert.equal(minute.latestAt(new Date('2026-12-01T10:00:00Z'))?.toISOString(), '2026-12-01T10:00:00.000Z');
    assert.equal(minute.latestAt(new Date('2026-12-01T10:00:59.999Z'))?.toISOString(), '2026-12-01T10:00:00.000Z');
    const monday = parseCron('0 9 * * 1');
    assert.equal(monday.latestAt(new Date('2026-12-03T12:00:00Z'))?.toISOString(), '2026-11-30T08:00:00.000Z');
  });

  it('refuses anything but five valid fields, naming the expression', () => {
    for (const bad of ['* * * * * *', '* * * *', '61 * * * *', 'every day']) {
      assert.throws(() => parseCron(bad), new RegExp(`invalid cron expression "${bad.replace(/\*/g, '\\*')}"`));
    }
  });
});

describe('schedules on the job queue', () => {
  const conn = fixture(() => testDatabase());
  beforeEach(() => truncate(conn(), ['schedule_runs', 'jobs']));

  const T0 = new Date('2026-12-01T10:00:00Z');
  const at = (minutes: number, seconds = 0) => new Date(T0.getTime() + minutes * 60_000 + seconds * 1000);
  const perMinute: ScheduleEntry[] = [{ name: 'test.minutely', cron: '* * * * *', job: 'test.tick' }];

  async function slots(name: string): Promise<string[]> {
    const rows = await conn()
      .db.selectFrom('schedule_runs')
      .select('slot')
      .where('name', '=', name)
      .orderBy('slot')
      .execute();
    return rows.map((r) => new Date(r.slot).toISOString());
  }

  it('enqueues one job per slot, at the slot, with the slot in its payload', async () => {
    const step = scheduleStep(perMinute, { db: conn().db, registry: registryOf({ 'test.tick': noop }) });
    assert.equal(await step({ now: () => at(0, 30), signal }), 1);
    assert.equal(await step({ now: () => at(0, 45), signal }), 0);
    assert.equal(await step({ now: () => at(1, 0), signal }), 1);
    const jobs = await conn().db.selectFrom('jobs').selectAll().orderBy('run_at').execute();
    assert.deepEqual(
      jobs.map((j) => [j.kind, new Date(j.run_at).toISOString(), (j.payload as { scheduledFor: string }).scheduledFor]),
      [
        ['test.tick', at(0).toISOString(), at(0).toISOString()],
        ['test.tick', at(1).toISOString(), at(1).toISOString()],
      ],
    );
  });

  it('after downtime runs only the latest missed slot, once, and never an earlier one afterwards', async () => {
    const step = scheduleStep(perMinute, { db: conn().db, registry: registryOf({ 'test.tick': noop }) });
    await step({ now: () => at(0), signal });
    // Down from 10:00 to 10:07: slots 10:01 … 10:06 are missed; only 10:07 runs.
    assert.equal(await step({ now: () => at(7, 10), signal }), 1);
    assert.deepEqual(await slots('test.minutely'), [at(0).toISOString(), at(7).toISOString()]);
    // A process whose clock lags behind does not run a slot the others have passed.
    assert.equal(await step({ now: () => at(3), signal }), 0);
    assert.deepEqual(await slots('test.minutely'), [at(0).toISOString(), at(7).toISOString()]);
  });

  it('runs a daily schedule once after three days down', async () => {
    const daily: ScheduleEntry[] = [{ name: 'test.daily', cron: '15 3 * * *', job: 'test.tick' }];
    const step = scheduleStep(daily, { db: conn().db, registry: registryOf({ 'test.tick': noop }) });
    await step({ now: () => new Date('2026-12-01T02:20:00Z'), signal }); // 03:20 Berlin
    assert.equal(await step({ now: () => new Date('2026-12-04T12:00:00Z'), signal }), 1);
    assert.deepEqual(await slots('test.daily'), ['2026-12-01T02:15:00.000Z', '2026-12-04T02:15:00.000Z']);
  });

  it('enqueues a slot exactly once when many steps race for it, and its job runs once', async () => {
    const calls: string[] = [];
    const jobs = {
      'test.tick': async (job: Job) => {
        calls.push(scheduledFor(job)?.toISOString() ?? 'none');
      },
    };
    const steps = Array.from({ length: 8 }, () =>
      scheduleStep(perMinute, { db: conn().db, registry: registryOf(jobs) }),
    );
    for (let minute = 0; minute < 3; minute++) {
      const counts = await Promise.all(steps.map((s) => s({ now: () => at(minute, 5), signal })));
      assert.equal(
        counts.reduce((a, b) => a + b, 0),
        1,
      );
    }
    const registry = new JobRegistry();
    registry.register('test.tick', jobs['test.tick']);
    await Promise.all([runDueJobs(conn().db, at(3), { registry }), runDueJobs(conn().db, at(3), { registry })]);
    assert.deepEqual(
      calls.sort(),
      [at(0), at(1), at(2)].map((d) => d.toISOString()),
    );
  });

  it('refuses duplicate names, a job without handler and a bad expression when the step is made', () => {
    assert.throws(
      () => checkSchedules([...perMinute, ...perMinute], registryOf({ 'test.tick': noop })),
      /declared twice/,
    );
    assert.throws(() => checkSchedules(perMinute, registryOf()), /no handler for job test\.tick/);
    assert.throws(
      () => checkSchedules([{ name: 'x', cron: '* * *', job: 'test.tick' }], registryOf({ 'test.tick': noop })),
      /invalid cron/,
    );
  });

  it('queues a job for a given time once, and it runs only when that time has come', async () => {
    let runs = 0;
    const once = { name: 'test.reminder:42', at: at(30), job: 'test.remind', payload: { id: 42 } };
    assert.equal(await enqueueOnce(conn().db, once), true);
    assert.equal(await enqueueOnce(conn().db, once), false);
    const registry = new JobRegistry();
    registry.register('test.remind', async (job: Job) => {
      assert.equal((job.payload as { id: number }).id, 42);
      runs++;
    });
    await runDueJobs(conn().db, at(29), { registry });
    assert.equal(runs, 0);
    await runDueJobs(conn().db, at(30), { registry });
    assert.equal(runs, 1);
  });

  it('the background worker runs schedules with the handlers it is given', async () => {
    const seen: string[] = [];
    let now = at(0, 1);
    const worker = createBackgroundWorker({
      db: conn().db,
      config: { smtpUrl: undefined, mailFrom: 'noreply@example.org' },
      transport: null,
      now: () => now,
      registry: registryOf({ 'test.tick': async (job) => void seen.push(scheduledFor(job)?.toISOString() ?? '') }),
      schedules: perMinute,
    });
    await worker.tick();
    now = at(1, 1);
    await worker.tick();
    await worker.tick();
    assert.deepEqual(seen, [at(0).toISOString(), at(1).toISOString()]);
  });
});

/**
 * One of the processes of the two-process schedule test (schedule.two-process.test.ts): its own connection to the
 * shared server database, a clock the test drives over stdin. Lines in: `tick <ISO time>` or `quit`; lines out:
 * `ready`, then `ticked <enqueued> <ran>` after each tick.
 */
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { connect } from '../db/connection.ts';
import type { ScheduleEntry } from '../modules/manifest.ts';
import { registryOf } from './background.ts';
import { type JobHandler, runDueJobs } from './queue.ts';
import { scheduledFor, scheduleStep } from './schedule.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: schedule.child.fixture.ts <database url>');
const conn = await connect({ url, poolSize: 4 });

const jobs: Record<string, JobHandler> = {
  'test.probe': async (job, ctx) => {
    const slot = scheduledFor(job);
    await sql`insert into schedule_probe (slot, pid) values (${slot}, ${process.pid})`.execute(ctx.db);
  },
};
const schedules: ScheduleEntry[] = [{ name: 'test.every-minute', cron: '* * * * *', job: 'test.probe' }];
const registry = registryOf(jobs);
const step = scheduleStep(schedules, { db: conn.db, registry });
const signal = new AbortController().signal;

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'quit') break;
  const now = new Date(line.replace(/^tick /, ''));
  const enqueued = await step({ now: () => now, signal });
  const ran = await runDueJobs(conn.db, now, { registry });
  process.stdout.write(`ticked ${enqueued} ${ran.done}\n`);
}
await conn.close();

import { type Kysely, sql } from 'kysely';
import type { Database, Executor } from '../db/types.ts';
import type { ScheduleEntry } from '../modules/manifest.ts';
import { type CronSchedule, parseCron } from './cron.ts';
import { enqueue, type Job, type JobRegistry } from './queue.ts';
import type { WorkerLog, WorkerStep } from './worker.ts';
import './schedule-runs-table.ts';

/** How long the record of a run is kept; far longer than any clock skew between processes. */
const KEEP_RUNS_MS = 30 * 86_400_000;

export interface ScheduleStepDeps {
  db: Kysely<Database>;
  /** The job handlers: every schedule's `job` must have one (checked when the step is made). */
  registry: Pick<JobRegistry, 'get'>;
  log?: WorkerLog;
}

/** A once-only job: `name` and `at` together are its key, as (schedule name, slot) is for recurring ones. */
export interface OnceJob {
  name: string;
  at: Date;
  job: string;
  payload?: unknown;
  municipalityId?: string | null;
}

/**
 * The worker step that turns schedules into jobs. At each poll it takes, per schedule, the latest slot at or
 * before now and enqueues its job unless that slot (or a later one) was already enqueued — by this process or
 * any other on the same database. Slots missed while nothing ran are not made up one by one: only the latest
 * runs, once (a daily purge after three days down runs once, not three times).
 */
export function scheduleStep(schedules: readonly ScheduleEntry[], deps: ScheduleStepDeps): WorkerStep {
  const parsed = checkSchedules(schedules, deps.registry);
  return async ({ now, signal }) => {
    let enqueued = 0;
    for (const { entry, cron } of parsed) {
      if (signal.aborted) break;
      const slot = cron.latestAt(now());
      if (!slot) continue;
      try {
        if (await enqueueSlot(deps.db, entry.name, slot, entry.job, entry.payload, null)) enqueued++;
      } catch (err) {
        // One schedule's failure (a bad payload, say) must not hold back the others.
        deps.log?.error({ err, schedule: entry.name }, 'schedule failed to enqueue');
      }
    }
    return enqueued;
  };
}

/** Validates schedules against the handlers: unique names, five-field cron, a handler for every job kind. */
export function checkSchedules(
  schedules: readonly ScheduleEntry[],
  registry: Pick<JobRegistry, 'get'>,
): { entry: ScheduleEntry; cron: CronSchedule }[] {
  const names = new Set<string>();
  return schedules.map((entry) => {
    if (names.has(entry.name)) throw new Error(`schedule ${entry.name} is declared twice`);
    names.add(entry.name);
    if (!registry.get(entry.job)) throw new Error(`schedule ${entry.name}: no handler for job ${entry.job}`);
    return { entry, cron: parseCron(entry.cron) };
  });
}

/**
 * Queues a job to run at `at`, once for its `name` however often (and by however many processes) this is called.
 * Returns true when this call queued it.
 */
export async function enqueueOnce(db: Kysely<Database>, once: OnceJob): Promise<boolean> {
  return enqueueSlot(db, once.name, once.at, once.job, once.payload, once.municipalityId ?? null);
}

/** The slot a scheduled job was enqueued for (`scheduledFor` in its payload), or null for other jobs. */
export function scheduledFor(job: Job): Date | null {
  const p = job.payload;
  if (p && typeof p === 'object' && 'scheduledFor' in p && typeof p.scheduledFor === 'string') {
    return new Date(p.scheduledFor);
  }
  return null;
}

async function enqueueSlot(
  db: Kysely<Database>,
  name: string,
  slot: Date,
  kind: string,
  payload: unknown,
  municipalityId: string | null,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    // The primary key (name, slot) decides between processes; "no later slot" keeps a lagging clock from
    // running a slot that the others have already passed.
    const claimed = await sql<{ name: string }>`
      insert into schedule_runs (name, slot)
      select ${name}, ${slot}
      where not exists (select 1 from schedule_runs where name = ${name} and slot >= ${slot})
      on conflict do nothing
      returning name`.execute(tx);
    if (claimed.rows.length === 0) return false;
    const jobId = await enqueue(tx, {
      kind,
      payload: { ...objectPayload(payload), scheduledFor: slot.toISOString() },
      runAt: slot,
      municipalityId,
    });
    await tx
      .updateTable('schedule_runs')
      .set({ job_id: jobId })
      .where('name', '=', name)
      .where('slot', '=', slot)
      .execute();
    await forgetOldRuns(tx, name, slot);
    return true;
  });
}

function objectPayload(payload: unknown): Record<string, unknown> {
  if (payload === undefined || payload === null) return {};
  if (typeof payload === 'object' && !Array.isArray(payload)) return { ...payload };
  return { value: payload };
}

async function forgetOldRuns(tx: Executor, name: string, slot: Date): Promise<void> {
  await tx
    .deleteFrom('schedule_runs')
    .where('name', '=', name)
    .where('slot', '<', new Date(slot.getTime() - KEEP_RUNS_MS))
    .execute();
}

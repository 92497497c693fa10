import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../db/types.ts';
import { backoffMs } from './backoff.ts';
import './jobs-table.ts';

/** A claimed job as its handler sees it. */
export interface Job<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  municipalityId: string | null;
  /** Attempts so far, including the current one. */
  attempts: number;
  maxAttempts: number;
}

/** What a handler gets besides its job: the database (for its own transactions), the clock and the settings. */
export interface JobContext {
  db: Kysely<Database>;
  now: () => Date;
  /** The application's settings, when the runner was given them (retention periods, addresses). */
  config?: Partial<Config>;
}

export type JobHandler<P = unknown> = (job: Job<P>, ctx: JobContext) => Promise<void>;

/** Kinds and their handlers. Modules register theirs at import time on the default registry. */
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  register<P>(kind: string, handler: JobHandler<P>): void {
    if (this.handlers.has(kind)) throw new Error(`Job handler for ${kind} is registered twice`);
    this.handlers.set(kind, handler as JobHandler);
  }

  get(kind: string): JobHandler | undefined {
    return this.handlers.get(kind);
  }
}

export const defaultRegistry = new JobRegistry();

/** Registers the handler of a job kind on the default registry (call once, at module load). */
export function registerJobHandler<P>(kind: string, handler: JobHandler<P>): void {
  defaultRegistry.register(kind, handler);
}

export interface NewJob {
  kind: string;
  payload?: unknown;
  /** Not before this time; now when absent. */
  runAt?: Date;
  municipalityId?: string | null;
  maxAttempts?: number;
}

/**
 * Queues a job in the caller's transaction (or directly on the database): it runs only if that transaction
 * commits. Returns the job id.
 */
export async function enqueue(db: Executor, job: NewJob): Promise<string> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      municipality_id: job.municipalityId ?? null,
      ...(job.runAt ? { run_at: job.runAt } : {}),
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface RunOptions {
  registry?: JobRegistry;
  /** At most this many jobs in one call (default 100), so that one call cannot run forever. */
  limit?: number;
  /** Claim-and-run loops side by side (default 1). Useful on a server; PGlite runs them one after another. */
  concurrency?: number;
  /** How long a claim holds before another worker may take the job again (default 5 minutes). */
  leaseMs?: number;
  workerId?: string;
  backoff?: (attempt: number) => number;
  log?: { warn: (obj: object, msg: string) => void };
  /** Stops claiming further jobs once aborted (the running one finishes). */
  signal?: AbortSignal;
  /** Settings handed to every handler (`JobContext.config`). */
  config?: Partial<Config>;
}

export interface RunResult {
  done: number;
  retried: number;
  dead: number;
}

/** A name for this process's claims, so that a worker finishes only jobs it still holds. */
export function newWorkerId(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * Runs the jobs due at `now`: claims one at a time in a short transaction (FOR UPDATE SKIP LOCKED), runs its
 * handler outside that transaction, then marks it done, or schedules a retry with back-off, or declares it dead.
 */
export async function runDueJobs(
  db: Kysely<Database>,
  now: Date | (() => Date),
  options: RunOptions = {},
): Promise<RunResult> {
  const clock = typeof now === 'function' ? now : () => now;
  const opts = { workerId: options.workerId ?? newWorkerId(), leaseMs: options.leaseMs ?? 300_000 };
  const registry = options.registry ?? defaultRegistry;
  const result: RunResult = { done: 0, retried: 0, dead: 0 };
  await buryExpired(db, clock());
  let budget = options.limit ?? 100;
  const loop = async () => {
    while (budget > 0 && !options.signal?.aborted) {
      budget--;
      const job = await claimJob(db, clock(), opts);
      if (!job) return;
      const outcome = await runOne(db, job, clock, registry, options);
      result[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, loop));
  return result;
}

async function runOne(
  db: Kysely<Database>,
  job: Job & { lockedBy: string },
  clock: () => Date,
  registry: JobRegistry,
  options: RunOptions,
): Promise<keyof RunResult> {
  const handler = registry.get(job.kind);
  try {
    if (!handler) throw new Error(`no handler registered for job kind ${job.kind}`);
    await handler(job, { db, now: clock, ...(options.config ? { config: options.config } : {}) });
  } catch (err) {
    const dead = job.attempts >= job.maxAttempts;
    options.log?.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err }, 'job failed');
    await failJob(db, job, errorText(err), clock(), dead ? null : (options.backoff ?? backoffMs)(job.attempts));
    return dead ? 'dead' : 'retried';
  }
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: clock(), locked_until: null, locked_by: null, last_error: null })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.lockedBy)
    .execute();
  return 'done';
}

async function claimJob(
  db: Kysely<Database>,
  now: Date,
  opts: { workerId: string; leaseMs: number },
): Promise<(Job & { lockedBy: string }) | null> {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          // A worker that died mid-job lost its lease; the job is taken up again.
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!due) return null;
    const row = await tx
      .updateTable('jobs')
      .set({
        status: 'running',
        attempts: sql`attempts + 1`,
        locked_until: new Date(now.getTime() + opts.leaseMs),
        locked_by: opts.workerId,
      })
      .where('id', '=', due.id)
      .returning(['id', 'kind', 'payload', 'municipality_id', 'attempts', 'max_attempts'])
      .executeTakeFirstOrThrow();
    return {
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      municipalityId: row.municipality_id,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
      lockedBy: opts.workerId,
    };
  });
}

async function failJob(
  db: Kysely<Database>,
  job: Job & { lockedBy: string },
  error: string,
  now: Date,
  retryInMs: number | null,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set(
      retryInMs === null
        ? { status: 'dead', finished_at: now, locked_until: null, locked_by: null, last_error: error }
        : {
            status: 'queued',
            run_at: new Date(now.getTime() + retryInMs),
            locked_until: null,
            locked_by: null,
            last_error: error,
          },
    )
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.lockedBy)
    .execute();
}

// A job whose worker died on its last attempt is not taken up again: it is dead, with the reason.
async function buryExpired(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: 'dead',
      finished_at: now,
      locked_until: null,
      locked_by: null,
      last_error: sql`coalesce(last_error || E'\n', '') || 'lease expired on the last attempt'`,
    })
    .where('status', '=', 'running')
    .where('locked_until', '<=', now)
    .where(sql<boolean>`attempts >= max_attempts`)
    .execute();
}

/** An error as one line of text for the jobs and outbox tables (bounded). */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.slice(0, 2000);
}

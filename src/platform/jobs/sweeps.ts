import { fromFloating, toFloating } from '../../lib/calendar/index.ts';
import { type Tenant, tenant } from '../db/tenant.ts';
import type { Tx } from '../db/types.ts';
import { runUseCase, type UseCaseCall } from '../usecase/run-use-case.ts';
import type { Job, JobContext } from './queue.ts';

/**
 * The two sweeps that modules holding people's bookings run on a schedule: day-before reminders (and other mails
 * owed), claimed and marked in batches, and the erasure of personal data a set number of days after a date. Each
 * batch is one use case per municipality, so a crash loses nothing and a second run sends and erases nothing twice.
 */

const ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;
/** Rows per use case: a batch's mails and marks commit together. */
export const SWEEP_BATCH = 200;

/** The use case of a job for one municipality: no actor (the system), the job's id as request id. */
export function jobCall(ctx: JobContext, t: Tenant, job: Job): UseCaseCall {
  return { db: ctx.db, tenant: t, actor: null, requestId: job.id, now: ctx.now() };
}

/** The end of tomorrow in Germany, as an instant: day-before reminders go to dates starting before it. */
export function endOfTomorrow(now: Date): Date {
  const f = toFloating(now, ZONE);
  return fromFloating(new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate() + 2)), ZONE);
}

/** What a batched sweep does with its rows. */
export interface BatchSweep<R extends { id: string }> {
  /** The use case's name (`community.registrations.remind`). */
  useCase: string;
  /** The audit subject type, and the key under which the count is recorded (`reminded`). */
  subject: string;
  counted: string;
  /** Claims up to `limit` rows still owed (locked, so that a parallel run skips them). */
  claim(tx: Tx, t: Tenant, limit: number): Promise<R[]>;
  /** Handles one row (writes its mail into the outbox). */
  each(tx: Tx, t: Tenant, row: R, now: Date): Promise<unknown>;
  /** Marks the batch done, in the same transaction. */
  done(tx: Tx, t: Tenant, ids: string[], now: Date): Promise<void>;
}

/** Runs a batched sweep in each municipality until a batch comes back short; answers the rows handled. */
export async function sweepInBatches<R extends { id: string }>(
  ctx: JobContext,
  job: Job,
  municipalityIds: readonly string[],
  s: BatchSweep<R>,
): Promise<number> {
  let total = 0;
  for (const id of municipalityIds) {
    const t = tenant(id);
    for (;;) {
      const n = await runUseCase(s.useCase, jobCall(ctx, t, job), async (uc) => {
        const rows = await s.claim(uc.tx, t, SWEEP_BATCH);
        if (rows.length === 0) return uc.refuse(0);
        for (const r of rows) await s.each(uc.tx, t, r, uc.now);
        await s.done(
          uc.tx,
          t,
          rows.map((r) => r.id),
          uc.now,
        );
        uc.record({ action: 'update', subjectType: s.subject, subjectId: null, after: { [s.counted]: rows.length } });
        return rows.length;
      });
      total += n;
      if (n < SWEEP_BATCH) break;
    }
  }
  return total;
}

/** What a retention sweep erases. */
export interface RetentionSweep {
  useCase: string;
  subject: string;
  /** Days after a date that its personal data is kept. */
  days: number;
  /** The municipalities with personal data of dates before the cutoff. */
  municipalities(cutoff: Date): Promise<readonly string[]>;
  /** Erases names and contacts of dates before the cutoff (rows and counts stay); answers how many. */
  erase(tx: Tx, t: Tenant, cutoff: Date, now: Date): Promise<number>;
}

/** Erases personal data `days` after each date, one audited use case per municipality; idempotent. */
export async function eraseAfterRetention(ctx: JobContext, job: Job, s: RetentionSweep): Promise<void> {
  const cutoff = new Date(ctx.now().getTime() - s.days * DAY_MS);
  for (const id of await s.municipalities(cutoff)) {
    const t = tenant(id);
    await runUseCase(s.useCase, jobCall(ctx, t, job), async (uc) => {
      const n = await s.erase(uc.tx, t, cutoff, uc.now);
      if (n === 0) return uc.refuse(0);
      uc.record({
        action: 'delete',
        subjectType: s.subject,
        subjectId: null,
        after: { erased: n, before: cutoff.toISOString() },
      });
    });
  }
}

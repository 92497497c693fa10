import { tenant } from '../../platform/db/tenant.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { expireRequest, municipalitiesWithOverdue, overdueRequests } from './bookings.lifecycle.repository.ts';

export const EXPIRE_JOB = 'community.bookings.expire';
const BATCH = 100;

/**
 * Expires the room requests nobody decided on before their first date began (decision 0142): every still-waiting
 * date of such a request is marked `expired`, so it no longer holds the room and the booker reads "expired" on
 * My room bookings. One use case per request, each with its audit row; run twice, it expires nothing twice.
 */
export const expireRequestsJob: JobHandler = async (job, ctx) => {
  const at = ctx.now();
  const ids = job.municipalityId ? [job.municipalityId] : await municipalitiesWithOverdue(ctx.db, at);
  for (const id of ids) {
    const t = tenant(id);
    for (;;) {
      const batch = await overdueRequests(ctx.db, t, at, BATCH);
      if (batch.length === 0) break;
      for (const r of batch) {
        const call = { db: ctx.db, tenant: t, actor: null, requestId: job.id, now: at };
        await runUseCase(EXPIRE_JOB, call, async (uc) => {
          // Decided in the meantime by an approver: nothing to expire (and nothing to record).
          const dates = await expireRequest(uc.tx, t, r, at);
          if (dates === 0) return uc.refuse(0);
          uc.record({
            action: 'update',
            subjectType: 'community.booking',
            subjectId: r.seriesId ?? r.id,
            after: { status: 'expired', dates, reason: 'notDecidedBeforeStart' },
          });
          return dates;
        });
      }
    }
  }
};

export const bookingJobs: Readonly<Record<string, JobHandler>> = { [EXPIRE_JOB]: expireRequestsJob };

/** Every quarter of an hour: a request expires at most 15 minutes after its first date began. */
export const bookingSchedules: readonly ScheduleEntry[] = [{ name: EXPIRE_JOB, cron: '*/15 * * * *', job: EXPIRE_JOB }];

import { tenant } from '../../platform/db/tenant.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { invalidEvent } from './events.policy.ts';
import { repeatingEvents } from './events.repository.ts';
import { textsOf } from './events.texts.repository.ts';
import { type SyncCall, syncOccurrences } from './occurrences.service.ts';
import { AppError } from '../../platform/http/app-error.ts';

export const EXTEND_JOB = 'community.events.extend';

/**
 * Moves every repeating series' horizon on (run daily): dates a year ahead are added, each series in its own use
 * case. Idempotent: a date already there stays (unique per rule instant), so a second run, or two at once, add
 * nothing twice. When the room is taken on a new date, the dates come anyway without a booking, and the audit says so.
 */
export const extendHorizon: JobHandler = async (job, { db, now }) => {
  const at = now();
  for (const m of await listMunicipalities(db)) {
    const t = tenant(m.id);
    for (const e of await repeatingEvents(db, t)) {
      const call = { db, tenant: t, actor: null, requestId: job.id, now: at };
      const run = (book: boolean) =>
        runUseCase(EXTEND_JOB, call, async (uc) => {
          const source = (await textsOf(uc.tx, t, [e.id])).find((x) => x.locale === e.sourceLocale);
          const sync: SyncCall = {
            tx: uc.tx,
            tenant: t,
            now: at,
            bookedBy: null,
            title: source?.title ?? e.typeKey,
            book,
          };
          const r = await syncOccurrences(sync, e);
          if (r.added + r.updated + r.removed + r.cancelled === 0 && r.bookingsReleased === undefined)
            return uc.refuse(r);
          uc.record({
            action: 'update',
            subjectType: 'community.event',
            subjectId: e.id,
            after: { ...r, roomBooked: book },
          });
          return r;
        });
      try {
        await run(true);
      } catch (err) {
        if (!(err instanceof AppError && err.code === invalidEvent({}).code)) throw err;
        await run(false);
      }
    }
  }
};

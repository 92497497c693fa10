import { tenant } from '../../platform/db/tenant.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { DEFAULT_CLIENT } from './oparl.client.ts';
import { importMeetings } from './oparl.import.ts';
import { scheduledSources } from './sessions.repository.ts';

export const OPARL_IMPORT_JOB = 'mentoring.sessions.oparl-import';

/**
 * Imports every scheduled OParl source, one after the other. A source that fails records its error on its own
 * row (shown to its staff) and the job goes on with the next: one broken endpoint never stops the others. Private
 * addresses are refused unless the runner's settings allow them (`OUTBOUND_ALLOW_PRIVATE`).
 */
export const oparlImportJob: JobHandler = async (_job, ctx) => {
  for (const s of await scheduledSources(ctx.db)) {
    const call = { db: ctx.db, tenant: tenant(s.municipalityId), actor: null, requestId: null, now: ctx.now() };
    await importMeetings(call, s.programmeId, {
      ...DEFAULT_CLIENT,
      allowPrivateAddresses: ctx.config?.allowPrivateAddresses === true,
    });
  }
};

export const sessionsJobs: Readonly<Record<string, JobHandler>> = { [OPARL_IMPORT_JOB]: oparlImportJob };

/** Hourly, off the full hour (council systems are busy then), from 06:00 to 22:00. */
export const sessionsSchedules: readonly ScheduleEntry[] = [
  { name: OPARL_IMPORT_JOB, cron: '23 6-22 * * *', job: OPARL_IMPORT_JOB },
];

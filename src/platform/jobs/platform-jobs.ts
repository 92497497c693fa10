import { AUDIT_RETENTION_JOB, auditRetentionJob } from '../audit/audit.retention.ts';
import type { ScheduleEntry } from '../modules/manifest.ts';
import type { JobHandler } from './queue.ts';

/** The platform's own job handlers, beside the modules' (the worker is given both). */
export const platformJobs: Readonly<Record<string, JobHandler>> = {
  [AUDIT_RETENTION_JOB]: auditRetentionJob,
};

/** The platform's own schedules (Europe/Berlin). */
export const platformSchedules: readonly ScheduleEntry[] = [
  { name: AUDIT_RETENTION_JOB, cron: '20 3 * * *', job: AUDIT_RETENTION_JOB },
];

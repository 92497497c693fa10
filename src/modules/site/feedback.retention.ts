import { DEFAULT_FEEDBACK_RETENTION_DAYS } from '../../config.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import type { ScheduleEntry } from '../../platform/modules/manifest.ts';
import { purgeFeedback } from './feedback.service.ts';

export const FEEDBACK_RETENTION_JOB = 'site.feedback-retention';
const DAY_MS = 86_400_000;

/**
 * Deletes feedback older than `FEEDBACK_RETENTION_DAYS` (answered or not: the sender's address is personal data
 * and is not kept longer than the period). Idempotent: a second run the same day finds nothing.
 */
export const feedbackRetentionJob: JobHandler = async (_job, ctx) => {
  const days = ctx.config?.feedbackRetentionDays ?? DEFAULT_FEEDBACK_RETENTION_DAYS;
  const now = ctx.now();
  await purgeFeedback(ctx.db, new Date(now.getTime() - days * DAY_MS), now);
};

/** Every night at 03:15 in Germany. */
export const feedbackRetentionSchedule: ScheduleEntry = {
  name: FEEDBACK_RETENTION_JOB,
  cron: '15 3 * * *',
  job: FEEDBACK_RETENTION_JOB,
};

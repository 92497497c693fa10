import { DEFAULT_AUDIT_RETENTION_DAYS } from '../../config.ts';
import type { JobHandler } from '../jobs/queue.ts';
import { audit, purgeAuditLog } from './audit.ts';

export const AUDIT_RETENTION_JOB = 'platform.audit-retention';
const DAY_MS = 86_400_000;

/**
 * The daily audit purge: deletes rows older than `AUDIT_RETENTION_DAYS` and records that it did (the record of
 * the purge is itself kept for the period). Idempotent: a second run the same day finds nothing to delete.
 */
export const auditRetentionJob: JobHandler = async (_job, ctx) => {
  const days = ctx.config?.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS;
  const cutoff = new Date(ctx.now().getTime() - days * DAY_MS);
  const deleted = await purgeAuditLog(ctx.db, cutoff);
  if (deleted > 0) {
    await audit(ctx.db, {
      actor: null,
      municipalityId: null,
      action: 'delete',
      subjectType: 'audit_log',
      reason: `retention: ${deleted} rows before ${cutoff.toISOString()}`,
      at: ctx.now(),
    });
  }
};

import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../platform/audit/audit.ts';
import { JOB_STATUSES } from '../../platform/jobs/jobs-read.ts';
import { isoDay, pageNumber as page } from '../../platform/http/params.ts';
import { MAIL_STATUSES } from '../../platform/mail/outbox-read.ts';

const day = isoDay('admin.filter.dateFormat');

/** Query of the outbox lists: page and optional status. */
export const outboxQuery = z.object({
  page,
  status: z.enum(MAIL_STATUSES).optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;

/** Query of the audit lists: page, action, subject type and a date range (German calendar days, inclusive). */
export const auditQuery = z
  .object({
    page,
    action: z.enum(AUDIT_ACTIONS).optional(),
    subjectType: z
      .string()
      .max(64)
      .regex(/^[a-z][a-z0-9_.]*$/, { error: 'admin.audit.subjectTypeFormat' })
      .optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], error: 'admin.audit.dateOrder' });
export type AuditQuery = z.infer<typeof auditQuery>;

/** Query of the jobs list: page and optional status. */
export const jobsQuery = z.object({
  page,
  status: z.enum(JOB_STATUSES as ['queued', 'running', 'done', 'dead']).optional(),
});
export type JobsQuery = z.infer<typeof jobsQuery>;

import type { Kysely } from 'kysely';
import { type AuditFilter, type AuditRow, type AuditScope, auditRead, listAudit } from '../../platform/audit/audit.ts';
import type { ListScope } from '../../platform/db/list-scope.ts';
import { fetchPage, type Paged } from '../../platform/db/paginate.ts';
import type { Database } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { type JobSummary, listJobs } from '../../platform/jobs/jobs-read.ts';
import {
  findMail,
  listMail,
  type MailDetail,
  type MailScope,
  type MailSummary,
} from '../../platform/mail/outbox-read.ts';
import type { JobsQuery, OutboxQuery } from './admin.schema.ts';

/** Who reads, for the audit rows that reading writes. */
export interface Reader {
  userId: string;
  requestId: string;
}

/** Rows per page of the staff lists. */
export const PAGE_SIZE = 25;

export type { Paged };

/** Where a staff page reads: a municipality's rows, or the state-wide ones (no municipality). */
export type AdminScope = ListScope;

/** One page of the outbox of a scope, newest first. */
export async function outboxPage(
  db: Kysely<Database>,
  scope: MailScope,
  query: OutboxQuery,
): Promise<Paged<MailSummary>> {
  return fetchPage(query.page, PAGE_SIZE, (slice) => listMail(db, scope, { status: query.status }, slice));
}

/** One mail of a scope with its text; reading it is audited (mails carry personal data and sign-in links). */
export async function readMail(
  db: Kysely<Database>,
  scope: MailScope,
  id: string,
  reader: Reader,
): Promise<MailDetail> {
  return db.transaction().execute(async (tx) => {
    const mail = await findMail(tx, scope, id);
    if (!mail) throw notFound('mail');
    await auditRead(tx, reader, scope, { subjectType: 'mail', subjectId: id, reason: 'admin.reason.mailRead' });
    return mail;
  });
}

/** One page of the audit log of a scope; the reading itself is recorded in the log. */
export async function auditPage(
  db: Kysely<Database>,
  scope: AuditScope,
  filter: AuditFilter & { page: number },
  reader: Reader,
): Promise<Paged<AuditRow>> {
  return db.transaction().execute(async (tx) => {
    const page = await fetchPage(filter.page, PAGE_SIZE, (slice) => listAudit(tx, scope, filter, slice));
    await auditRead(tx, reader, scope, { subjectType: 'audit_log', reason: 'admin.reason.auditRead' });
    return page;
  });
}

/** One page of all background jobs, newest first (state operators: dead jobs keep their error here). */
export async function jobsPage(db: Kysely<Database>, query: JobsQuery): Promise<Paged<JobSummary>> {
  return fetchPage(query.page, PAGE_SIZE, (slice) => listJobs(db, { status: query.status }, slice));
}

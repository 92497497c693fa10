import type { Selectable } from 'kysely';
import { type PageOf, type PageSlice, paginate } from '../db/paginate.ts';
import type { Executor } from '../db/types.ts';
import type { MailOutboxTable } from './outbox.ts';
import './outbox.ts';
import { type ListScope, scopeMatch } from '../db/list-scope.ts';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'kept', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** Whose mail a reader sees: one municipality's, or the platform's own (no municipality: password resets …). */
export type MailScope = ListScope;

export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
}

export interface MailDetail extends MailSummary {
  text: string;
  lastError: string | null;
  nextAttemptAt: Date;
}

// The columns of a list row, and the row as the pages read it (the detail adds to it).
const SUMMARY_COLUMNS = ['id', 'to_address', 'subject', 'status', 'attempts', 'created_at', 'sent_at'] as const;
type SummaryRow = Pick<Selectable<MailOutboxTable>, (typeof SUMMARY_COLUMNS)[number]>;

function summaryOf(r: SummaryRow): MailSummary {
  return {
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
  };
}

/** One page of the outbox in a scope, newest first, with the total for pagination. */
export async function listMail(
  db: Executor,
  scope: MailScope,
  filter: { status?: MailStatus | undefined },
  page: PageSlice,
): Promise<PageOf<MailSummary>> {
  const { op, value } = scopeMatch(scope);
  let q = db.selectFrom('mail_outbox').where('municipality_id', op, value);
  if (filter.status) q = q.where('status', '=', filter.status);
  const { rows, total } = await paginate(q, page, (q) =>
    q.select(SUMMARY_COLUMNS).orderBy('created_at', 'desc').orderBy('id', 'desc'),
  );
  return { total, rows: rows.map(summaryOf) };
}

/** One mail with its text, or null when it does not exist in this scope. */
export async function findMail(db: Executor, scope: MailScope, id: string): Promise<MailDetail | null> {
  const { op, value } = scopeMatch(scope);
  const r = await db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('id', '=', id)
    .where('municipality_id', op, value)
    .executeTakeFirst();
  if (!r) return null;
  return {
    ...summaryOf(r),
    text: r.body_text,
    lastError: r.last_error,
    nextAttemptAt: new Date(r.next_attempt_at),
  };
}

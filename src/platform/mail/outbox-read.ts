import type { Executor } from '../db/types.ts';
import './outbox.ts';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'kept', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** Whose mail a reader sees: one municipality's, or the platform's own (no municipality: password resets …). */
export type MailScope = { municipalityId: string } | { stateWide: true };

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

/** One page of the outbox in a scope, newest first, with the total for pagination. */
export async function listMail(
  db: Executor,
  scope: MailScope,
  filter: { status?: MailStatus | undefined },
  page: { limit: number; offset: number },
): Promise<{ rows: MailSummary[]; total: number }> {
  let q = db.selectFrom('mail_outbox');
  q =
    'municipalityId' in scope
      ? q.where('municipality_id', '=', scope.municipalityId)
      : q.where('municipality_id', 'is', null);
  if (filter.status) q = q.where('status', '=', filter.status);
  const [rows, count] = await Promise.all([
    q
      .select(['id', 'to_address', 'subject', 'status', 'attempts', 'created_at', 'sent_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      status: r.status,
      attempts: r.attempts,
      createdAt: new Date(r.created_at),
      sentAt: r.sent_at ? new Date(r.sent_at) : null,
    })),
  };
}

/** One mail with its text, or null when it does not exist in this scope. */
export async function findMail(db: Executor, scope: MailScope, id: string): Promise<MailDetail | null> {
  let q = db.selectFrom('mail_outbox').selectAll().where('id', '=', id);
  q =
    'municipalityId' in scope
      ? q.where('municipality_id', '=', scope.municipalityId)
      : q.where('municipality_id', 'is', null);
  const r = await q.executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    text: r.body_text,
    lastError: r.last_error,
    nextAttemptAt: new Date(r.next_attempt_at),
  };
}

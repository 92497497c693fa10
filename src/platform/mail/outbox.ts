import type { ColumnType, Generated } from 'kysely';
import type { Executor } from '../db/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MailOutboxTable {
  id: Generated<string>;
  municipality_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  /** Text attachments (JSON array), see MailAttachment. */
  attachments: ColumnType<MailAttachment[] | null, string | null | undefined, string | null>;
  status: Generated<'queued' | 'sending' | 'sent' | 'kept' | 'failed'>;
  attempts: Generated<number>;
  /** Defaults to now on insert. */
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Generated<Date>;
  sent_at: Timestamp | null;
}

declare module '../db/types.ts' {
  interface Database {
    mail_outbox: MailOutboxTable;
  }
}

/** A text attachment: a calendar file, a CSV; `contentType` with its parameters (`text/calendar; method=CANCEL`). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** A message ready to send: already rendered in the recipient's language. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The municipality the mail belongs to, so that its staff can read it in the outbox. */
  municipalityId?: string | null;
  attachments?: readonly MailAttachment[];
}

/**
 * Queues a mail in the caller's transaction: it is sent only if the change that caused it commits, and it is
 * not lost if the process dies before delivery.
 */
export async function queueMail(db: Executor, mail: OutgoingMail): Promise<string> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      to_address: mail.to,
      subject: mail.subject,
      body_text: mail.text,
      body_html: mail.html ?? null,
      attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
      municipality_id: mail.municipalityId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

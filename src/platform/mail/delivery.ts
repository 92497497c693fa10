import { type Kysely, sql } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../db/types.ts';
import { backoffMs } from '../jobs/backoff.ts';
import { errorText } from '../jobs/queue.ts';
import type { MailAttachment } from './outbox.ts';

/** Something that delivers one message or throws. */
export interface MailTransport {
  send(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
    attachments?: MailAttachment[];
  }): Promise<void>;
  close?(): void;
}

/** Delivery over SMTP (`smtp://user:pass@host:587`, `smtps://…`) through nodemailer. */
export function smtpTransport(url: string): MailTransport {
  // Shorter timeouts than nodemailer's (up to 10 min idle socket), so that a stuck server cannot hold up the
  // worker, and so the shutdown, for long; parameters in the URL still win.
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

export interface DeliveryOptions {
  /** null: no SMTP configured (the embedded default); due mail is marked 'kept' and stays readable. */
  transport: MailTransport | null;
  from: string;
  now: Date | (() => Date);
  /** At most this many mails per call (default 100). */
  limit?: number;
  /** Attempts before a mail is 'failed' for good (default 8). */
  maxAttempts?: number;
  /** How long a claimed mail stays ours before another worker may try it (default 5 minutes). */
  leaseMs?: number;
  backoff?: (attempt: number) => number;
  signal?: AbortSignal;
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
  kept: number;
}

type Claimed = {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  attachments: MailAttachment[] | null;
  attempts: number;
};

const BATCH = 10;

/**
 * Delivers the outbox mail that is due: claims a batch (FOR UPDATE SKIP LOCKED, so several workers never send
 * one mail twice), sends each outside the claiming transaction, then marks it sent, schedules a retry with
 * back-off, or marks it failed after the last attempt.
 */
export async function deliverDueMail(db: Kysely<Database>, options: DeliveryOptions): Promise<DeliveryResult> {
  const clock = typeof options.now === 'function' ? options.now : () => options.now as Date;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, kept: 0 };
  let budget = options.limit ?? 100;
  if (!options.transport) {
    result.kept = await keepDue(db, clock(), budget);
    return result;
  }
  while (budget > 0 && !options.signal?.aborted) {
    const batch = await claimDue(db, clock(), Math.min(BATCH, budget), options.leaseMs ?? 300_000);
    if (batch.length === 0) break;
    budget -= batch.length;
    for (const mail of batch) {
      const outcome = await sendOne(db, mail, options, clock);
      result[outcome]++;
    }
  }
  return result;
}

async function sendOne(
  db: Kysely<Database>,
  mail: Claimed,
  options: DeliveryOptions,
  clock: () => Date,
): Promise<'sent' | 'retried' | 'failed'> {
  try {
    await options.transport!.send({
      from: options.from,
      to: mail.to_address,
      subject: mail.subject,
      text: mail.body_text,
      ...(mail.body_html ? { html: mail.body_html } : {}),
      ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    });
  } catch (err) {
    const failed = mail.attempts >= (options.maxAttempts ?? 8);
    const next = new Date(clock().getTime() + (options.backoff ?? backoffMs)(mail.attempts));
    await db
      .updateTable('mail_outbox')
      .set(
        failed
          ? { status: 'failed', last_error: errorText(err) }
          : { status: 'queued', next_attempt_at: next, last_error: errorText(err) },
      )
      .where('id', '=', mail.id)
      .where('status', '=', 'sending')
      .execute();
    return failed ? 'failed' : 'retried';
  }
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: clock(), last_error: null })
    .where('id', '=', mail.id)
    .execute();
  return 'sent';
}

// 'sending' rows whose lease ran out belong to a worker that died while sending: they are due again.
function dueIds(db: Kysely<Database>, now: Date, limit: number) {
  return db
    .selectFrom('mail_outbox')
    .select('id')
    .where('status', 'in', ['queued', 'sending'])
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .forUpdate()
    .skipLocked();
}

async function claimDue(db: Kysely<Database>, now: Date, limit: number, leaseMs: number): Promise<Claimed[]> {
  return db.transaction().execute(async (tx) => {
    const ids = (await dueIds(tx, now, limit).execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return tx
      .updateTable('mail_outbox')
      .set({ status: 'sending', attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + leaseMs) })
      .where('id', 'in', ids)
      .returning(['id', 'to_address', 'subject', 'body_text', 'body_html', 'attachments', 'attempts'])
      .execute();
  });
}

async function keepDue(db: Kysely<Database>, now: Date, limit: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const ids = (await dueIds(tx, now, limit).execute()).map((r) => r.id);
    if (ids.length === 0) return 0;
    await tx.updateTable('mail_outbox').set({ status: 'kept' }).where('id', 'in', ids).execute();
    return ids.length;
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Connection } from '../db/connection.ts';
import { testDatabase } from '../../testing/db.ts';
import { decode, startSmtp, type TestSmtp } from '../../testing/smtp.ts';
import { backoffMs } from '../jobs/backoff.ts';
import { deliverDueMail, type MailTransport, smtpTransport } from './delivery.ts';
import { queueMail } from './outbox.ts';

async function outboxRow(conn: Connection, id: string) {
  return conn.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('mail delivery', () => {
  let conn: Connection;
  let smtp: TestSmtp;
  let transport: MailTransport;
  before(async () => {
    [conn, smtp] = await Promise.all([testDatabase(), startSmtp()]);
    transport = smtpTransport(smtp.url);
  });
  after(async () => {
    transport.close?.();
    await smtp.close();
    await conn.close();
  });

  it('sends due mail over SMTP from the configured sender; Arabic text arrives intact', async () => {
    const text = 'مرحباً بكم في زوهاوزه.\nرابط إعادة تعيين كلمة المرور صالح لمدة ساعة واحدة.';
    const id = await queueMail(conn.db, { to: 'layla@example.org', subject: 'إعادة تعيين كلمة المرور', text });
    const now = new Date(Date.now() + 1000);
    const result = await deliverDueMail(conn.db, { transport, from: 'Zuhause <noreply@zuhause.test>', now });
    assert.deepEqual(result, { sent: 1, retried: 0, failed: 0, kept: 0 });

    assert.equal(smtp.received.length, 1);
    const got = smtp.received[0]!;
    assert.deepEqual(got.to, ['layla@example.org']);
    assert.equal(got.from, 'noreply@zuhause.test');
    const mail = decode(got.raw);
    assert.equal(mail.subject, 'إعادة تعيين كلمة المرور');
    assert.equal(mail.text.replace(/\r\n/g, '\n'), text);
    assert.match(mail.headers, /charset=utf-8/i);

    const row = await outboxRow(conn, id);
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 1);
    assert.equal(new Date(row.sent_at!).getTime(), now.getTime());
    // Sent mail is not sent again.
    await deliverDueMail(conn.db, { transport, from: 'x@zuhause.test', now: new Date(now.getTime() + 3600_000) });
    assert.equal(smtp.received.length, 1);
  });

  it('schedules a retry with back-off when the server rejects, and marks the mail failed after the last attempt', async () => {
    const before = smtp.received.length;
    const id = await queueMail(conn.db, { to: 'reject@example.org', subject: 'Termin', text: 'Ihr Termin' });
    const t1 = new Date(Date.now() + 1000);
    const opts = { transport, from: 'noreply@zuhause.test', maxAttempts: 2 };
    assert.deepEqual(await deliverDueMail(conn.db, { ...opts, now: t1 }), { sent: 0, retried: 1, failed: 0, kept: 0 });
    let row = await outboxRow(conn, id);
    assert.equal(row.status, 'queued');
    assert.equal(row.attempts, 1);
    assert.match(row.last_error ?? '', /reject|550|Mailbox unavailable/i);
    assert.equal(new Date(row.next_attempt_at).getTime(), t1.getTime() + backoffMs(1));

    // Not due yet: untouched.
    await deliverDueMail(conn.db, { ...opts, now: new Date(t1.getTime() + backoffMs(1) - 1) });
    assert.equal((await outboxRow(conn, id)).attempts, 1);

    const t2 = new Date(t1.getTime() + backoffMs(1));
    assert.deepEqual(await deliverDueMail(conn.db, { ...opts, now: t2 }), { sent: 0, retried: 0, failed: 1, kept: 0 });
    row = await outboxRow(conn, id);
    assert.equal(row.status, 'failed');
    assert.equal(row.attempts, 2);
    assert.ok(row.last_error);
    assert.equal(smtp.received.length, before, 'nothing arrived');
  });

  it('never sends a mail queued in a transaction that rolled back', async () => {
    const before = smtp.received.length;
    await assert.rejects(
      conn.db.transaction().execute(async (tx) => {
        await queueMail(tx, { to: 'ghost@example.org', subject: 'Nie', text: 'Nie gesendet' });
        throw new Error('the change failed');
      }),
    );
    const result = await deliverDueMail(conn.db, {
      transport,
      from: 'noreply@zuhause.test',
      now: new Date(Date.now() + 60_000),
    });
    assert.equal(result.sent, 0);
    assert.equal(smtp.received.length, before);
    assert.ok(!smtp.received.some((m) => m.to.includes('ghost@example.org')));
  });

  it('sends each mail once when two workers deliver at the same time', async () => {
    const before = smtp.received.length;
    for (let i = 0; i < 12; i++) await queueMail(conn.db, { to: `p${i}@example.org`, subject: `Nr. ${i}`, text: 'x' });
    const now = new Date(Date.now() + 1000);
    const results = await Promise.all([
      deliverDueMail(conn.db, { transport, from: 'noreply@zuhause.test', now }),
      deliverDueMail(conn.db, { transport: smtpTransport(smtp.url), from: 'noreply@zuhause.test', now }),
    ]);
    assert.equal(results[0]!.sent + results[1]!.sent, 12);
    const to = smtp.received.slice(before).flatMap((m) => m.to);
    assert.equal(to.length, 12);
    assert.equal(new Set(to).size, 12);
  });

  it('takes up a mail whose sender died while sending, once its lease has run out', async () => {
    const id = await queueMail(conn.db, { to: 'orphan@example.org', subject: 'Verwaist', text: 'x' });
    const t0 = new Date(Date.now() + 1000);
    // As a worker that crashed after claiming it would leave it: leased for five minutes from t0.
    await conn.db
      .updateTable('mail_outbox')
      .set({ status: 'sending', attempts: 1, next_attempt_at: new Date(t0.getTime() + 300_000) })
      .where('id', '=', id)
      .execute();
    const opts = { transport, from: 'noreply@zuhause.test' };
    assert.equal((await deliverDueMail(conn.db, { ...opts, now: t0 })).sent, 0, 'a live lease is respected');
    assert.equal((await deliverDueMail(conn.db, { ...opts, now: new Date(t0.getTime() + 300_000) })).sent, 1);
    const row = await outboxRow(conn, id);
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 2);
    assert.ok(smtp.received.some((m) => m.to.includes('orphan@example.org')));
  });

  it('keeps due mail readable when no SMTP is configured', async () => {
    const id = await queueMail(conn.db, { to: 'kept@example.org', subject: 'Demo', text: 'Bleibt hier' });
    const before = smtp.received.length;
    const result = await deliverDueMail(conn.db, {
      transport: null,
      from: 'noreply@zuhause.test',
      now: new Date(Date.now() + 1000),
    });
    assert.equal(result.kept, 1);
    const row = await outboxRow(conn, id);
    assert.equal(row.status, 'kept');
    assert.equal(row.body_text, 'Bleibt hier');
    assert.equal(smtp.received.length, before);
  });
});

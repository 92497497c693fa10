import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { deliverDueMail, smtpTransport } from '../../platform/mail/delivery.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { decode, startSmtp, type TestSmtp } from '../../testing/smtp.ts';
import { codeHash, codeSecret, normalizeCode } from './registrations.code.ts';
import { daysFrom, fixtureOccurrence } from './registrations.fixtures.ts';
import { noticesJob } from './registrations.jobs.ts';
import { findByTokenHash } from './registrations.repository.ts';
import { cancelRegistration, register } from './registrations.service.ts';

// Nothing over capacity, under load: 1,000 people register for 50 places at the same moment, then 10 confirmed
// cancel at once and the first 10 waiting are promoted and mailed (read back from a real SMTP server). On PGlite
// by default, on the server with TEST_DATABASE_URL (pool of 10: the transactions really overlap there, and the
// occurrence's row lock and its CHECK on places decide).

describe('registrations under concurrency', () => {
  let conn: Connection;
  let smtp: TestSmtp;
  let m: string;
  let secret: string;
  const now = new Date();
  before(async () => {
    [conn, smtp] = await Promise.all([testDatabase(), startSmtp()]);
    m = await insertMunicipality(conn, 'meppen');
    secret = await codeSecret(conn.db);
  });
  after(async () => {
    await smtp.close();
    await conn.close();
  });

  const call = (): UseCaseCall => ({ db: conn.db, tenant: tenant(m), actor: null, requestId: null, now });

  async function signUp(eventId: string, occurrenceId: string, i: number, waitlist = true) {
    const input = { name: `Person ${i}`, email: `p${i}@example.org`, partySize: 1, consent: 'yes' as const, waitlist };
    try {
      return await runUseCase('community.registrations.register', call(), (uc) =>
        register(uc, { secret, mail: null }, { eventId, occurrenceId, userId: null, locale: 'de', input }),
      );
    } catch (err) {
      if (err instanceof AppError) return err.messageKey;
      throw err;
    }
  }

  async function rows(occurrenceId: string) {
    return conn.db
      .selectFrom('community_registrations')
      .select(['id', 'email', 'status', 'waitlist_position'])
      .where('occurrence_id', '=', occurrenceId)
      .execute();
  }

  test('1,000 at once for 50 places: exactly 50 confirmed, 950 waiting at positions 1..950', async (t) => {
    const { eventId, occurrenceId } = await fixtureOccurrence(conn.db, m, { startsAt: daysFrom(now, 10), places: 50 });
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => signUp(eventId, occurrenceId, i)));
    t.diagnostic(`engine ${conn.engine}`);
    assert.ok(
      answers.every((a) => typeof a === 'object'),
      'nobody was refused: all agreed to wait',
    );
    const all = await rows(occurrenceId);
    assert.equal(all.filter((r) => r.status === 'confirmed').length, 50);
    const waiting = all.filter((r) => r.status === 'waitlisted').map((r) => r.waitlist_position!);
    assert.equal(waiting.length, 950);
    assert.deepEqual(
      waiting.toSorted((a, b) => a - b),
      Array.from({ length: 950 }, (_, i) => i + 1),
    );
    const occ = await conn.db
      .selectFrom('community_occurrences')
      .select(['confirmed_count', 'waitlist_seq'])
      .where('id', '=', occurrenceId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(occ, { confirmed_count: 50, waitlist_seq: 950 });

    // Ten confirmed cancel at the same moment: the first ten in the queue move up, and only they.
    const confirmed = all.filter((r) => r.status === 'confirmed').slice(0, 10);
    const cancelled = await Promise.all(
      confirmed.map((r) =>
        runUseCase('community.registrations.cancel', call(), (uc) =>
          cancelRegistration(uc, { registrationId: r.id, occurrenceId, by: 'holder' }),
        ),
      ),
    );
    assert.deepEqual(cancelled, Array(10).fill('cancelled'));
    const after = await rows(occurrenceId);
    const firstTen = all.filter((r) => r.waitlist_position !== null && r.waitlist_position <= 10);
    const promoted = after.filter((r) => firstTen.some((f) => f.id === r.id));
    assert.ok(promoted.every((r) => r.status === 'confirmed'));
    assert.equal(after.filter((r) => r.status === 'confirmed').length, 50);
    assert.equal(after.filter((r) => r.status === 'waitlisted').length, 940);
    assert.ok(after.filter((r) => r.status === 'waitlisted').every((r) => r.waitlist_position! > 10));

    // The notices job writes their mails into the outbox; the outbox delivers them over SMTP.
    const sentBefore = smtp.received.length;
    await noticesJob(
      { id: 'job', kind: 'x', payload: {}, municipalityId: m, attempts: 1, maxAttempts: 3 },
      { db: conn.db, now: () => now, config: { baseUrl: 'https://zuhause.test' } },
    );
    const transport = smtpTransport(smtp.url);
    const result = await deliverDueMail(conn.db, {
      transport,
      from: 'noreply@zuhause.test',
      now: new Date(Date.now() + 1000),
    });
    transport.close?.();
    assert.equal(result.sent, 10);
    const got = smtp.received.slice(sentBefore);
    assert.deepEqual(got.flatMap((g) => g.to).toSorted(), firstTen.map((r) => r.email!).toSorted());
    for (const g of got) {
      const mail = decode(g.raw);
      assert.match(mail.subject, /Internationaler Kochabend/);
      // The link in the mail opens the promoted person's own registration.
      const code = /\/de\/m\/meppen\/registrations\/([0-9A-Z]{12})/.exec(mail.text)?.[1];
      assert.ok(code, mail.text);
      const r = await findByTokenHash(conn.db, tenant(m), codeHash(normalizeCode(code)!));
      assert.equal(r?.email, g.to[0]);
      assert.equal(r?.status, 'confirmed');
    }
    // Run again: nothing is sent twice.
    await noticesJob(
      { id: 'job2', kind: 'x', payload: {}, municipalityId: m, attempts: 1, maxAttempts: 3 },
      { db: conn.db, now: () => now, config: { baseUrl: 'https://zuhause.test' } },
    );
    const queued = await conn.db.selectFrom('mail_outbox').select('id').where('status', '=', 'queued').execute();
    assert.equal(queued.length, 0);
  });

  test('20 at once for the last place, without agreeing to wait: one gets it, 19 read that it is full', async () => {
    const { eventId, occurrenceId } = await fixtureOccurrence(conn.db, m, { startsAt: daysFrom(now, 5), places: 1 });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signUp(eventId, occurrenceId, 2000 + i, false)),
    );
    assert.equal(answers.filter((a) => typeof a === 'object').length, 1);
    assert.deepEqual(
      [...new Set(answers.filter((a) => typeof a === 'string'))],
      ['community.registrations.error.full'],
    );
    assert.equal((await rows(occurrenceId)).length, 1, 'nothing stored for the 19');
  });
});

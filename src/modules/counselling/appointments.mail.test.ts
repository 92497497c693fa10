import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { catalogDirs, Messages } from '../../platform/i18n/messages.ts';
import { deliverDueMail, smtpTransport } from '../../platform/mail/delivery.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { decode, mimeParts, startSmtp, type TestSmtp } from '../../testing/smtp.ts';
import type { MailEnv } from './appointments.mail.ts';
import { book, cancelAppointment } from './appointments.service.ts';
import { fixtureService } from './counselling.fixtures.ts';

// The confirmation and the cancellation, received on a real SMTP server and read with ical.js (another library than
// the writer): METHOD:REQUEST, then METHOD:CANCEL with the same UID, a higher SEQUENCE and STATUS:CANCELLED, the
// MIME type carrying the method, and the local time right in Europe/Berlin before and after the change to summer time.

const NOW = new Date('2026-03-20T08:00:00Z');

describe('appointments: mails with a calendar file', () => {
  let conn: Connection;
  let smtp: TestSmtp;
  let m: string;
  let env: MailEnv;
  before(async () => {
    [conn, smtp] = await Promise.all([testDatabase(), startSmtp()]);
    m = await insertMunicipality(conn, 'meppen');
    const messages = new Messages(catalogDirs([{ locales: new URL('./locales/', import.meta.url) }]));
    env = { baseUrl: 'https://zuhause.example', messages, slug: 'meppen' };
  });
  after(async () => {
    await smtp.close();
    await conn.close();
  });
  const call = (): UseCaseCall => ({ db: conn.db, tenant: tenant(m), actor: null, requestId: null, now: NOW });

  async function received() {
    await deliverDueMail(conn.db, {
      transport: smtpTransport(smtp.url),
      from: 'zuhause@example.org',
      now: () => new Date(),
    });
    const mail = smtp.received.at(-1)!;
    const cal = mimeParts(mail.raw).find((p) => /content-type: text\/calendar/i.test(p.headers))!;
    const vcal = new ICAL.Component(ICAL.parse(cal.body));
    return { mail, cal, vcal, vevent: vcal.getFirstSubcomponent('vevent')! };
  }

  for (const [label, startsAt, local] of [
    ['winter time', new Date('2026-03-27T08:30:00Z'), '09:30'],
    ['summer time, after the change on 29 March', new Date('2026-03-30T07:30:00Z'), '09:30'],
  ] as const) {
    test(`booked and cancelled (${label}): REQUEST, then CANCEL with the same UID`, async () => {
      const f = await fixtureService(conn.db, m, { title: 'Migrationsberatung' });
      const b = await runUseCase('counselling.appointments.book', call(), (uc) =>
        book(
          uc,
          {
            serviceId: f.serviceId,
            counsellorId: f.counsellorId,
            startsAt,
            topic: 'residence',
            language: 'uk',
            interpreter: true,
            interpreterLanguage: 'uk',
            channel: 'in_person',
            name: 'Olena Kovalenko',
            email: 'olena@example.org',
            locale: 'uk',
          },
          { mail: env },
        ),
      );
      const first = await received();
      assert.match(decode(first.mail.raw).subject, /Ваш запис: \u2068Migrationsberatung\u2069/);
      assert.match(first.cal.headers, /text\/calendar;.*method=REQUEST/i);
      const text = mimeParts(first.mail.raw).find((p) => /text\/plain/i.test(p.headers))!.body;
      assert.ok(text.includes(`https://zuhause.example/uk/m/meppen/appointments/${b.token}`));
      assert.equal(first.vcal.getFirstPropertyValue('method'), 'REQUEST');
      assert.equal(first.vevent.getFirstPropertyValue('uid'), b.uid);
      assert.equal(first.vevent.getFirstPropertyValue('sequence'), 0);
      ICAL.TimezoneService.reset();
      for (const tz of first.vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const start = first.vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
      assert.equal(String(first.vevent.getFirstProperty('dtstart')?.getParameter('tzid')), 'Europe/Berlin');
      assert.equal(`${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`, local);
      assert.equal(start.toJSDate().toISOString(), startsAt.toISOString());

      await runUseCase('counselling.appointments.cancel', call(), (uc) =>
        cancelAppointment(uc, { appointmentId: b.id, by: 'person', mail: env }),
      );
      const second = await received();
      assert.match(second.cal.headers, /text\/calendar;.*method=CANCEL/i);
      assert.equal(second.vcal.getFirstPropertyValue('method'), 'CANCEL');
      assert.equal(second.vevent.getFirstPropertyValue('uid'), b.uid);
      assert.equal(second.vevent.getFirstPropertyValue('sequence'), 1);
      assert.equal(second.vevent.getFirstPropertyValue('status'), 'CANCELLED');
    });
  }

  test('nobody is mailed who left only a phone number', async () => {
    const f = await fixtureService(conn.db, m);
    const before = smtp.received.length;
    await runUseCase('counselling.appointments.book', call(), (uc) =>
      book(
        uc,
        {
          serviceId: f.serviceId,
          counsellorId: f.counsellorId,
          startsAt: new Date('2026-03-24T08:00:00Z'),
          topic: 'housing',
          language: 'ar',
          interpreter: false,
          channel: 'phone',
          name: 'Ahmad',
          phone: '+4915112345678',
          locale: 'ar',
        },
        { mail: env },
      ),
    );
    await deliverDueMail(conn.db, {
      transport: smtpTransport(smtp.url),
      from: 'zuhause@example.org',
      now: () => new Date(),
    });
    assert.equal(smtp.received.length, before);
  });
});

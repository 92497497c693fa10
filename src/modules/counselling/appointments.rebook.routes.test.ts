import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { appMessages, Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { bookForPerson } from './appointments.rebook.ts';
import { fixtureService } from './counselling.fixtures.ts';

// The person chooses another time from their appointment's page, by link or by code: one use case cancels the old
// appointment and books the new one; link and code keep working; the mails say so with the calendar CANCEL and
// REQUEST. A taken slot (409), a time past the cut-off (409) and a bad slot value (4xx) change nothing. Friday
// 2026-03-20 09:00 local; the fixture's counsellor works Monday to Friday 09:00–12:00 in 30-minute slots.

const at = (iso: string) => `${iso}:00.000Z`;

describe('rebooking by the person', () => {
  const t = fixture(() => testApp());
  let m: string;
  const db = () => t().conn.db;
  before(async () => {
    m = await insertMunicipality(t().conn, 'meppen');
    t().clock.now = new Date('2026-03-20T08:00:00Z');
  });

  /** Books Monday 09:00 local through the page; returns the link, the code and the service. */
  async function booked(o: { email?: string; cutoff?: number } = {}) {
    const f = await fixtureService(db(), m, { cancelCutoffHours: o.cutoff ?? 2 });
    const base = `/de/m/meppen/counselling/${f.serviceId}/book`;
    const res = await new Client(t().app).post(
      base,
      {
        topic: 'housing',
        language: 'ar',
        channel: 'in_person',
        slot: `${f.counsellorId}.${at('2026-03-23T08:00')}`,
        name: 'Samira',
        ...(o.email ? { email: o.email } : { phone: '0151 2345678' }),
        consent: 'yes',
      },
      '/de/m/meppen/appointments/code',
    );
    assert.equal(res.statusCode, 201);
    const code = /<strong dir="ltr">([2-9A-Z ]{11})<\/strong>/.exec(res.body)![1]!;
    const link = /\/de\/m\/meppen\/appointments\/[A-Za-z0-9_-]{43}/.exec(res.body)![0];
    return { f, code, link, slot: (iso: string) => `${f.counsellorId}.${at(iso)}` };
  }

  const appointments = (serviceId: string) =>
    db()
      .selectFrom('counselling_appointments')
      .select(['id', 'status', 'starts_at', 'rebooked_from', 'language', 'interpreter_language'])
      .where('service_id', '=', serviceId)
      .orderBy('starts_at')
      .execute();

  it('by link: the times offered, the move in one step, the same link opens the new time, mails with CANCEL and REQUEST', async () => {
    const b = await booked({ email: 'samira.rebook@example.org' });
    const c = new Client(t().app);
    const page = await c.get(b.link);
    assert.match(page.body, new RegExp(`href="${b.link}/rebook"`), 'the appointment page offers another time');
    const offer = await c.get(`${b.link}/rebook`);
    assert.equal(offer.statusCode, 200);
    assert.match(offer.body, /<select/);
    assert.ok(offer.body.includes(`value="${b.slot('2026-03-24T08:00')}"`), 'Tuesday 09:00 is offered');
    assert.ok(!offer.body.includes(`value="${b.slot('2026-03-23T08:00')}"`), 'not the time already held');
    const res = await c.post(`${b.link}/rebook`, { slot: b.slot('2026-03-24T08:00') });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, b.link);
    const rows = await appointments(b.f.serviceId);
    assert.deepEqual(
      rows.map((r) => [r.status, new Date(r.starts_at).toISOString()]),
      [
        ['cancelled', at('2026-03-23T08:00')],
        ['booked', at('2026-03-24T08:00')],
      ],
    );
    assert.equal(rows[1]!.rebooked_from, rows[0]!.id);
    assert.deepEqual([rows[1]!.language, rows[1]!.interpreter_language], [rows[0]!.language, null]);
    const after = await c.get(b.link);
    assert.match(after.body, /Ihr Termin ist verschoben/);
    assert.match(after.body, /24\.03\.2026|24\. März 2026/);
    const mails = await db()
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text', 'attachments'])
      .where('to_address', '=', 'samira.rebook@example.org')
      .orderBy('created_at')
      .execute();
    const methods = mails.map((x) => /method=(\w+)/.exec(JSON.stringify(x.attachments))?.[1]);
    assert.deepEqual(methods, ['REQUEST', 'CANCEL', 'REQUEST'], 'booked, the old one cancelled, the new one');
    assert.match(mails[2]!.subject, /Termin verschoben/);
    assert.ok(mails[2]!.body_text.includes(b.link.replace(/^\/de/, '')), 'the mail repeats the link');
  });

  it('by code: the code page offers another time; the code then opens the new time', async () => {
    const b = await booked();
    const c = new Client(t().app);
    const found = await c.post('/de/m/meppen/appointments/code', { code: b.code });
    assert.match(found.body, /action="\/de\/m\/meppen\/appointments\/code\/rebook"/);
    const offer = await c.post('/de/m/meppen/appointments/code/rebook', { code: b.code });
    assert.equal(offer.statusCode, 200);
    assert.ok(offer.body.includes(`value="${b.slot('2026-03-25T09:00')}"`));
    const res = await c.post('/de/m/meppen/appointments/code/rebook', {
      code: b.code,
      slot: b.slot('2026-03-25T09:00'),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/de/m/meppen/appointments/code');
    const again = await c.post('/de/m/meppen/appointments/code', { code: b.code });
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /25\.03\.2026|25\. März 2026/);
    const wrong = await c.post('/de/m/meppen/appointments/code/rebook', { code: 'AAAA AAAA A' });
    assert.equal(wrong.statusCode, 404);
  });

  it('a slot taken meanwhile: 409 with a clear message and the times offered again; the old appointment stays', async () => {
    const b = await booked();
    const other = new Client(t().app);
    const base = `/de/m/meppen/counselling/${b.f.serviceId}/book`;
    const taken = await other.post(
      base,
      {
        topic: 'housing',
        language: 'de',
        channel: 'in_person',
        slot: b.slot('2026-03-24T09:00'),
        name: 'Omid',
        phone: '0151 7654321',
        consent: 'yes',
      },
      '/de/m/meppen/appointments/code',
    );
    assert.equal(taken.statusCode, 201);
    const c = new Client(t().app);
    const res = await c.post(`${b.link}/rebook`, { slot: b.slot('2026-03-24T09:00') });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Ihr bisheriger Termin bleibt bestehen/);
    assert.match(res.body, /<select/);
    const rows = await appointments(b.f.serviceId);
    assert.deepEqual(
      rows.map((r) => r.status),
      ['booked', 'booked'],
    );
  });

  it('past the cut-off: no offer on the page, a post is 409 with the reason; nothing changes', async () => {
    const b = await booked({ cutoff: 72 });
    const c = new Client(t().app);
    const page = await c.get(b.link);
    assert.ok(!page.body.includes(`${b.link}/rebook`), 'no offer after the cut-off');
    const offer = await c.get(`${b.link}/rebook`);
    assert.equal(offer.statusCode, 200);
    assert.doesNotMatch(offer.body, /<select/);
    assert.match(offer.body, /nur bis 72 Stunden vor dem Termin/);
    // The form token from another page: this one has no form now.
    const res = await c.post(
      `${b.link}/rebook`,
      { slot: b.slot('2026-03-24T08:00') },
      '/de/m/meppen/appointments/code',
    );
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /nur bis 72 Stunden vor dem Termin/);
    // Cancelling is refused the same way: a 409 page that names the hours (not a failure to format them).
    const cancel = await c.post(`${b.link}/cancel`, {}, '/de/m/meppen/appointments/code');
    assert.equal(cancel.statusCode, 409);
    assert.match(cancel.body, /nur bis 72 Stunden vor dem Termin/);
    assert.deepEqual(
      (await appointments(b.f.serviceId)).map((r) => r.status),
      ['booked'],
    );
  });

  it('a bad slot value: 4xx with a message, nothing changes', async () => {
    const b = await booked();
    const c = new Client(t().app);
    const cases: [string, number][] = [
      ['nonsense', 422],
      ['', 422],
      [b.slot('2026-03-24T08:10'), 422], // off the grid
      [b.slot('2026-03-22T08:00'), 422], // a Sunday: no hours
      [b.slot('2026-03-19T08:00'), 422], // in the past
      [`00000000-0000-4000-8000-000000000000.${at('2026-03-24T08:00')}`, 404], // no counsellor of the service
    ];
    for (const [slot, status] of cases) {
      const res = await c.post(`${b.link}/rebook`, { slot });
      assert.equal(res.statusCode, status, `${slot} → ${res.statusCode}`);
      if (status === 422) assert.match(res.body, /kern-error/, `${slot}: a message at the field`);
    }
    assert.deepEqual(
      (await appointments(b.f.serviceId)).map((r) => r.status),
      ['booked'],
    );
  });

  it('a counsellor’s rebooking (bookForPerson, as the day page calls it) mails the person the same way', async () => {
    const b = await booked({ email: 'samira.staff@example.org' });
    const [old] = await appointments(b.f.serviceId);
    const call = { db: db(), tenant: tenant(m), actor: null, requestId: null, now: t().clock.now };
    const mail = { baseUrl: 'http://zuhause.test', messages: appMessages(), slug: 'meppen' };
    const moved = await runUseCase('counselling.day.rebook', call, (uc) =>
      bookForPerson(uc, tenant(m), {
        appointmentId: old!.id,
        counsellorId: b.f.counsellorId,
        startsAt: new Date(at('2026-03-26T08:00')),
        mail,
      }),
    );
    const mails = await db()
      .selectFrom('mail_outbox')
      .select(['subject', 'attachments'])
      .where('to_address', '=', 'samira.staff@example.org')
      .orderBy('created_at')
      .execute();
    const methods = mails.map((x) => /method=(\w+)/.exec(JSON.stringify(x.attachments))?.[1]);
    assert.deepEqual(methods, ['REQUEST', 'CANCEL', 'REQUEST']);
    assert.match(mails[2]!.subject, /Termin verschoben/);
    // The link the person holds opens the new appointment.
    assert.match((await new Client(t().app).get(b.link)).body, /26\.03\.2026|26\. März 2026/);
    assert.notEqual(moved.id, old!.id);
  });
});

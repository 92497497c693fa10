import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client } from '../../testing/app.ts';
import { testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { demoSession, eventFormData } from './events.fixtures.ts';
import { horizonOf } from './occurrences.service.ts';

// The organisers' pages over HTTP: who sees which events, a series made through the plain form, refused input
// kept with its messages, a date cancelled, a translation, a municipality's own event type.

const BASE = '/de/m/asendorf/admin/events';

describe('events: organisers’ pages', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  const as = async (key: string) => {
    const c = new Client(t().app);
    c.cookies = `zh_sid=${await demoSession(t().conn.db, key)}`;
    return c;
  };
  const eventId = async (title: string) =>
    (
      await t()
        .conn.db.selectFrom('community_event_texts')
        .select('event_id')
        .where('title', '=', title)
        .where('locale', '=', 'de')
        .executeTakeFirstOrThrow()
    ).event_id;
  const future = () => new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

  it('a volunteer sees the events they organise, not the Quartier manager’s', async () => {
    const res = await (await as('ehrenamt.asendorf')).get(BASE);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Internationaler Kochabend der Landfrauen/);
    assert.match(res.body, /Begegnungscafé/);
    assert.doesNotMatch(res.body, /Runder Tisch Integration/);
    const qm = await (await as('qm.asendorf')).get(BASE);
    assert.match(qm.body, /Runder Tisch Integration/);
    const roundTable = await eventId('Runder Tisch Integration');
    assert.equal((await (await as('ehrenamt.asendorf')).get(`${BASE}/${roundTable}`)).statusCode, 404);
  });

  it('anonymous visitors are sent to sign in; another municipality’s volunteer is refused', async () => {
    const anon = await new Client(t().app).get(BASE);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /\/de\/login\?next=/);
    assert.equal((await (await as('ehrenamt.meppen')).get(BASE)).statusCode, 403);
  });

  it('a series made through the plain form: draft, dates planned, audited; published it appears in the list', async () => {
    const c = await as('ehrenamt.asendorf');
    const start = future();
    const res = await c.post(BASE, eventFormData({ startDate: start }), `${BASE}/new`);
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    const id = /admin\/events\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';
    const db = t().conn.db;
    const ev = await db.selectFrom('community_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(ev.rrule, 'FREQ=WEEKLY;BYDAY=TU');
    assert.equal(ev.status, 'draft');
    const dates = (
      await db
        .selectFrom('community_occurrences')
        .select('starts_at')
        .where('event_id', '=', id)
        .orderBy('starts_at')
        .execute()
    ).map((o) => new Date(o.starts_at));
    // A year of Tuesdays from three weeks ahead (49 or 50 of them, by the weekday of today): the first on or after
    // the start day, a week apart, the last within a week of the horizon a year from now.
    const week = 7 * 86_400_000;
    assert.ok(dates.length >= 49, `a year of Tuesdays, not ${dates.length}`);
    assert.ok(dates[0]!.toISOString().slice(0, 10) >= start && dates[0]!.getTime() - Date.parse(start) < week);
    for (const [i, d] of dates.entries()) {
      assert.equal(d.getUTCDay(), 2, 'a Tuesday');
      if (i > 0) assert.ok(Math.abs(d.getTime() - dates[i - 1]!.getTime() - week) <= 3_600_000, 'a week apart');
    }
    assert.ok(horizonOf(t().clock.now).getTime() - dates.at(-1)!.getTime() < week, 'up to the horizon');
    const audit = await db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    assert.equal(audit.length, 1);
    assert.equal(
      (await new Client(t().app).get(`/de/m/asendorf/events/${id}`)).statusCode,
      404,
      'a draft is not public',
    );
    assert.equal((await c.post(`${BASE}/${id}/status`, { status: 'published' })).statusCode, 303);
    const list = await new Client(t().app).get('/de/m/asendorf/events?q=Sprachcaf%C3%A9+am+Dienstag');
    assert.match(list.body, /Sprachcafé am Dienstag/);
  });

  it('the search ignores case in every script: Cyrillic capitals find a Ukrainian title', async () => {
    // Case folding of non-Latin letters depends on the database's character type; a C-only type would miss it.
    const res = await new Client(t().app).get(`/uk/m/asendorf/events?q=${encodeURIComponent('КУЛІНАРНИЙ ВЕЧІР')}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Міжнародний кулінарний вечір Landfrauen/);
    const none = await new Client(t().app).get(`/uk/m/asendorf/events?q=${encodeURIComponent('КУЛІНАРНИЙ РАНОК')}`);
    assert.doesNotMatch(none.body, /Міжнародний кулінарний вечір Landfrauen/);
  });

  it('the month calendar in Farsi names the Gregorian month its grid shows, in Persian digits', async () => {
    // Farsi's own calendar is the Solar Hijri one: November 2026 would be named Aban/Azar 1405 over a grid of
    // Gregorian days.
    const res = await new Client(t().app).get('/fa/m/asendorf/events?view=month&month=2026-11');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<caption class="kern-title">نوامبر ۲۰۲۶<\/caption>/);
    assert.doesNotMatch(res.body, /آبان|آذر|۱۴۰۵/);
    // Monday first; 1 November 2026 is a Sunday, the 30th a Monday.
    const head = [...res.body.matchAll(/<th class="kern-table__header" scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    assert.deepEqual(head, ['دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه']);
    const days = [...res.body.matchAll(/<td class="kern-table__cell"><span class="kern-title">([^<]+)<\/span>/g)];
    assert.equal(days.length, 30);
    assert.deepEqual([days[0]![1], days[29]![1]], ['۱', '۳۰']);
  });

  it('an event in a room of the platform links to the room’s page, which opens', async () => {
    const id = await eventId('Internationaler Kochabend der Landfrauen');
    const page = await new Client(t().app).get(`/de/m/asendorf/events/${id}`);
    const href = /href="(\/de\/m\/asendorf\/rooms\/[0-9a-f-]{36})"/.exec(page.body)?.[1];
    assert.ok(href, 'a link to the room');
    assert.equal((await new Client(t().app).get(href)).statusCode, 200);
  });

  it('refused input comes back as 422 naming each field, with what was typed', async () => {
    const c = await as('ehrenamt.asendorf');
    const res = await c.post(
      BASE,
      eventFormData({ startDate: future(), weekdays: [], endTime: '17:00', title: 'Nähcafé <b>', cost: 'zehn' }),
    );
    assert.equal(res.statusCode, 422);
    for (const f of ['weekdays', 'endTime', 'cost']) assert.match(res.body, new RegExp(`href="#f-${f}"`));
    assert.match(res.body, /Bitte mindestens einen Wochentag ankreuzen/);
    assert.match(res.body, /value="Nähcafé &lt;b>"/);
    const past = await c.post(BASE, eventFormData({ repeat: 'once', startDate: '2020-01-07' }));
    assert.equal(past.statusCode, 422);
    assert.match(past.body, /href="#f-startDate"/);
  });

  it('a date is cancelled from its page; the public page then says so', async () => {
    const c = await as('ehrenamt.asendorf');
    const id = await eventId('Begegnungscafé');
    const o = await t()
      .conn.db.selectFrom('community_occurrences')
      .select('id')
      .where('event_id', '=', id)
      .where('status', '=', 'scheduled')
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    const page = await c.get(`${BASE}/${id}/occurrences/${o.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Diesen und alle folgenden Termine ändern|Diesen Termin absagen/);
    assert.equal((await c.post(`${BASE}/${id}/occurrences/${o.id}/cancel`, {})).statusCode, 303);
    const pub = await new Client(t().app).get(`/de/m/asendorf/events/${id}`);
    assert.match(pub.body, /<del>/);
    assert.equal((await c.post(`${BASE}/${id}/occurrences/${o.id}/cancel`, {})).statusCode, 422, 'not twice');
    const forged = await c.get(`${BASE}/${id}/occurrences/${crypto.randomUUID()}`);
    assert.equal(forged.statusCode, 404);
  });

  it('a translation is saved with the source’s hash and shown as current', async () => {
    const c = await as('qm.asendorf');
    const id = await eventId('Runder Tisch Integration');
    await t()
      .conn.db.deleteFrom('community_event_texts')
      .where('event_id', '=', id)
      .where('locale', '=', 'tr')
      .execute();
    assert.match((await c.get(`${BASE}/${id}`)).body, /Türkisch<\/a>: fehlt/);
    const res = await c.post(`${BASE}/${id}/texts/tr`, {
      title: 'Uyum yuvarlak masası',
      description: 'Herkes davetli.',
    });
    assert.equal(res.statusCode, 303);
    assert.match((await c.get(`${BASE}/${id}`)).body, /Türkisch<\/a>: aktuell/);
  });

  it('a Quartier manager adds the municipality’s own type, offered in the form; a taken key is refused', async () => {
    const qm = await as('qm.asendorf');
    const ok = await qm.post(`${BASE}/types`, { key: 'naehcafe', label_de: 'Nähcafé', label_fa: 'کافهٔ خیاطی' });
    assert.equal(ok.statusCode, 303);
    const form = await qm.get(`${BASE}/new`);
    assert.match(form.body, /<option value="naehcafe">Nähcafé<\/option>/);
    const again = await qm.post(`${BASE}/types`, { key: 'naehcafe', label_de: 'Noch eins' });
    assert.equal(again.statusCode, 422);
    const builtIn = await qm.post(`${BASE}/types`, { key: 'sports', label_de: 'Sport' });
    assert.equal(builtIn.statusCode, 422);
    assert.equal((await (await as('ehrenamt.asendorf')).get(`${BASE}/types`)).statusCode, 403);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { toFloating } from '../../lib/calendar/index.ts';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { overlappingPairs } from './bookings.repository.ts';

const DAY = 86_400_000;

/** A day `days` from now in German local time, on the given weekday (0 = Monday) at or after it. */
function futureDay(days: number, weekday: number): string {
  const local = toFloating(new Date(Date.now() + days * DAY), 'Europe/Berlin');
  const shift = (weekday - ((local.getUTCDay() + 6) % 7) + 7) % 7;
  return new Date(local.getTime() + shift * DAY).toISOString().slice(0, 10);
}

describe('rooms: the public pages, the booking form and the approvers’ queue', () => {
  let t: TestApp;
  const as = async (key: string) => {
    const u = await t.conn.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', `${key}@demo.zuhause.example`)
      .executeTakeFirstOrThrow();
    const token = await createSession(t.conn.db, u.id, new Date());
    await markSecondFactor(t.conn.db, token, new Date());
    const c = new Client(t.app);
    c.cookies = `zh_sid=${token}`;
    return c;
  };
  const roomId = async (name: string) =>
    (await t.conn.db.selectFrom('community_rooms').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const municipality = async (slug: string) =>
    (await t.conn.db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  before(async () => {
    t = await testApp({}, [], { demo: true });
  });
  after(() => t.close());

  test('the public list and a room page show rules, opening hours and the week, never who booked', async () => {
    const list = await new Client(t.app).get('/de/m/asendorf/rooms');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Dorfgemeinschaftshaus Asendorf/);
    const id = await roomId('Dorfgemeinschaftshaus Asendorf');
    const page = await new Client(t.app).get(`/de/m/asendorf/rooms/${id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Montag bis Freitag: 08:00–22:00/);
    assert.match(page.body, /Belegung in der Woche/);
    assert.doesNotMatch(page.body, /Eltern-Kind-Gruppe/, 'the title of a booking is not public');
    const fa = await new Client(t.app).get(`/fa/m/asendorf/rooms/${id}`);
    assert.equal(fa.statusCode, 200);
    assert.match(fa.body, /dir="rtl"/);
    const filtered = await new Client(t.app).get('/de/m/osnabrueck/rooms?quartier=schinkel');
    assert.match(filtered.body, /Begegnungsraum Schinkel/);
    assert.doesNotMatch(filtered.body, /Gemeinschaftsraum Dodesheide/);
  });

  test('a room of another municipality is a 404 under this one', async () => {
    const id = await roomId('Dorfgemeinschaftshaus Asendorf');
    const res = await new Client(t.app).get(`/de/m/meppen/rooms/${id}`);
    assert.equal(res.statusCode, 404);
  });

  test('a volunteer books once; an overlapping request is a 409 that names the date and keeps the input', async () => {
    const id = await roomId('Dorfgemeinschaftshaus Asendorf');
    const elke = await as('ehrenamt.asendorf');
    const url = `/de/m/asendorf/rooms/${id}/book`;
    const date = futureDay(21, 2);
    const form = { date, from: '18:00', to: '20:00', purpose: 'group', title: 'Chorprobe', weeks: '1' };
    const ok = await elke.post(url, form, url);
    assert.equal(ok.statusCode, 303, ok.body);
    const again = await elke.post(url, { ...form, from: '19:30', to: '21:00', title: 'Zweite Probe' });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /schon belegt/);
    assert.match(again.body, /value="Zweite Probe"/);
    // The buffer of 30 minutes after 20:00 still blocks 20:15; 20:30 is free.
    const buffer = await elke.post(url, { ...form, from: '20:15', to: '21:00' });
    assert.equal(buffer.statusCode, 409);
    const later = await elke.post(url, { ...form, from: '20:30', to: '21:30', title: 'Danach' });
    assert.equal(later.statusCode, 303);
    assert.equal(await overlappingPairs(t.conn.db, tenant(await municipality('asendorf'))), 0);
  });

  test('a weekly request is checked as a whole: one taken date books none of them', async () => {
    const id = await roomId('Begegnungsraum Schinkel');
    const aylin = await as('ehrenamt.osnabrueck');
    const url = `/de/m/osnabrueck/rooms/${id}/book`;
    const first = futureDay(14, 3);
    const third = new Date(Date.parse(first) + 14 * DAY).toISOString().slice(0, 10);
    const single = { date: third, from: '18:00', to: '19:00', purpose: 'meeting', title: 'Elternabend', weeks: '1' };
    assert.equal((await aylin.post(url, single, url)).statusCode, 303);
    const count = async () =>
      (await t.conn.db.selectFrom('community_bookings').select('id').where('room_id', '=', id).execute()).length;
    const before = await count();
    const weekly = { date: first, from: '17:30', to: '19:30', purpose: 'group', title: 'Sprachkurs', weeks: '4' };
    const res = await aylin.post(url, weekly);
    assert.equal(res.statusCode, 409);
    assert.equal(await count(), before, 'nothing of the weekly request was stored');
    const ok = await aylin.post(url, { ...weekly, from: '19:15', to: '20:45' });
    assert.equal(ok.statusCode, 303);
    assert.equal(await count(), before + 4);
  });

  test('rules: lead time, longest booking, opening hours and a past date are refused with a field message', async () => {
    const id = await roomId('Dorfgemeinschaftshaus Asendorf');
    const elke = await as('ehrenamt.asendorf');
    const url = `/de/m/asendorf/rooms/${id}/book`;
    const base = {
      date: futureDay(28, 1),
      from: '10:00',
      to: '12:00',
      purpose: 'meeting',
      title: 'Regeln',
      weeks: '1',
    };
    await elke.get(url);
    const tooLong = await elke.post(url, { ...base, from: '08:00', to: '17:00' });
    assert.equal(tooLong.statusCode, 422);
    assert.match(tooLong.body, /höchstens 8 Stunden/);
    const closed = await elke.post(url, { ...base, from: '21:00', to: '23:00' });
    assert.equal(closed.statusCode, 422);
    assert.match(closed.body, /nicht geöffnet/);
    const tomorrow = toFloating(new Date(Date.now() + DAY), 'Europe/Berlin')
      .toISOString()
      .slice(0, 10);
    const soon = await elke.post(url, { ...base, date: tomorrow });
    assert.equal(soon.statusCode, 422);
    assert.match(soon.body, /mindestens 48 Stunden vorher/);
    const past = await elke.post(url, { ...base, date: '2020-01-07' });
    assert.equal(past.statusCode, 422);
    const reversed = await elke.post(url, { ...base, from: '12:00', to: '10:00' });
    assert.equal(reversed.statusCode, 422);
    const garbage = await elke.post(url, { ...base, from: '25:99', title: 'x'.repeat(10_000) });
    assert.equal(garbage.statusCode, 422);
  });

  test('a resident may not book a room only volunteers may; another municipality’s volunteer is refused', async () => {
    const id = await roomId('Dorfgemeinschaftshaus Asendorf');
    const resident = await as('bewohner.asendorf');
    const page = await resident.get(`/de/m/asendorf/rooms/${id}/book`);
    assert.equal(page.statusCode, 403);
    assert.match(page.body, /Mit Ihrer Rolle können Sie diesen Raum nicht buchen/);
    const gerda = await as('ehrenamt.meppen');
    const form = { date: futureDay(30, 1), from: '10:00', to: '11:00', purpose: 'meeting', title: 'Fremd', weeks: '1' };
    const cross = await gerda.post(`/de/m/asendorf/rooms/${id}/book`, form, '/de/m/meppen/rooms');
    assert.equal(cross.statusCode, 403);
    // Nor under her own municipality's URL: there the room does not exist.
    const own = await gerda.post(`/de/m/meppen/rooms/${id}/book`, form, '/de/m/meppen/rooms');
    assert.equal(own.statusCode, 404);
  });

  test('the Quartier manager approves a waiting request; a second decision is a 409; the booker cancels', async () => {
    const qm = await as('qm.asendorf');
    const queue = await qm.get('/de/m/asendorf/admin/bookings');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Spielenachmittag für Familien/);
    const pending = await t.conn.db
      .selectFrom('community_bookings')
      .select('id')
      .where('title', '=', 'Spielenachmittag für Familien')
      .executeTakeFirstOrThrow();
    const url = `/de/m/asendorf/admin/bookings/${pending.id}/decision`;
    assert.equal((await qm.post(url, { decision: 'approve' })).statusCode, 303);
    assert.equal((await qm.post(url, { decision: 'approve' })).statusCode, 409);
    const elke = await as('ehrenamt.asendorf');
    const mine = await elke.get('/de/m/asendorf/bookings');
    assert.match(mine.body, /Spielenachmittag für Familien/);
    const cancel = await elke.post(`/de/m/asendorf/bookings/${pending.id}/cancel`, {});
    assert.equal(cancel.statusCode, 303);
    const row = await t.conn.db
      .selectFrom('community_bookings')
      .select('status')
      .where('id', '=', pending.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'cancelled');
    const stranger = await as('ehrenamt.meppen');
    const foreign = await stranger.post(`/de/m/meppen/bookings/${pending.id}/cancel`, {}, '/de/m/meppen/bookings');
    assert.equal(foreign.statusCode, 404);
  });

  test('use is recorded and the usage figures count it, as a page and as CSV', async () => {
    const qm = await as('qm.meppen');
    const page = await qm.get('/de/m/meppen/admin/bookings');
    assert.match(page.body, /Wurde der Raum genutzt/);
    const usage = await qm.get('/de/m/meppen/admin/rooms/usage');
    assert.equal(usage.statusCode, 200);
    assert.match(usage.body, /Beratung/);
    const year = toFloating(new Date(), 'Europe/Berlin').getUTCFullYear();
    const csv = await qm.get(`/de/m/meppen/admin/rooms/usage.csv?year=${year}`);
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(csv.body, /^\uFEFFMonat,Zweck,Buchungen,Stunden gebucht,Stunden genutzt\r\n/);
    assert.match(csv.body, /Beratung,\d+,\d+\.\d\d,\d+\.\d\d/);
    const resident = await as('bewohner.meppen');
    assert.equal((await resident.get('/de/m/meppen/admin/rooms/usage')).statusCode, 403);
  });

  test('staff add a room with rules; unreadable opening hours and a foreign Quartier are field errors', async () => {
    const admin = await as('admin.meppen');
    const form = {
      name: 'Stadtteiltreff Innenstadt',
      street: 'Markt 1',
      postcode: '49716',
      city: 'Meppen',
      capacity: '30',
      equipment: ['wifi', 'kitchen'],
      openingHours: 'Mo-Fr 9-18',
      bookableBy: ['volunteer'],
      needsApproval: 'on',
      maxBookingHours: '3',
      leadTimeHours: '24',
      bufferMinutes: '15',
      active: 'on',
      sourceLocale: 'de',
      description: 'Ein kleiner Raum am Markt.',
    };
    const bad = await admin.post('/de/m/meppen/admin/rooms', form, '/de/m/meppen/admin/rooms/new');
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Öffnungszeiten verstehen wir nicht/);
    assert.match(bad.body, /value="Stadtteiltreff Innenstadt"/);
    const foreign = await t.conn.db
      .selectFrom('quartiere')
      .select('id')
      .where('slug', '=', 'schinkel')
      .executeTakeFirstOrThrow();
    const fixed = { ...form, openingHours: 'Mo-Fr 09:00-18:00' };
    const wrongQuartier = await admin.post('/de/m/meppen/admin/rooms', { ...fixed, quartierId: foreign.id });
    assert.equal(wrongQuartier.statusCode, 422);
    const ok = await admin.post('/de/m/meppen/admin/rooms', fixed);
    assert.equal(ok.statusCode, 303);
    const id = await roomId('Stadtteiltreff Innenstadt');
    const edit = await admin.get(`/de/m/meppen/admin/rooms/${id}/edit`);
    assert.match(edit.body, /value="Mo-Fr 09:00-18:00"/);
    const text = await admin.post(`/de/m/meppen/admin/rooms/${id}/texts/ar`, { description: 'غرفة صغيرة عند السوق.' });
    assert.equal(text.statusCode, 303);
    const shown = await new Client(t.app).get(`/ar/m/meppen/rooms/${id}`);
    assert.match(shown.body, /غرفة صغيرة عند السوق/);
  });
});

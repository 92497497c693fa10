import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { fixtureService } from './counselling.fixtures.ts';
import { BOOK_PAGE } from './services.public.routes.ts';
import { nextWalkIn } from './services.quartier.ts';

describe('counselling services: the public list and pages, the staff pages, the Quartier section', () => {
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
  const serviceId = async (title: string) =>
    (
      await t.conn.db
        .selectFrom('counselling_service_texts')
        .select('service_id')
        .where('title', '=', title)
        .where('locale', '=', 'de')
        .executeTakeFirstOrThrow()
    ).service_id;
  const municipality = async (slug: string) =>
    (await t.conn.db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  before(async () => {
    t = await testApp({}, [], { demo: true });
  });
  after(() => t.close());

  test('the list filters by topic, language and Quartier without JavaScript, in the reader’s language', async () => {
    const all = await new Client(t.app).get('/de/m/osnabrueck/counselling');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /Migrationsberatung für Erwachsene \(MBE\)/);
    assert.match(all.body, /Jugendmigrationsdienst/);
    const uk = await new Client(t.app).get('/de/m/osnabrueck/counselling?language=uk');
    assert.match(uk.body, /Migrationsberatung für Erwachsene/);
    assert.doesNotMatch(uk.body, /Jugendmigrationsdienst/);
    const youth = await new Client(t.app).get('/de/m/osnabrueck/counselling?topic=youth&quartier=schinkel');
    assert.match(youth.body, /Jugendmigrationsdienst/);
    assert.doesNotMatch(youth.body, /Migrationsberatung für Erwachsene/);
    const unknown = await new Client(t.app).get('/de/m/osnabrueck/counselling?language=xx');
    assert.equal(unknown.statusCode, 200);
    assert.doesNotMatch(unknown.body, /Jugendmigrationsdienst/, 'an unknown filter shows nothing, not all');
    const fa = await new Client(t.app).get('/fa/m/osnabrueck/counselling');
    assert.match(fa.body, /مشاوره مهاجرت برای بزرگسالان/);
    assert.match(fa.body, /dir="rtl"/);
  });

  test('a service page shows walk-in hours in words, free slots by day as booking links, and the phone', async () => {
    const m = await municipality('meppen');
    const f = await fixtureService(t.conn.db, m, { title: 'Schuldnerberatung Test', weekdays: [1, 2, 3, 4, 5] });
    await t.conn.db
      .updateTable('counselling_services')
      .set({ walk_in_hours: 'We 10:00-12:00', contact_phone: '05931 123456' })
      .where('id', '=', f.serviceId)
      .execute();
    const page = await new Client(t.app).get(`/de/m/meppen/counselling/${f.serviceId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Schuldnerberatung Test/);
    assert.match(page.body, /Mittwoch: 10:00–12:00/);
    assert.match(page.body, /05931 123456/);
    assert.match(page.body, /Freie Termine in den nächsten zwei Wochen/);
    // Slots link to the booking page once it exists (the appointments part); until then they are plain times.
    const bookable = t.app.hasRoute({ method: 'GET', url: BOOK_PAGE });
    const links = [...page.body.matchAll(/\/counselling\/[0-9a-f-]+\/book\?slot=([^"]+)"/g)].map((x) =>
      decodeURIComponent(x[1]!.replace(/&amp;/g, '&')),
    );
    if (bookable) assert.ok(links.length > 0, 'free slots are links to the booking');
    else assert.match(page.body, /<ul class="z-slots"><li>\d\d:\d\d<\/li>/);
    assert.ok(links.every((s) => s.startsWith(`${f.counsellorId}.`)));
    const other = await new Client(t.app).get(`/de/m/osnabrueck/counselling/${f.serviceId}`);
    assert.equal(other.statusCode, 404, 'another municipality’s service is not found');
  });

  test('staff add a service; bad input is a 422 with the input kept; nothing is stored', async () => {
    const admin = await as('admin.meppen');
    const form = {
      title: 'Wohnberatung Nord',
      topics: ['housing'],
      languages: ['de', 'ar'],
      channels: ['in_person'],
      street: '',
      postcode: '',
      city: '',
      audience: 'everyone',
      slotMinutes: '30',
      bufferMinutes: '0',
      minNoticeHours: '2',
      horizonDays: '42',
      cancelCutoffHours: '2',
      walkInHours: 'Mo 9-12',
      active: 'on',
    };
    const url = '/de/m/meppen/admin/counselling';
    const bad = await admin.post(url, form, `${url}/new`);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Wohnberatung Nord/);
    assert.match(bad.body, /nicht lesbar/);
    const noPlace = await admin.post(url, { ...form, walkInHours: 'Mo 09:00-12:00' });
    assert.equal(noPlace.statusCode, 422);
    assert.match(noPlace.body, /Raum oder eine Adresse/);
    const count = async () =>
      (
        await t.conn.db
          .selectFrom('counselling_service_texts')
          .select('title')
          .where('title', '=', 'Wohnberatung Nord')
          .execute()
      ).length;
    assert.equal(await count(), 0);
    const ok = await admin.post(url, {
      ...form,
      walkInHours: 'Mo 09:00-12:00',
      street: 'Am Markt 1',
      postcode: '49716',
      city: 'Meppen',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(await count(), 1);
    const audit = await t.conn.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'counselling.service')
      .execute();
    assert.ok(audit.length > 0, 'the write is audited');
  });

  test('a counsellor edits only the services they counsel for', async () => {
    const layla = await as('beratung.meppen');
    const own = await serviceId('Migrationsberatung der Caritas');
    const theirs = await serviceId('Sprechstunde im Quartiersbüro Esterfeld');
    const list = await layla.get('/de/m/meppen/admin/counselling');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Migrationsberatung der Caritas/);
    assert.doesNotMatch(list.body, /Sprechstunde im Quartiersbüro Esterfeld/);
    assert.equal((await layla.get(`/de/m/meppen/admin/counselling/${own}/edit`)).statusCode, 200);
    assert.equal((await layla.get(`/de/m/meppen/admin/counselling/${theirs}/edit`)).statusCode, 403);
    assert.equal((await layla.get(`/de/m/meppen/admin/counselling/${own}/counsellors`)).statusCode, 403);
    const qm = await as('qm.meppen');
    assert.equal((await qm.get(`/de/m/meppen/admin/counselling/${own}/counsellors`)).statusCode, 200);
  });

  test('a translation records its source, and the reader sees it', async () => {
    const admin = await as('admin.osnabrueck');
    const id = await serviceId('Jugendmigrationsdienst');
    const url = `/de/m/osnabrueck/admin/counselling/${id}/texts/tr`;
    assert.equal((await admin.get(url)).statusCode, 200);
    const res = await admin.post(url, { title: 'Gençlik göç hizmeti', description: 'Gençler için danışmanlık.' }, url);
    assert.equal(res.statusCode, 303);
    const page = await new Client(t.app).get(`/tr/m/osnabrueck/counselling/${id}`);
    assert.match(page.body, /Gençlik göç hizmeti/);
  });

  test('the Quartier page lists the Quartier’s services with walk-in hours', async () => {
    const page = await new Client(t.app).get('/de/m/meppen/q/esterfeld');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Sprechstunde im Quartiersbüro Esterfeld/);
    assert.match(page.body, /Nächste offene Sprechstunde/);
  });

  test('the next walk-in span: today’s when still open, else the next day that has one', () => {
    // 2026-12-07 is a Monday; 13:00 UTC is 14:00 in Berlin.
    const monday = new Date('2026-12-07T13:00:00Z');
    assert.deepEqual(nextWalkIn('Mo 14:00-17:00; Th 09:00-12:00', monday), {
      day: '2026-12-07',
      start: 840,
      end: 1020,
    });
    const evening = new Date('2026-12-07T17:00:00Z');
    assert.deepEqual(nextWalkIn('Mo 14:00-17:00; Th 09:00-12:00', evening), {
      day: '2026-12-10',
      start: 540,
      end: 720,
    });
    assert.equal(nextWalkIn(null, monday), null);
    assert.equal(nextWalkIn('nonsense', monday), null);
  });
});

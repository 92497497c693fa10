import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MUNICIPAL_ROLES, signedInClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { daysFrom, type FixtureOccurrence, fixtureOccurrence } from './registrations.fixtures.ts';

// The public pages: registering without an account (by mail or phone only), the holder's page, code and cancel
// link, the waitlist only by consent, and every bad input answered with a clear 4xx and nothing stored.

describe('registering for a date', () => {
  const t = fixture(() => testApp());
  let meppen: string;
  let osnabrueck: string;
  const url = (o: FixtureOccurrence, locale = 'de', m = 'meppen') =>
    `/${locale}/m/${m}/events/${o.eventId}/occurrences/${o.occurrenceId}/register`;
  const person = (i: number) => ({ name: `Gast ${i}`, email: `gast${i}@example.org`, partySize: '1', consent: 'yes' });
  const db = () => t().conn.db;
  const count = async (o: FixtureOccurrence) =>
    (
      await db()
        .selectFrom('community_registrations')
        .select('id')
        .where('occurrence_id', '=', o.occurrenceId)
        .execute()
    ).length;

  before(async () => {
    meppen = await insertMunicipality(t().conn, 'meppen');
    osnabrueck = await insertMunicipality(t().conn, 'osnabrueck');
  });

  it('registers a guest by mail: the holder page, the confirmation mail with the link, the places left', async () => {
    const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 7), places: 12 });
    const c = new Client(t().app);
    const form = await c.get(url(o));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Noch 12 Plätze frei/);
    const res = await c.post(url(o), { ...person(1), partySize: '3' });
    assert.equal(res.statusCode, 303);
    const holder = String(res.headers.location);
    assert.match(holder, /^\/de\/m\/meppen\/registrations\/[0-9A-Z]{12}$/);
    const page = await c.get(holder);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Sie sind angemeldet: 3 Plätze/);
    assert.match(page.body, /Anmeldung absagen/);
    const mail = await db()
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'gast1@example.org')
      .executeTakeFirstOrThrow();
    assert.match(mail.subject, /^Angemeldet: .*Internationaler Kochabend/);
    assert.ok(mail.body_text.includes(holder), 'the mail carries the link to the holder page');
    assert.match((await c.get(url(o))).body, /Noch 9 Plätze frei/);
  });

  it('registers a phone-only guest in Ukrainian: the code is on the page, and typed in it finds the registration', async () => {
    const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 8), places: 5 });
    const c = new Client(t().app);
    const res = await c.post(
      url(o, 'uk'),
      { name: 'Олена', phone: '0151 234 56 78', partySize: '2', consent: 'yes' },
      url(o, 'uk'),
    );
    assert.equal(res.statusCode, 303);
    const code = String(res.headers.location).split('/').pop()!;
    const page = await c.get(String(res.headers.location));
    assert.match(page.body, /Ви зареєстровані: 2 місця/);
    // The event has only its German title: that line is marked German on the Ukrainian page (WCAG 3.1.2).
    assert.match(page.body, /<p class="kern-body kern-body--large" lang="de">/);
    const shown = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
    assert.ok(page.body.includes(shown), 'the code is shown in groups of four');
    const row = await db()
      .selectFrom('community_registrations')
      .selectAll()
      .where('occurrence_id', '=', o.occurrenceId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.phone, row.email, row.locale], ['01512345678', null, 'uk']);
    assert.ok(!JSON.stringify(row).includes(code), 'the code itself is not stored');
    const typed = await c.get(`/uk/m/meppen/registrations?code=${encodeURIComponent(` ${shown.toLowerCase()} `)}`);
    assert.equal(typed.statusCode, 303);
    assert.equal(typed.headers.location, `/uk/m/meppen/registrations/${code}`);
    const wrong = await c.get('/uk/m/meppen/registrations?code=AAAA-BBBB-CCCC');
    assert.equal(wrong.statusCode, 422);
    assert.equal((await c.get('/de/m/meppen/registrations/ZZZZZZZZZZZZ')).statusCode, 404);
  });

  it('a full date: the person is told plainly, and joins the waitlist only by ticking that they want to', async () => {
    const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 9), places: 1 });
    const first = new Client(t().app);
    assert.equal((await first.post(url(o), person(10))).statusCode, 303);
    const c = new Client(t().app);
    const page = await c.get(url(o));
    assert.match(page.body, /Dieser Termin ist ausgebucht/);
    assert.match(page.body, /name="waitlist"/);
    const refused = await c.post(url(o), person(11));
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Kreuzen Sie an, wenn Sie auf die Warteliste möchten/);
    assert.match(refused.body, /value="Gast 11"/, 'what was typed is kept');
    assert.equal(await count(o), 1, 'nothing stored');
    const waiting = await c.post(url(o), { ...person(11), waitlist: 'yes' });
    assert.equal(waiting.statusCode, 303);
    assert.match((await c.get(String(waiting.headers.location))).body, /Warteliste, an Stelle 1/);

    // The confirmed person cancels through their link: the first waiting moves up and is left a notice to mail.
    const holder = String((await first.post(url(o), person(10))).headers.location ?? '');
    assert.equal(holder, '', 'the same address twice is refused on the form');
    const own = await db()
      .selectFrom('community_registrations')
      .select(['status', 'notice', 'email'])
      .where('occurrence_id', '=', o.occurrenceId)
      .orderBy('created_at')
      .execute();
    assert.deepEqual(
      own.map((r) => r.status),
      ['confirmed', 'waitlisted'],
    );
  });

  it('the holder cancels: the place goes to the first waiting, who is left a notice', async () => {
    const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 10), places: 1 });
    const a = new Client(t().app);
    const holder = String((await a.post(url(o), person(20))).headers.location);
    const b = new Client(t().app);
    await b.post(url(o), { ...person(21), waitlist: 'yes' }, url(o));
    const cancelled = await a.post(`${holder}/cancel`, {}, holder);
    assert.equal(cancelled.statusCode, 303);
    assert.match((await a.get(holder)).body, /Diese Anmeldung ist abgesagt/);
    const rows = await db()
      .selectFrom('community_registrations')
      .select(['email', 'status', 'notice'])
      .where('occurrence_id', '=', o.occurrenceId)
      .orderBy('email')
      .execute();
    assert.deepEqual(rows, [
      { email: 'gast20@example.org', status: 'cancelled', notice: null },
      { email: 'gast21@example.org', status: 'confirmed', notice: 'promoted' },
    ]);
    const again = await a.post(`${holder}/cancel`, {}, holder);
    assert.equal(again.statusCode, 303, 'a second cancel changes nothing and says so');
  });

  describe('bad input: a clear 4xx each, nothing stored', () => {
    it('a 10,000-character name', async () => {
      const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 3), places: 10 });
      const res = await new Client(t().app).post(url(o), { ...person(30), name: 'x'.repeat(10_000) }, url(o));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /höchstens 100 Zeichen|100/);
      assert.equal(await count(o), 0);
    });

    it('a date in the past', async () => {
      const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, -2), places: 10 });
      const c = new Client(t().app);
      assert.match((await c.get(url(o))).body, /schon begonnen oder ist vorbei/);
      const res = await c.post(url(o), person(31), '/de/login');
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /schon begonnen oder ist vorbei/);
      assert.equal(await count(o), 0);
    });

    it('a cancelled date', async () => {
      const o = await fixtureOccurrence(db(), meppen, {
        startsAt: daysFrom(t().clock.now, 4),
        places: 10,
        status: 'cancelled',
      });
      const res = await new Client(t().app).post(url(o), person(32), '/de/login');
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /Dieser Termin wurde abgesagt/);
      assert.equal(await count(o), 0);
    });

    it("another municipality's date under this municipality's URL", async () => {
      const o = await fixtureOccurrence(db(), osnabrueck, { startsAt: daysFrom(t().clock.now, 4), places: 10 });
      const c = new Client(t().app);
      assert.equal((await c.get(url(o))).statusCode, 404);
      const res = await c.post(url(o), person(33), '/de/login');
      assert.equal(res.statusCode, 404);
      assert.equal(await count(o), 0);
      assert.equal((await c.get(url(o, 'de', 'osnabrueck'))).statusCode, 200, 'under its own URL it exists');
    });

    it('no way to reach the person, no consent, a party larger than the date, a draft event', async () => {
      const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 4), places: 4 });
      const c = new Client(t().app);
      const none = await c.post(url(o), { name: 'Anonym', partySize: '1' }, url(o));
      assert.equal(none.statusCode, 422);
      assert.match(none.body, /E-Mail-Adresse oder eine Telefonnummer/);
      assert.match(none.body, /bestätigen Sie Ihr Einverständnis/);
      const big = await c.post(url(o), { ...person(34), partySize: '6' });
      assert.equal(big.statusCode, 422);
      const large = await c.post(url(o), { ...person(34), partySize: '5' });
      assert.equal(large.statusCode, 422);
      assert.match(large.body, /Es gibt höchstens 4/);
      assert.equal(await count(o), 0);
      const draft = await fixtureOccurrence(db(), meppen, {
        startsAt: daysFrom(t().clock.now, 4),
        places: 4,
        eventStatus: 'draft',
      });
      assert.equal((await c.get(url(draft))).statusCode, 404);
    });
  });

  it('a signed-in resident: the form is filled in, and "My registrations" lists the date', async () => {
    const o = await fixtureOccurrence(db(), meppen, {
      startsAt: daysFrom(t().clock.now, 12),
      places: 8,
      title: 'Sprachcafé',
    });
    const me = await signedInClient(t().app, db(), {
      email: 'resident@example.test',
      municipalityId: meppen,
      roles: ['resident'],
    });
    const form = await me.get(url(o));
    assert.match(form.body, /value="resident@example.test"/);
    assert.equal(
      (await me.post(url(o), { name: 'Access Matrix', email: 'resident@example.test', partySize: '1', consent: 'yes' }))
        .statusCode,
      303,
    );
    const mine = await me.get('/de/me/registrations');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /Sprachcafé/);
    assert.match(mine.body, /href="\/de\/m\/meppen\/registrations\/[0-9A-Z]{12}"/);
    assert.match((await me.get('/de/me')).body, /Meine Anmeldungen/);
    const other = await signedInClient(t().app, db(), {
      email: 'other@example.test',
      municipalityId: meppen,
      roles: MUNICIPAL_ROLES,
    });
    assert.doesNotMatch((await other.get('/de/me/registrations')).body, /Sprachcafé/);
  });

  it('every page of the part in all seven languages: no message key left untranslated, right-to-left where due', async () => {
    const o = await fixtureOccurrence(db(), meppen, { startsAt: daysFrom(t().clock.now, 14), places: 3 });
    const holder = String((await new Client(t().app).post(url(o), person(40), url(o))).headers.location);
    const code = holder.split('/').pop()!;
    for (const locale of ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr']) {
      const c = new Client(t().app);
      for (const page of [
        url(o, locale),
        `/${locale}/m/meppen/registrations/${code}`,
        `/${locale}/m/meppen/registrations`,
      ]) {
        const res = await c.get(page);
        assert.equal(res.statusCode, 200, page);
        assert.doesNotMatch(res.body, /community\.registrations\./, page);
        assert.match(
          res.body,
          new RegExp(`<html lang="${locale}" dir="${['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr'}"`),
        );
      }
    }
  });
});

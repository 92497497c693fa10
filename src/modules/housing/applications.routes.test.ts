import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedId } from '../../platform/modules/seed-context.ts';
import { seedDemo } from '../../seed/seed.ts';
import type { Client, TestApp } from '../../testing/app.ts';
import { testApp } from '../../testing/app.ts';
import { clientWithRole, flashAfter } from '../../testing/housing-apply.ts';
import { fixtureApplication, fixtureFlat, fixtureHousehold } from './applications.fixtures.ts';

// The application flow through its routes: a household applies, the landlord shortlists, offers a viewing, the
// household books a slot, the landlord offers, the household accepts; every refusal is a 4xx with a clear message.
// A landlord sees only applicants of its own provider's flats, and no name or contact before shortlisting.

describe('applications and viewings', () => {
  let t: TestApp;
  let m: string;
  let ownProvider: string;
  let otherProvider: string;
  let landlord: Client;
  let household: Client;
  let householdId: string;
  const base = '/de/m/meppen';

  before(async () => {
    t = await testApp();
    const ctx = await seedDemo(t.conn.db);
    m = seedId(ctx, 'municipality', 'meppen');
    ownProvider = seedId(ctx, 'provider', 'meppen/emsland-wohnbau');
    otherProvider = seedId(ctx, 'provider', 'meppen/caritas');
    landlord = (await clientWithRole(t.app, t.conn.db, { m, role: 'landlord', providerId: ownProvider })).client;
    const h = await clientWithRole(t.app, t.conn.db, { m, role: 'resident', name: 'Rana Nasser' });
    household = h.client;
    householdId = await fixtureHousehold(t.conn.db, m, {
      owner: h.userId,
      name: 'Rana Nasser',
      email: 'rana@example.org',
    });
    await t.conn.db
      .updateTable('housing_households')
      .set({ preferred_locale: 'ar' })
      .where('id', '=', householdId)
      .execute();
  });
  after(() => t.close());

  const statusOf = async (id: string) =>
    (await t.conn.db.selectFrom('housing_applications').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  test('the whole way: apply, shortlist, viewing, book, offer, accept', async () => {
    const flat = await fixtureFlat(t.conn.db, m, ownProvider, { street: 'Hasestraße 7' });
    const page = await household.get(`${base}/flats/${flat}/apply`);
    assert.equal(page.statusCode, 200);
    const applied = await household.post(`${base}/flats/${flat}/apply`, { message: 'Wir suchen seit einem Jahr.' });
    assert.equal(applied.statusCode, 303);
    const twice = await household.post(`${base}/flats/${flat}/apply`, {});
    assert.equal(twice.statusCode, 422, 'a second application to the same flat is refused on the form');
    assert.match(twice.body, /schon beworben/);
    const app = await t.conn.db
      .selectFrom('housing_applications')
      .select('id')
      .where('flat_id', '=', flat)
      .executeTakeFirstOrThrow();

    const applicants = `${base}/admin/housing/flats/${flat}/applicants`;
    let list = await landlord.get(applicants);
    assert.equal(list.statusCode, 200);
    assert.ok(
      !list.body.includes('Rana Nasser') && !list.body.includes('rana@example.org'),
      'no name before shortlisting',
    );
    assert.match(list.body, /Haushalt 1/);

    const admin = `${base}/admin/housing/applications/${app.id}`;
    assert.equal((await landlord.post(`${admin}/shortlist`, {})).statusCode, 303);
    assert.equal(await statusOf(app.id), 'shortlisted');
    list = await landlord.get(applicants);
    assert.ok(list.body.includes('Rana Nasser') && list.body.includes('rana@example.org'), 'contact once shortlisted');

    assert.equal((await landlord.post(`${admin}/viewing`, {})).statusCode, 409, 'no viewing without a free slot');
    const past = await landlord.post(`${base}/admin/housing/flats/${flat}/slots`, { startsAt: '2020-01-01T10:00' });
    assert.equal(past.statusCode, 422);
    assert.match(past.body, /in der Zukunft/);
    const soon = `${new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)}T16:30`;
    assert.equal(
      (await landlord.post(`${base}/admin/housing/flats/${flat}/slots`, { startsAt: soon })).statusCode,
      303,
    );
    assert.equal((await landlord.post(`${admin}/viewing`, {})).statusCode, 303);

    const slot = await t.conn.db
      .selectFrom('housing_viewing_slots')
      .select('id')
      .where('flat_id', '=', flat)
      .executeTakeFirstOrThrow();
    const booked = await household.post(`${base}/housing/applications/${app.id}/book`, { slotId: slot.id });
    assert.equal(booked.statusCode, 303);
    const row = await t.conn.db
      .selectFrom('housing_viewing_slots')
      .select('application_id')
      .where('id', '=', slot.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.application_id, app.id);

    const noReason = await landlord.post(`${admin}/offer`, {});
    assert.equal(noReason.statusCode, 422, 'an offer needs its reason');
    assert.equal((await landlord.post(`${admin}/offer`, { offerReason: 'Passende Größe.' })).statusCode, 303);
    assert.equal(await statusOf(app.id), 'offered');

    const accepted = await household.post(`${base}/housing/applications/${app.id}/accept`, {});
    assert.equal(accepted.statusCode, 303);
    assert.equal(await statusOf(app.id), 'accepted');
    const f = await t.conn.db
      .selectFrom('housing_flats')
      .select('status')
      .where('id', '=', flat)
      .executeTakeFirstOrThrow();
    assert.equal(f.status, 'reserved');

    // Mails went out in the household's language (Arabic), and its page lists what happened.
    const mails = await t.conn.db
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', 'rana@example.org')
      .execute();
    assert.ok(mails.length >= 4, `${mails.length} mails`);
    assert.ok(
      mails.every((x) => x.subject.startsWith('طلبكم')),
      'subjects in Arabic',
    );
    const mine = await household.get('/ar/m/meppen/housing/household');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /قبلتم الشقة/);
    // The German address keeps its own direction inside the Arabic line (isolated), so its brackets stay put.
    assert.match(mine.body, /\u2068[^\u2069<]+\u2069، \u2068Meppen\u2069 \(/);
  });

  test('a flat promised to another household: the clear message, nothing changed', async () => {
    const flat = await fixtureFlat(t.conn.db, m, ownProvider, { street: 'Marktplatz 2' });
    const other = await fixtureHousehold(t.conn.db, m, { name: 'Andere' });
    await fixtureApplication(t.conn.db, m, flat, other, 'accepted');
    await t.conn.db.updateTable('housing_flats').set({ status: 'reserved' }).where('id', '=', flat).execute();
    const second = await fixtureHousehold(t.conn.db, m, { name: 'Zweite' });
    const { client, userId } = await clientWithRole(t.app, t.conn.db, { m, role: 'resident' });
    await t.conn.db.updateTable('housing_households').set({ owner_user_id: userId }).where('id', '=', second).execute();
    const app = await fixtureApplication(t.conn.db, m, flat, second, 'offered');
    await client.get(`${base}/housing/household`);
    const res = await client.post(`${base}/housing/applications/${app}/accept`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(
      await flashAfter(client, res.headers.location),
      'Diese Wohnung wurde gerade einem anderen Haushalt zugesagt.',
    );
    assert.equal(await statusOf(app), 'offered');
  });

  test('decline, withdraw and reject move the application; a step from the wrong state is refused', async () => {
    const flats = await Promise.all(
      ['A', 'B', 'C'].map((s) => fixtureFlat(t.conn.db, m, ownProvider, { street: `Ringstraße ${s}` })),
    );
    const [offered, open, other] = await Promise.all([
      fixtureApplication(t.conn.db, m, flats[0]!, householdId, 'offered'),
      fixtureApplication(t.conn.db, m, flats[1]!, householdId, 'submitted'),
      fixtureApplication(t.conn.db, m, flats[2]!, await fixtureHousehold(t.conn.db, m), 'submitted'),
    ]);
    assert.equal((await household.post(`${base}/housing/applications/${offered}/decline`, {})).statusCode, 303);
    assert.equal(await statusOf(offered), 'declined');
    assert.equal((await household.post(`${base}/housing/applications/${open}/withdraw`, {})).statusCode, 303);
    assert.equal(await statusOf(open), 'withdrawn');
    assert.equal(
      (await household.post(`${base}/housing/applications/${other}/withdraw`, {})).statusCode,
      404,
      'not its own',
    );
    assert.equal((await landlord.post(`${base}/admin/housing/applications/${open}/shortlist`, {})).statusCode, 409);
    assert.equal((await landlord.post(`${base}/admin/housing/applications/${other}/reject`, {})).statusCode, 303);
    assert.equal(await statusOf(other), 'rejected');
  });

  test("a landlord sees only its own provider's flats and applicants", async () => {
    const foreign = await fixtureFlat(t.conn.db, m, otherProvider, { street: 'Fremde Gasse 9' });
    const app = await fixtureApplication(
      t.conn.db,
      m,
      foreign,
      await fixtureHousehold(t.conn.db, m, { name: 'Geheim' }),
    );
    const overview = await landlord.get(`${base}/admin/housing/applicants`);
    assert.equal(overview.statusCode, 200);
    assert.ok(overview.body.includes('Hasestraße 7'), 'its own flat is listed');
    assert.ok(!overview.body.includes('Fremde Gasse'), "another provider's flat is not");
    assert.equal((await landlord.get(`${base}/admin/housing/flats/${foreign}/applicants`)).statusCode, 404);
    assert.equal((await landlord.post(`${base}/admin/housing/applications/${app}/shortlist`, {})).statusCode, 404);
    assert.equal(
      (await landlord.post(`${base}/admin/housing/applications/${app}/offer`, { offerReason: 'x' })).statusCode,
      404,
    );
    const slot = await landlord.post(`${base}/admin/housing/flats/${foreign}/slots`, { startsAt: '2030-01-01T10:00' });
    assert.equal(slot.statusCode, 404);
    assert.equal(await statusOf(app), 'submitted');
    // The housing office sees every flat of its municipality.
    const office = (await clientWithRole(t.app, t.conn.db, { m, role: 'municipality_admin' })).client;
    assert.equal((await office.get(`${base}/admin/housing/flats/${foreign}/applicants`)).statusCode, 200);
  });

  test('a slot holds one booking: the second household is told it is taken', async () => {
    const flat = await fixtureFlat(t.conn.db, m, ownProvider, { street: 'Emsweg 4' });
    const starts = new Date(Date.now() + 4 * 86_400_000);
    const slot = await t.conn.db
      .insertInto('housing_viewing_slots')
      .values({ municipality_id: m, flat_id: flat, starts_at: starts })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = await fixtureApplication(t.conn.db, m, flat, await fixtureHousehold(t.conn.db, m), 'viewing');
    await t.conn.db
      .updateTable('housing_viewing_slots')
      .set({ application_id: first })
      .where('id', '=', slot.id)
      .execute();
    const mine = await fixtureApplication(t.conn.db, m, flat, householdId, 'viewing');
    const res = await household.post(`${base}/housing/applications/${mine}/book`, { slotId: slot.id });
    assert.equal(res.statusCode, 303);
    assert.match(await flashAfter(household, res.headers.location), /gerade vergeben/);
    const row = await t.conn.db
      .selectFrom('housing_viewing_slots')
      .select('application_id')
      .where('id', '=', slot.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.application_id, first);

    // The household is offered the free slots still to come; a past one and a taken one are not offered.
    const slotAt = async (days: number) =>
      (
        await t.conn.db
          .insertInto('housing_viewing_slots')
          .values({ municipality_id: m, flat_id: flat, starts_at: new Date(Date.now() + days * 86_400_000) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const [pastSlot, nextSlot] = [await slotAt(-2), await slotAt(6)];
    const page = await household.get(`${base}/housing/household`);
    assert.ok(page.body.includes(`value="${nextSlot}"`), 'a future free slot is offered');
    assert.ok(!page.body.includes(`value="${pastSlot}"`) && !page.body.includes(`value="${slot.id}"`));
  });
});

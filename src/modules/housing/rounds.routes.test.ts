import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { demoEmail } from '../../seed/demo-accounts.ts';
import { signedInClient } from '../../testing/access-matrix.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';

// The round's pages over the demo: the seeded draft round in Meppen is previewed, run, compared, explained and
// confirmed by the housing office, and the resident's household reads its offer with the reason in Arabic.

describe('matching rounds: pages over the demo', () => {
  let t: TestApp;
  let admin: Client;
  let roundUrl: string;
  let ahmad: string;
  before(async () => {
    t = await testApp({}, [], { demo: true });
    const m = await t.conn.db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    admin = await signedInClient(t.app, t.conn.db, {
      email: 'amt@meppen.test',
      municipalityId: m.id,
      roles: ['municipality_admin'],
    });
    const round = await t.conn.db
      .selectFrom('housing_rounds')
      .select(['id', 'status'])
      .where('title', 'like', 'Vergaberunde %')
      .where('municipality_id', '=', m.id)
      .executeTakeFirstOrThrow();
    assert.equal(round.status, 'draft', 'the demo has a round ready to run');
    roundUrl = `/de/m/meppen/admin/housing/rounds/${round.id}`;
    const owner = await t.conn.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demoEmail('bewohner.meppen'))
      .executeTakeFirstOrThrow();
    const household = await t.conn.db
      .selectFrom('housing_households')
      .select('id')
      .where('owner_user_id', '=', owner.id)
      .executeTakeFirstOrThrow();
    ahmad = household.id;
  });
  after(() => t.close());

  test('the office lists the draft round; the round page previews and runs it, policies side by side', async () => {
    const office = await admin.get('/de/m/meppen/admin/housing');
    assert.match(office.body, /Vergaberunde/);
    assert.match(office.body, /Entwurf/);
    const preview = await admin.post(`${roundUrl}/preview`, {}, roundUrl);
    assert.equal(preview.statusCode, 303);
    const previewed = await admin.get(roundUrl);
    assert.match(previewed.body, /Mögliche Paare aus Haushalt und Wohnung/);
    const run = await admin.post(`${roundUrl}/run`, { policy: 'optimal' });
    assert.equal(run.statusCode, 303);
    const page = await admin.get(roundUrl);
    assert.match(page.body, /Vorschläge liegen vor/);
    for (const policy of ['Dringlichkeit zuerst', 'Beste Gesamtpassung', 'Strenge Rangfolge'])
      assert.match(page.body, new RegExp(policy));
    assert.match(page.body, /Paare mit berechtigtem Neid/);
    assert.match(page.body, new RegExp(`proposals/${ahmad}`), "the resident's household has a proposal");
  });

  test("My Zuhause shows the office's tiles to the administrator, with what waits", async () => {
    const me = await admin.get('/de/me');
    assert.match(me.body, /href="\/de\/m\/meppen\/admin\/housing"/);
    assert.match(me.body, /Wohnungsamt/);
    assert.match(me.body, /Vergaberunden/);
  });

  test('a bad policy is a 422 on the round page, in the reader language', async () => {
    const res = await admin.post(`${roundUrl}/run`, { policy: 'lottery' });
    assert.equal(res.statusCode, 422);
  });

  test("a proposal's explanation is shown in the staff member's language; confirming makes it an offer", async () => {
    const explained = await admin.get(`${roundUrl}/proposals/${ahmad}`);
    assert.equal(explained.statusCode, 200);
    assert.match(explained.body, /Dringlichkeit: \d+ Punkte/);
    const en = await admin.get(`${roundUrl.replace('/de/', '/en/')}/proposals/${ahmad}`);
    assert.match(en.body, /Urgency: \d+ points/);
    const confirmed = await admin.post(`${roundUrl}/confirm`, { household: ahmad });
    assert.equal(confirmed.statusCode, 303);
    const offer = await t.conn.db
      .selectFrom('housing_applications')
      .selectAll()
      .where('household_id', '=', ahmad)
      // The demo household has applied to other flats too; the offer is the one this round made.
      .where('round_id', 'is not', null)
      .executeTakeFirstOrThrow();
    assert.equal(offer.status, 'offered');
    assert.ok(offer.round_id);
    assert.match(offer.offer_reason ?? '', /[\u0600-\u06FF]/, "the stored reason is in the household's Arabic");
    const page = await admin.get(roundUrl);
    assert.match(page.body, /bestätigt und angeboten/);
  });

  test('the household reads its offer and the reason in Arabic', async () => {
    const owner = await t.conn.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demoEmail('bewohner.meppen'))
      .executeTakeFirstOrThrow();
    const household = new Client(t.app);
    const token = await createSession(t.conn.db, owner.id);
    await markSecondFactor(t.conn.db, token);
    household.cookies = `zh_sid=${token}`;
    const res = await household.get('/ar/m/meppen/housing/round');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /dir="rtl"/);
    assert.match(res.body, /يعرض عليك مكتب الإسكان شقة/);
    assert.match(res.body, /درجة الإلحاح/);
    const m = await t.conn.db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    const resident = await signedInClient(t.app, t.conn.db, {
      email: 'x@example.test',
      municipalityId: m.id,
      roles: ['resident'],
    });
    assert.match((await resident.get('/de/m/meppen/housing/round')).body, /noch kein Haushaltsprofil/);
    assert.equal(
      (await resident.get('/de/m/osnabrueck/housing/round')).statusCode,
      403,
      'only in their own municipality',
    );
  });

  test('a new round needs households and flats; bad input is a 422 with the input kept', async () => {
    const res = await admin.post(
      '/de/m/meppen/admin/housing/rounds',
      {
        title: 'Sonderrunde Januar',
        policy: 'optimal',
        householdScope: 'chosen',
        flatScope: 'all',
      },
      '/de/m/meppen/admin/housing/rounds/new',
    );
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /value="Sonderrunde Januar"/);
    assert.match(res.body, /Wählen Sie mindestens einen wartenden Haushalt/);
    const ok = await admin.post('/de/m/meppen/admin/housing/rounds', {
      title: 'Sonderrunde Januar',
      policy: 'priority',
      householdScope: 'all',
      flatScope: 'all',
    });
    assert.equal(ok.statusCode, 303);
    assert.match(String(ok.headers.location), /\/de\/m\/meppen\/admin\/housing\/rounds\/[0-9a-f-]{36}$/);
  });

  test('an unknown round or proposal is a 404, never an error page', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    assert.equal((await admin.get(`/de/m/meppen/admin/housing/rounds/${none}`)).statusCode, 404);
    assert.equal((await admin.get(`${roundUrl}/proposals/${none}`)).statusCode, 404);
    assert.equal((await admin.post(`/de/m/meppen/admin/housing/rounds/${none}/preview`, {})).statusCode, 404);
  });
});

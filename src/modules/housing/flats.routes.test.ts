import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { demoSession, flatFormData, grantedSession, idsOf } from './flats.fixtures.ts';

const BASE = '/de/m/meppen/admin/housing/flats';

describe('flats: landlords list, edit and move their flats', () => {
  let t: TestApp;
  let landlord: Client;
  let otherLandlord: Client;
  let admin: Client;
  let osnabrueck: Client;
  const client = (token: string) => {
    const c = new Client(t.app);
    c.cookies = `zh_sid=${token}`;
    return c;
  };
  const flat = (id: string) =>
    t.conn.db.selectFrom('housing_flats').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const idFrom = (location: unknown) => /flats\/([0-9a-f-]{36})\/edit/.exec(String(location))?.[1] ?? '';
  const audits = async (id: string) =>
    (await t.conn.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute()).length;

  before(async () => {
    t = await testApp({}, [], { demo: true });
    const db = t.conn.db;
    const meppen = await idsOf(db, 'meppen', 'Caritas');
    landlord = client(await demoSession(db, 'vermietung.meppen'));
    osnabrueck = client(await demoSession(db, 'vermietung.osnabrueck'));
    admin = client(await demoSession(db, 'admin.meppen'));
    const other = { role: 'landlord' as const, municipalityId: meppen.municipalityId, providerId: meppen.providerId };
    otherLandlord = client((await grantedSession(db, 'caritas-landlord@example.test', other)).token);
  });
  after(() => t.close());

  let created = '';

  test('a landlord lists a flat: a draft of their own provider, with its German text, audited', async () => {
    const res = await landlord.post(BASE, flatFormData(), `${BASE}/new`);
    assert.equal(res.statusCode, 303, res.body);
    created = idFrom(res.headers.location);
    const row = await flat(created);
    const own = await idsOf(t.conn.db, 'meppen', 'Emsland Wohnbau');
    assert.equal(row.provider_id, own.providerId);
    assert.equal(row.status, 'draft');
    assert.equal(row.cold_rent_cents, 40000);
    assert.equal(row.deposit_cents, 120000);
    assert.equal(await audits(created), 1);
    const page = await landlord.get(`${BASE}/${created}/edit`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="Ruhige 2-Zimmer-Wohnung"/);
    assert.match(page.body, /Die Wohnung wurde als Entwurf angelegt\./);
  });

  test('a deposit above three months’ cold rent is refused naming the deposit (§ 551 BGB), input kept', async () => {
    const res = await landlord.post(BASE, flatFormData({ deposit: '1200,01' }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-deposit"/);
    assert.match(res.body, /höchstens drei Monatskaltmieten/);
    assert.match(res.body, /value="1200,01"/);
  });

  test('a ticked energy certificate without its figures is refused naming each missing field (§ 87 GEG)', async () => {
    const form = flatFormData({
      hasCertificate: 'on',
      energyCertificate: 'demand',
      energyKwh: '80',
      buildingYear: '1990',
    });
    const res = await landlord.post(BASE, form);
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-energyClass"/);
    assert.match(res.body, /href="#f-heatingSource"/);
    assert.doesNotMatch(res.body, /href="#f-energyKwh"/);
    const ok = await landlord.post(BASE, { ...form, energyClass: 'C', heatingSource: 'Erdgas' });
    assert.equal(ok.statusCode, 303);
    const row = await flat(idFrom(ok.headers.location));
    assert.equal(row.energy_class, 'C');
    assert.equal(row.building_year, 1990);
  });

  test('the landlord edits the flat; the change is audited', async () => {
    const res = await landlord.post(`${BASE}/${created}`, flatFormData({ coldRent: '420,50', rooms: '2,5' }));
    assert.equal(res.statusCode, 303);
    const row = await flat(created);
    assert.equal(row.cold_rent_cents, 42050);
    assert.equal(Number(row.rooms), 2.5);
    assert.equal(await audits(created), 2);
  });

  test('status moves along the allowed transitions only', async () => {
    const move = (status: string) => landlord.post(`${BASE}/${created}/status`, { status });
    assert.equal((await move('let')).statusCode, 422, 'a draft cannot be let');
    assert.equal((await flat(created)).status, 'draft');
    assert.equal((await move('published')).statusCode, 303);
    assert.equal((await move('draft')).statusCode, 422, 'a published flat does not go back to draft');
    assert.equal((await move('reserved')).statusCode, 303);
    assert.equal((await move('let')).statusCode, 303);
    assert.equal((await flat(created)).status, 'let');
    const refused = await move('published');
    assert.match(refused.body, /Aus dem jetzigen Stand ist dieser Wechsel nicht möglich\./);
  });

  test('a landlord of another provider can neither see, open nor change the flat', async () => {
    const list = await otherLandlord.get(BASE);
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, new RegExp(created));
    assert.doesNotMatch(list.body, /Am Neuen Markt/);
    assert.equal((await otherLandlord.get(`${BASE}/${created}/edit`)).statusCode, 404);
    await otherLandlord.get(`${BASE}/new`);
    const post = await otherLandlord.post(`${BASE}/${created}`, flatFormData({ coldRent: '1' }));
    assert.equal(post.statusCode, 404);
    assert.equal((await otherLandlord.post(`${BASE}/${created}/status`, { status: 'withdrawn' })).statusCode, 404);
    assert.equal((await flat(created)).cold_rent_cents, 42050);
    // Nor can it list a flat for the other provider by naming it.
    const own = await idsOf(t.conn.db, 'meppen', 'Emsland Wohnbau');
    const forged = await otherLandlord.post(BASE, flatFormData({ providerId: own.providerId! }));
    assert.equal(forged.statusCode, 422);
  });

  test("another municipality's landlord is refused on Meppen's pages; Meppen's administrator sees all", async () => {
    assert.equal((await osnabrueck.get(BASE)).statusCode, 403);
    assert.equal((await osnabrueck.get(`${BASE}/${created}/edit`)).statusCode, 403);
    const all = await admin.get(BASE);
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /Helle 2-Zimmer-Wohnung am Neuen Markt/);
    assert.match(all.body, /Ruhige 2-Zimmer-Wohnung/);
    const drafts = await admin.get(`${BASE}?status=draft`);
    assert.doesNotMatch(drafts.body, /Helle 2-Zimmer-Wohnung am Neuen Markt/);
    assert.equal((await admin.get(`${BASE}?status=nonsense`)).statusCode, 422);
  });

  test('a translation records the source hash and is marked outdated when the source changes', async () => {
    const saved = await landlord.post(`${BASE}/${created}/texts/en`, {
      title: 'Quiet 2-room flat',
      description: 'Two rooms.',
    });
    assert.equal(saved.statusCode, 303);
    let page = await landlord.get(`${BASE}/${created}/edit`);
    assert.match(page.body, /Englisch<\/a>: aktuell/);
    assert.match(page.body, /Arabisch<\/a>: fehlt/);
    await landlord.post(`${BASE}/${created}`, flatFormData({ title: 'Ruhige Wohnung am Schullendamm' }));
    page = await landlord.get(`${BASE}/${created}/edit`);
    assert.match(page.body, /Englisch<\/a>: veraltet/);
    assert.equal((await landlord.post(`${BASE}/${created}/texts/de`, { title: 'x' })).statusCode, 422);
  });
  test('"My Zuhause" shows the landlord their drafts and new applications to their flats', async () => {
    const db = t.conn.db;
    const own = await idsOf(db, 'meppen', 'Emsland Wohnbau');
    const count = async () => {
      const me = await landlord.get('/de/me');
      const tile =
        /href="\/de\/m\/meppen\/admin\/housing\/flats">Wohnungsangebote<\/a>(?:<span class="z-tile__count">(\d+) warte)?/.exec(
          me.body,
        );
      assert.ok(tile, 'the tile is there');
      return Number(tile[1] ?? 0);
    };
    // Drafts of the provider, and submitted applications to its flats (the households step seeds some).
    const waiting = async () => {
      const drafts = await db
        .selectFrom('housing_flats')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('provider_id', '=', own.providerId!)
        .where('status', '=', 'draft')
        .executeTakeFirstOrThrow();
      const submitted = await db
        .selectFrom('housing_applications as a')
        .innerJoin('housing_flats as f', (j) => j.onRef('f.id', '=', 'a.flat_id'))
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('f.provider_id', '=', own.providerId!)
        .where('a.status', '=', 'submitted')
        .executeTakeFirstOrThrow();
      return Number(drafts.n) + Number(submitted.n);
    };
    const before = await waiting();
    assert.ok(before >= 1, 'the seeded draft at least');
    assert.equal(await count(), before);
    const published = await db
      .selectFrom('housing_flats')
      .select('id')
      .where('street', '=', 'Am Neuen Markt 7')
      .executeTakeFirstOrThrow();
    const h = await db
      .insertInto('housing_households')
      .values({ municipality_id: own.municipalityId, consent_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('housing_applications')
      .values({ municipality_id: own.municipalityId, flat_id: published.id, household_id: h.id })
      .execute();
    assert.equal(await count(), before + 1);
    const other = await otherLandlord.get('/de/me');
    assert.doesNotMatch(other.body, /housing\/flats">Wohnungsangebote<\/a><span class="z-tile__count">/);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import {
  type Fixture,
  mailTo,
  municipalityBySlug,
  meppenDirectory,
  sessionFor,
  twoMunicipalities,
} from './directory.fixtures.ts';

describe('state municipality register and the directory API', () => {
  let t: TestApp;
  let f: Fixture;
  let state: Client;
  const count = async () => (await t.conn.db.selectFrom('municipalities').select('id').execute()).length;

  before(async () => {
    t = await testApp();
    f = await twoMunicipalities(t.conn.db);
    state = new Client(t.app);
    state.cookies = `zh_sid=${(await sessionFor(t.conn.db, 'land@state.test', [{ role: 'state_admin', municipalityId: null }])).token}`;
    await meppenDirectory(t.conn.db, f.meppen, { approx_residents: 9000 }, { name: 'Caritas', email: 'c@meppen.test' });
  });
  after(() => t.close());

  test('a state administrator lists and creates municipalities', async () => {
    const list = await state.get('/de/state/municipalities');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /03454035/);
    const res = await state.post('/de/state/municipalities', {
      name: 'Asendorf',
      district: 'Landkreis Diepholz',
      ags: '03251002',
      slug: 'asendorf',
    });
    assert.equal(res.statusCode, 303);
    const row = await municipalityBySlug(t.conn.db, 'asendorf');
    assert.equal(row.ags, '03251002');
    assert.equal((await state.get('/de/m/asendorf')).statusCode, 200, 'the new tenant has its start page at once');
  });

  test('the state invites the first administrator of a new municipality', async () => {
    const asendorf = await municipalityBySlug(t.conn.db, 'asendorf');
    const page = await state.get('/de/state/municipalities/asendorf/invite');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Kommunale Verwaltung für Asendorf einladen/);
    const invite = (displayName: string, email: string) =>
      state.post('/de/state/municipalities/asendorf/invite', { displayName, email, locale: 'de' });
    assert.equal((await invite('Heike', 'x')).statusCode, 422);
    assert.equal((await invite('Heike Meyer', 'heike@asendorf.test')).statusCode, 303);
    // Granted when Heike uses the link; until then the invitation holds the role and the municipality.
    const invitations = await t.conn.db
      .selectFrom('invitations')
      .select(['role', 'municipality_id'])
      .where('email', '=', 'heike@asendorf.test')
      .execute();
    assert.deepEqual(invitations, [{ role: 'municipality_admin', municipality_id: asendorf.id }]);
    const mail = await mailTo(t.conn.db, 'heike@asendorf.test');
    assert.equal(mail.length, 1);
    assert.equal((await state.get('/de/state/municipalities/atlantis/invite')).statusCode, 404);
  });

  test('bad AGS, duplicate slug or AGS are 422 on the field, never 500', async () => {
    const before = await count();
    const cases: [Record<string, string>, RegExp][] = [
      [{ name: 'X', district: 'Y', ags: '1234', slug: 'x-town' }, /Der AGS besteht aus 8 Ziffern/],
      [{ name: 'X', district: 'Y', ags: '09162000', slug: 'x-town' }, /beginnt in Niedersachsen mit 03/],
      [{ name: 'Meppen 2', district: 'Y', ags: '03459999', slug: 'meppen' }, /Dieser Kurzname ist schon vergeben/],
      [
        { name: 'Osnabrück 2', district: 'Y', ags: '03404000', slug: 'os2' },
        /Eine Kommune mit diesem AGS gibt es schon/,
      ],
      [{ name: '', district: '', ags: '', slug: '' }, /Bitte füllen Sie dieses Feld aus|Bitte/],
    ];
    for (const [form, message] of cases) {
      const res = await state.post('/de/state/municipalities', form);
      assert.equal(res.statusCode, 422, JSON.stringify(form));
      assert.match(res.body, message);
      if (form.name) assert.match(res.body, new RegExp(`value="${form.name}"`));
    }
    assert.equal(await count(), before);
  });

  test('municipality staff may not use the state register', async () => {
    const admin = new Client(t.app);
    admin.cookies = `zh_sid=${(await sessionFor(t.conn.db, 'a@meppen.test', [{ role: 'municipality_admin', municipalityId: f.meppen }])).token}`;
    assert.equal((await admin.get('/de/state/municipalities')).statusCode, 403);
    assert.equal((await admin.get('/de/state/municipalities/meppen/invite')).statusCode, 403);
    await admin.get('/de/m/meppen/admin/quartiere');
    const before = await count();
    const res = await admin.post('/de/state/municipalities', { name: 'X', district: 'Y', ags: '03459998', slug: 'xx' });
    assert.equal(res.statusCode, 403);
    assert.equal(await count(), before);
  });

  test('GET /api/v1/municipalities lists every municipality', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/municipalities' });
    assert.equal(res.statusCode, 200);
    const body = res.json() as { items: { slug: string; ags: string; name: string; district: string }[] };
    assert.ok(
      body.items.some((m) => m.slug === 'meppen' && m.ags === '03454035' && m.district === 'Landkreis Emsland'),
    );
    assert.deepEqual(Object.keys(body.items[0]!).sort(), ['ags', 'district', 'name', 'slug']);
  });

  test('GET /api/v1/municipalities/:municipality has Quartiere and providers; the boundary is GeoJSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/meppen' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.name, 'Meppen');
    assert.deepEqual(body.quartiere, [
      {
        slug: 'esterfeld',
        name: 'Esterfeld',
        areaDescription: '',
        approxResidents: 9000,
        sourceLocale: 'de',
        translations: [],
        boundaryUrl: '/api/v1/municipalities/meppen/quartiere/esterfeld/boundary',
      },
    ]);
    assert.deepEqual(body.providers, [
      { name: 'Caritas', kind: 'charity', email: 'c@meppen.test', phone: null, website: null },
    ]);
    const osn = (await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/osnabrueck' })).json();
    assert.deepEqual(osn.quartiere, [], 'Meppen’s Quartier is not Osnabrück’s');
    const geo = await t.app.inject({ method: 'GET', url: body.quartiere[0].boundaryUrl });
    assert.equal(geo.statusCode, 200);
    assert.match(String(geo.headers['content-type']), /^application\/geo\+json/);
    const feature = geo.json();
    assert.equal(feature.type, 'Feature');
    assert.equal(feature.geometry.type, 'Polygon');
    assert.equal(feature.properties.slug, 'esterfeld');
  });

  test('an unknown municipality is a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/atlantis' });
    assert.equal(res.statusCode, 404);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/osnabrueck/quartiere/x/boundary' });
    assert.equal(none.statusCode, 404);
  });

  test('the endpoints are in the OpenAPI document under the directory tag', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/v1/municipalities',
      '/api/v1/municipalities/{municipality}',
      '/api/v1/municipalities/{municipality}/quartiere/{quartier}/boundary',
    ]) {
      assert.ok(paths.includes(p), `${p} missing from ${paths.join(', ')}`);
      assert.deepEqual(doc.paths[p].get.tags, ['directory']);
    }
    const detail = doc.paths['/api/v1/municipalities/{municipality}'].get;
    assert.ok(detail.responses['200'], 'the response schema is documented');
  });
});

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { fixture } from '../../testing/fixture.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { type Fixture, polygon, providerWhere, sessionFor, twoMunicipalities } from './directory.fixtures.ts';

const POLYGON = JSON.stringify({
  type: 'Feature',
  properties: {},
  geometry: polygon(7.3, 52.69, 7.34, 52.69, 7.34, 52.71, 7.3, 52.69),
});

describe('staff pages: Quartiere and providers', () => {
  const t = fixture(() => testApp());
  let f: Fixture;
  let admin: Client;
  let qm: Client;
  before(async () => {
    f = await twoMunicipalities(t().conn.db);
    admin = new Client(t().app);
    admin.cookies = `zh_sid=${(await sessionFor(t().conn.db, 'admin@meppen.test', [{ role: 'municipality_admin', municipalityId: f.meppen }])).token}`;
    qm = new Client(t().app);
    qm.cookies = `zh_sid=${(await sessionFor(t().conn.db, 'qm@meppen.test', [{ role: 'quartier_manager', municipalityId: f.meppen }])).token}`;
  });

  const quartier = (db: TestApp['conn']['db'], slug: string) =>
    db
      .selectFrom('quartiere')
      .selectAll()
      .where('municipality_id', '=', f.meppen)
      .where('slug', '=', slug)
      .executeTakeFirst();

  test('an administrator creates a Quartier with a pasted boundary, sees it listed, and edits it', async () => {
    const created = await admin.post(
      '/de/m/meppen/admin/quartiere',
      {
        name: 'Esterfeld',
        slug: 'esterfeld',
        areaDescription: 'Wohngebiet.',
        approxResidents: '9000',
        boundary: POLYGON,
      },
      '/de/m/meppen/admin/quartiere/new',
    );
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, '/de/m/meppen/admin/quartiere');
    const row = await quartier(t().conn.db, 'esterfeld');
    assert.equal(row?.approx_residents, 9000);
    assert.equal(row?.boundary?.type, 'Polygon', 'the Feature was unwrapped to its geometry');
    const list = await admin.get('/de/m/meppen/admin/quartiere');
    assert.match(list.body, /Das Quartier wurde angelegt\./);
    assert.match(list.body, new RegExp(`href="/de/m/meppen/admin/quartiere/${row!.id}/edit"`));
    assert.match(list.body, /9\.000/);

    const form = await admin.get(`/de/m/meppen/admin/quartiere/${row!.id}/edit`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="esterfeld"/);
    const saved = await admin.post(`/de/m/meppen/admin/quartiere/${row!.id}`, {
      name: 'Esterfeld-Nord',
      slug: 'esterfeld',
      areaDescription: '',
      approxResidents: '',
      boundary: '',
    });
    assert.equal(saved.statusCode, 303);
    const after = await quartier(t().conn.db, 'esterfeld');
    assert.equal(after?.name, 'Esterfeld-Nord');
    assert.equal(after?.boundary, null, 'an emptied boundary is removed');
    assert.equal(after?.approx_residents, null);
  });

  test('bad input is a 422 with localised messages and the input kept', async () => {
    const bad = await admin.post('/en/m/meppen/admin/quartiere', {
      name: '',
      slug: 'Not A Slug',
      approxResidents: 'many',
      boundary: '{"type":"Point","coordinates":[7.3,52.7]}',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Please fill in this field\./);
    assert.match(bad.body, /Please use only lower-case letters/);
    assert.match(bad.body, /A GeoJSON Polygon or MultiPolygon is expected\./);
    assert.match(bad.body, /value="Not A Slug"/);
    assert.match(bad.body, /value="many"/);
    assert.match(bad.body, /&quot;Point&quot;/, 'the pasted boundary is shown again');

    const open = JSON.stringify(polygon(7.3, 52.6, 7.4, 52.6, 7.4, 52.7, 7.3, 52.7));
    const notClosed = await admin.post('/de/m/meppen/admin/quartiere', { name: 'X', slug: 'x-1', boundary: open });
    assert.equal(notClosed.statusCode, 422);
    assert.match(notClosed.body, /Eine Fläche ist nicht geschlossen/);
    const outOfRange = JSON.stringify(polygon(7.3, 95, 7.4, 52, 7.4, 53, 7.3, 95));
    const range = await admin.post('/de/m/meppen/admin/quartiere', { name: 'X', slug: 'x-2', boundary: outOfRange });
    assert.equal(range.statusCode, 422);
    assert.match(range.body, /Die Koordinaten sind ungültig/);
    const notJson = await admin.post('/de/m/meppen/admin/quartiere', { name: 'X', slug: 'x-3', boundary: '{oops' });
    assert.equal(notJson.statusCode, 422);
    assert.match(notJson.body, /Das ist kein gültiges JSON\./);
    assert.equal(await quartier(t().conn.db, 'x-1'), undefined);
  });

  test('a slug taken in the same municipality is a 422 on the field; in another municipality it is free', async () => {
    await t()
      .conn.db.insertInto('quartiere')
      .values({ municipality_id: f.osnabrueck, slug: 'schinkel', name: 'Schinkel' })
      .execute();
    const free = await admin.post('/de/m/meppen/admin/quartiere', { name: 'Schinkel (Meppen)', slug: 'schinkel' });
    assert.equal(free.statusCode, 303, 'slugs are unique per municipality only');
    const dup = await admin.post('/de/m/meppen/admin/quartiere', { name: 'Zweites', slug: 'schinkel' });
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /Dieser Kurzname ist schon vergeben\./);
    assert.match(dup.body, /value="Zweites"/);
    const other = await quartier(t().conn.db, 'esterfeld');
    const rename = await admin.post(`/de/m/meppen/admin/quartiere/${other!.id}`, { name: 'E', slug: 'schinkel' });
    assert.equal(rename.statusCode, 422, 'renaming onto a taken slug is refused as well');
  });

  test('an administrator creates and edits a provider; bad contact data is a 422', async () => {
    const bad = await admin.post(
      '/de/m/meppen/admin/providers',
      { name: 'Caritas', kind: 'bank', email: 'nope', website: 'ftp://x', phone: 'call me' },
      '/de/m/meppen/admin/providers/new',
    );
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Bitte eine gültige E-Mail-Adresse|valid e-mail|E-Mail/);
    assert.match(bad.body, /Bitte eine vollständige Webadresse/);
    assert.match(bad.body, /Bitte eine Telefonnummer/);
    const ok = await admin.post('/de/m/meppen/admin/providers', {
      name: 'Caritas – Migrationsberatung',
      kind: 'charity',
      email: 'caritas@meppen.test',
      phone: '05931 12345',
      website: 'https://caritas.example',
    });
    assert.equal(ok.statusCode, 303);
    const row = await providerWhere(t().conn.db, 'municipality_id', f.meppen);
    assert.equal(row.kind, 'charity');
    const edit = await admin.post(`/de/m/meppen/admin/providers/${row.id}`, {
      name: 'Caritas Emsland',
      kind: 'charity',
    });
    assert.equal(edit.statusCode, 303);
    const after = await providerWhere(t().conn.db, 'id', row.id);
    assert.equal(after.name, 'Caritas Emsland');
    assert.equal(after.email, null);
    const list = await admin.get('/de/m/meppen/admin/providers');
    assert.match(list.body, /Caritas Emsland/);
  });

  test('a Quartier manager reads the lists but cannot create or edit', async () => {
    const list = await qm.get('/de/m/meppen/admin/quartiere');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Esterfeld-Nord/);
    assert.doesNotMatch(list.body, /admin\/quartiere\/new/);
    assert.doesNotMatch(list.body, /\/edit"/);
    assert.equal((await qm.get('/de/m/meppen/admin/providers')).statusCode, 200);
    assert.equal((await qm.get('/de/m/meppen/admin/quartiere/new')).statusCode, 403);
    await qm.get('/de/m/meppen/admin/quartiere');
    const post = await qm.post('/de/m/meppen/admin/quartiere', { name: 'Sneaky', slug: 'sneaky' });
    assert.equal(post.statusCode, 403);
    assert.equal(await quartier(t().conn.db, 'sneaky'), undefined);
  });

  test('anonymous visitors are sent to sign in', async () => {
    const res = await new Client(t().app).get('/de/m/meppen/admin/quartiere');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/de\/login\?next=/);
  });
});

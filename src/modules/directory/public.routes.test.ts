import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { fixture } from '../../testing/fixture.ts';
import { Client, testApp } from '../../testing/app.ts';
import { type Fixture, meppenDirectory, sessionFor, twoMunicipalities } from './directory.fixtures.ts';

describe('public municipality pages', () => {
  const t = fixture(() => testApp());
  let f: Fixture;
  before(async () => {
    f = await twoMunicipalities(t().conn.db);
    await meppenDirectory(
      t().conn.db,
      f.meppen,
      {
        area_description: 'Wohngebiet im Süden der Stadt. Viele Familien.\n\nZweiter Absatz.',
        approx_residents: 12500,
      },
      { name: 'Caritas Emsland', email: 'info@caritas.example' },
    );
    await t()
      .conn.db.insertInto('quartiere')
      .values({ municipality_id: f.osnabrueck, slug: 'schinkel', name: 'Schinkel', approx_residents: 13000 })
      .execute();
  });

  test('the start page shows name, district, Quartiere with residents by locale, providers and staff sign-in', async () => {
    const c = new Client(t().app);
    const de = await c.get('/de/m/meppen');
    assert.equal(de.statusCode, 200);
    assert.match(de.body, /<h1[^>]*><bdi lang="de">Meppen<\/bdi><\/h1>/, 'German names are isolated and marked');
    assert.match(de.body, /Landkreis Emsland/);
    assert.match(de.body, /href="\/de\/m\/meppen\/q\/esterfeld"/);
    assert.match(de.body, /rund 12\.500 Einwohner:innen/);
    assert.match(de.body, /Wohngebiet im Süden der Stadt\./);
    assert.doesNotMatch(de.body, /Viele Familien/, 'the list shows only the first sentence');
    assert.match(de.body, /Caritas Emsland/);
    assert.match(de.body, /mailto:info@caritas\.example/);
    assert.match(de.body, /href="\/de\/login">/, 'staff sign in and land on My Zuhause, which fits every role');
    assert.doesNotMatch(de.body, /Schinkel/, 'another municipality’s Quartier never shows');
    assert.doesNotMatch(de.body, /<script/);
    const en = await c.get('/en/m/meppen');
    assert.match(en.body, /about 12,500 residents/);
  });

  test('the Quartier page shows the description and the boundary link; unknown ones are 404', async () => {
    const c = new Client(t().app);
    const res = await c.get('/de/m/meppen/q/esterfeld');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*><bdi lang="de">Esterfeld<\/bdi><\/h1>/);
    assert.match(res.body, /Zweiter Absatz\./);
    assert.match(res.body, /\/api\/v1\/municipalities\/meppen\/quartiere\/esterfeld\/boundary/);
    assert.equal((await c.get('/de/m/meppen/q/schinkel')).statusCode, 404, 'Osnabrück’s Quartier is not Meppen’s');
    assert.equal((await c.get('/de/m/nowhere')).statusCode, 404);
    assert.equal((await c.get('/xx/m/meppen')).statusCode, 404);
  });

  test('staff of the municipality see links to the directory pages', async () => {
    const { token } = await sessionFor(t().conn.db, 'qm@meppen.test', [
      { role: 'quartier_manager', municipalityId: f.meppen },
    ]);
    const c = new Client(t().app);
    c.cookies = `zh_sid=${token}`;
    const res = await c.get('/de/m/meppen');
    assert.match(res.body, /href="\/de\/m\/meppen\/admin\/quartiere"/);
    assert.match(res.body, /Personen und Rollen \(nur lesen\)/);
    const other = await c.get('/de/m/osnabrueck');
    assert.doesNotMatch(other.body, /admin\/quartiere/);
  });
});

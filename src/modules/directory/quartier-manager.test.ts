import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { sessionFor, twoMunicipalities } from './directory.fixtures.ts';

// A Quartier manager's grant names their Quartier: they keep that Quartier's page and its translations up to date,
// and nothing else (not the other Quartiere of the municipality, not another municipality's).
describe('a Quartier manager manages their own Quartier', () => {
  let t: TestApp;
  let own: string;
  let other: string;
  let foreign: string;
  let qm: Client;
  const form = { slug: 'esterfeld', areaDescription: 'Ein ruhiges Viertel.', sourceLocale: 'de', approxResidents: '' };

  before(async () => {
    t = await testApp();
    const f = await twoMunicipalities(t.conn.db);
    const rows = await t.conn.db
      .insertInto('quartiere')
      .values([
        { municipality_id: f.meppen, slug: 'esterfeld', name: 'Esterfeld', area_description: 'Alt.' },
        { municipality_id: f.meppen, slug: 'nord', name: 'Nord', area_description: 'Nord.' },
        { municipality_id: f.osnabrueck, slug: 'schinkel', name: 'Schinkel', area_description: 'S.' },
      ])
      .returning('id')
      .execute();
    [own, other, foreign] = rows.map((r) => r.id) as [string, string, string];
    const { token } = await sessionFor(t.conn.db, 'qm@meppen.test', [
      { role: 'quartier_manager', municipalityId: f.meppen, quartierId: own },
    ]);
    qm = new Client(t.app);
    qm.cookies = `zh_sid=${token}`;
  });
  after(() => t.close());

  const base = '/de/m/meppen/admin/quartiere';

  test('the list offers the edit form of their Quartier only', async () => {
    const list = await qm.get(base);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`${base}/${own}/edit`));
    assert.doesNotMatch(list.body, new RegExp(`${base}/${other}/edit`));
    assert.doesNotMatch(list.body, /admin\/quartiere\/new/, 'creating Quartiere stays with the administrators');
  });

  test('they edit their own Quartier and its translations', async () => {
    assert.equal((await qm.get(`${base}/${own}/edit`)).statusCode, 200);
    const saved = await qm.post(`${base}/${own}`, { ...form, name: 'Esterfeld-Süd' });
    assert.equal(saved.statusCode, 303);
    const row = await t.conn.db.selectFrom('quartiere').select('name').where('id', '=', own).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Esterfeld-Süd');
    assert.equal((await qm.get(`${base}/${own}/translations/en`)).statusCode, 200);
    const tr = await qm.post(`${base}/${own}/translations/en`, { areaDescription: 'A quiet area.' });
    assert.equal(tr.statusCode, 303);
  });

  test('another Quartier of the same municipality is refused (403), and changes nothing', async () => {
    assert.equal((await qm.get(`${base}/${other}/edit`)).statusCode, 403);
    assert.equal((await qm.post(`${base}/${other}`, { ...form, slug: 'nord', name: 'Gekapert' })).statusCode, 403);
    assert.equal((await qm.get(`${base}/${other}/translations/en`)).statusCode, 403);
    assert.equal((await qm.post(`${base}/${other}/translations/en`, { areaDescription: 'x' })).statusCode, 403);
    const row = await t.conn.db
      .selectFrom('quartiere')
      .select('name')
      .where('id', '=', other)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, 'Nord');
    const translations = await t.conn.db
      .selectFrom('quartier_translations')
      .select('locale')
      .where('quartier_id', '=', other)
      .execute();
    assert.deepEqual(translations, []);
  });

  test("another municipality's Quartier is not theirs either", async () => {
    assert.equal((await qm.get(`/de/m/osnabrueck/admin/quartiere/${foreign}/edit`)).statusCode, 403);
  });

  test('their account page names the Quartier, not only the municipality', async () => {
    const page = await qm.get('/en/account');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Esterfeld-Süd/);
    assert.match(page.body, /Meppen/);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { type Fixture, sessionFor, twoMunicipalities } from './directory.fixtures.ts';
import { describeIn, sourceHash } from './translations.service.ts';

const SOURCE = 'Wohngebiet im Süden.\n\nMit Schule.';

describe('translations of Quartier descriptions', () => {
  let t: TestApp;
  let f: Fixture;
  let admin: Client;
  let id: string;
  let osnId: string;
  const url = (lang: string) => `/de/m/meppen/admin/quartiere/${id}/translations/${lang}`;
  const rows = () =>
    t.conn.db
      .selectFrom('quartier_translations')
      .select(['locale', 'area_description', 'source_hash'])
      .orderBy('locale')
      .execute();

  before(async () => {
    t = await testApp();
    f = await twoMunicipalities(t.conn.db);
    id = (
      await t.conn.db
        .insertInto('quartiere')
        .values({ municipality_id: f.meppen, slug: 'esterfeld', name: 'Esterfeld', area_description: SOURCE })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    osnId = (
      await t.conn.db
        .insertInto('quartiere')
        .values({ municipality_id: f.osnabrueck, slug: 'schinkel', name: 'Schinkel', area_description: 'Osten.' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    admin = new Client(t.app);
    admin.cookies = `zh_sid=${(await sessionFor(t.conn.db, 'admin@meppen.test', [{ role: 'municipality_admin', municipalityId: f.meppen }])).token}`;
  });
  after(() => t.close());

  test('describeIn picks the translation, the source, or says the translation is outdated', () => {
    const q = {
      id: 'q',
      slug: 's',
      name: 'n',
      areaDescription: 'neu',
      boundary: null,
      approxResidents: null,
      sourceLocale: 'de' as const,
    };
    const tr = [
      { quartierId: 'q', locale: 'en' as const, areaDescription: 'new', sourceHash: sourceHash('neu') },
      { quartierId: 'q', locale: 'ar' as const, areaDescription: 'قديم', sourceHash: sourceHash('alt') },
    ];
    assert.deepEqual(describeIn(q, tr, 'de'), { text: 'neu', lang: 'de', outdated: false, fallback: false });
    assert.deepEqual(describeIn(q, tr, 'en'), { text: 'new', lang: 'en', outdated: false, fallback: false });
    assert.deepEqual(describeIn(q, tr, 'ar'), { text: 'قديم', lang: 'ar', outdated: true, fallback: false });
    assert.deepEqual(describeIn(q, tr, 'tr'), { text: 'neu', lang: 'de', outdated: false, fallback: true });
  });

  test('an administrator translates, the public page shows it in that language, and an empty save removes it', async () => {
    const edit = await admin.get(`/de/m/meppen/admin/quartiere/${id}/edit`);
    assert.match(edit.body, /Übersetzungen der Beschreibung/);
    assert.match(edit.body, new RegExp(`href="${url('en')}"`));
    assert.doesNotMatch(edit.body, new RegExp(`href="${url('de')}"`), 'the source language is not offered');
    const form = await admin.get(url('ar'));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /lang="ar" dir="rtl"/);
    assert.equal(
      (await admin.post(url('en'), { areaDescription: 'Residential area in the south.\n\nWith a school.' })).statusCode,
      303,
    );
    assert.equal((await admin.post(url('ar'), { areaDescription: 'حي سكني في الجنوب.' })).statusCode, 303);
    assert.deepEqual(
      (await rows()).map((r) => [r.locale, r.source_hash]),
      [
        ['ar', sourceHash(SOURCE)],
        ['en', sourceHash(SOURCE)],
      ],
    );
    const visitor = new Client(t.app);
    const en = await visitor.get('/en/m/meppen/q/esterfeld');
    assert.match(en.body, /<div lang="en" dir="ltr"><p class="kern-body">Residential area in the south\.<\/p>/);
    assert.doesNotMatch(en.body, /older than the original/);
    const start = await visitor.get('/ar/m/meppen');
    assert.match(start.body, /<p class="kern-body" lang="ar" dir="rtl">حي سكني في الجنوب\.<\/p>/);
    const tr = await visitor.get('/tr/m/meppen/q/esterfeld');
    assert.match(tr.body, /Bu tanım yalnızca şu dilde var: Almanca\./);
    assert.match(tr.body, /<div lang="de" dir="ltr"><p class="kern-body">Wohngebiet im Süden\./);
    assert.equal((await admin.post(url('ar'), { areaDescription: '' })).statusCode, 303);
    assert.deepEqual(
      (await rows()).map((r) => r.locale),
      ['en'],
    );
  });

  test('changing the source marks translations outdated, on the page and in the API', async () => {
    const saved = await admin.post(`/de/m/meppen/admin/quartiere/${id}`, {
      name: 'Esterfeld',
      slug: 'esterfeld',
      areaDescription: 'Wohngebiet im Süden, mit neuem Park.',
    });
    assert.equal(saved.statusCode, 303);
    const en = await new Client(t.app).get('/en/m/meppen/q/esterfeld');
    assert.match(en.body, /This translation is older than the original text\./);
    assert.match(
      en.body,
      /<summary>Show the original text<\/summary><div lang="de" dir="ltr"><p class="kern-body">Wohngebiet im Süden, mit neuem Park\./,
    );
    const edit = await admin.get(`/de/m/meppen/admin/quartiere/${id}/edit`);
    assert.match(edit.body, /veraltet/);
    const api = (await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/meppen' })).json();
    assert.deepEqual(api.quartiere[0].translations, [
      { locale: 'en', areaDescription: 'Residential area in the south.\n\nWith a school.', outdated: true },
    ]);
  });

  test('the source language, unknown languages and other tenants’ Quartiere are not found', async () => {
    assert.equal((await admin.get(url('de'))).statusCode, 404);
    assert.equal((await admin.get(url('xx'))).statusCode, 404);
    assert.equal((await admin.get(`/de/m/meppen/admin/quartiere/${osnId}/translations/en`)).statusCode, 404);
    const post = await admin.post(`/de/m/meppen/admin/quartiere/${osnId}/translations/en`, { areaDescription: 'x' });
    assert.equal(post.statusCode, 404);
    const source = await admin.post(url('de'), { areaDescription: 'x' });
    assert.equal(source.statusCode, 422);
    assert.equal((await rows()).length, 1);
  });
});

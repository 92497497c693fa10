import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { JS_BUDGET, measure, PAGE_BUDGET } from '../../testing/page-weight.ts';
import type { OfflineBundle } from './offline.bundle.ts';
import { offlineGuideFixture } from './offline.fixtures.ts';

describe('offline reading: the bundle, the worker, the opt-in page', () => {
  let pages: Awaited<ReturnType<typeof offlineGuideFixture>>;
  const t = fixture(
    () => testApp({}, [], { demo: true }),
    async (app) => {
      pages = await offlineGuideFixture(app.conn.db);
    },
  );
  const bundle = async (url: string): Promise<OfflineBundle> => {
    const res = await new Client(t().app).get(url);
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    return JSON.parse(res.body) as OfflineBundle;
  };
  const ours = (b: OfflineBundle) => b.pages.filter((p) => p.title.includes('Offline') || p.url.includes('offline-'));

  test('lists only the published pages of that municipality, in that language (German where none)', async () => {
    const en = await bundle('/en/m/meppen/guide/offline.json');
    assert.deepEqual(
      ours(en).map((p) => [p.url, p.lang, p.title]),
      [
        ['/en/m/meppen/guide/offline-anmeldung', 'en', 'Offline: registration'],
        ['/en/m/meppen/guide/offline-kita', 'de', 'Offline: Kita'],
      ],
    );
    assert.equal(en.locale, 'en');
    assert.equal(en.index, '/en/m/meppen/guide');
    assert.ok(!JSON.stringify(en).includes('آفلاین'), 'no Farsi text in the English bundle');
    assert.ok(!JSON.stringify(en).includes('Entwurf'), 'no draft');
    assert.ok(!JSON.stringify(en).includes('Osnabrück'), "no other municipality's page");
    const fa = await bundle('/fa/m/meppen/guide/offline.json');
    assert.equal(fa.dir, 'rtl');
    assert.equal(ours(fa).find((p) => p.url.endsWith('offline-anmeldung'))?.lang, 'fa');
    const os = await bundle('/de/m/osnabrueck/guide/offline.json');
    assert.deepEqual(
      ours(os).map((p) => p.title),
      ['Offline: Osnabrück'],
    );
  });

  test("the bundle's HTML is clean even when the stored text is not", async () => {
    const de = await bundle('/de/m/meppen/guide/offline.json');
    const page = de.pages.find((p) => p.url.endsWith('/offline-anmeldung'));
    assert.ok(page);
    assert.match(page.html, /Hallo <strong>Welt<\/strong>/);
    assert.match(page.html, /href="https:\/\/example.org\/"/);
    for (const bad of [/<script/i, /onerror/i, /onclick/i, /style=/i, /javascript:/i, /<img/i, /alert\(2\)/]) {
      assert.doesNotMatch(page.html, bad);
    }
  });

  test('the version changes when a text changes, and only then', async () => {
    const a = await bundle('/en/m/meppen/guide/offline.json?a');
    const b = await bundle('/en/m/meppen/guide/offline.json?b');
    assert.equal(a.version, b.version, 'the same content, the same version');
    await t()
      .conn.db.updateTable('welcome_guide_texts')
      .set({ body: '<p>Register within one week.</p>' })
      .where('page_id', '=', pages.translated)
      .where('locale', '=', 'en')
      .execute();
    const c = await bundle('/en/m/meppen/guide/offline.json?c');
    assert.notEqual(c.version, a.version);
    // A German-only change does not touch the English bundle's page of that text, but the Kita page is German.
    await t()
      .conn.db.updateTable('welcome_guide_texts')
      .set({ title: 'Offline: Kita-Platz' })
      .where('page_id', '=', pages.germanOnly)
      .execute();
    const d = await bundle('/en/m/meppen/guide/offline.json?d');
    assert.notEqual(d.version, c.version);
    await t()
      .conn.db.updateTable('welcome_guide_pages')
      .set({ status: 'draft' })
      .where('id', '=', pages.germanOnly)
      .execute();
    const e = await bundle('/en/m/meppen/guide/offline.json?e');
    assert.ok(!e.pages.some((p) => p.url.endsWith('offline-kita')), 'an unpublished page leaves the bundle');
    assert.notEqual(e.version, d.version);
  });

  test('the service worker is served for the guide scope; the opt-in page works without it', async () => {
    const sw = await new Client(t().app).get('/ar/m/meppen/guide/sw.js');
    assert.equal(sw.statusCode, 200);
    assert.match(String(sw.headers['content-type']), /^text\/javascript/);
    assert.equal(sw.headers['service-worker-allowed'], '/ar/m/meppen/guide');
    assert.match(sw.body, /addEventListener\('fetch'/);
    const page = await new Client(t().app).get('/de/m/meppen/guide/offline');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /7 Tagen/, 'the note for Safari users');
    assert.match(page.body, /id="z-offline-save" hidden/, 'the button waits for the script');
    assert.match(page.body, /<script src="\/de\/m\/meppen\/guide\/offline.js" defer><\/script>/);
    assert.match(
      page.body,
      /href="\/de\/m\/meppen\/guide\/offline-anmeldung"/,
      'the pages are listed without JavaScript',
    );
    assert.equal((await new Client(t().app).get('/de/m/meppen/guide/offline.js')).statusCode, 200);
    assert.equal((await new Client(t().app).get('/de/m/nirgendwo/guide/offline')).statusCode, 404);
  });

  test('the opt-in page stays within the page and JavaScript budget', async () => {
    for (const path of ['/de/m/meppen/guide/offline', '/ar/m/meppen/guide/offline']) {
      const { files } = await measure(t().app, path);
      const js = files.filter((f) => f.kind === 'js').reduce((s, f) => s + f.bytes, 0);
      const total = files.reduce((s, f) => s + f.bytes, 0);
      assert.ok(js > 0, 'the script is counted');
      assert.ok(js <= JS_BUDGET, `${path}: ${js} B of JavaScript`);
      assert.ok(total <= PAGE_BUDGET, `${path}: ${total} B`);
    }
  });
});

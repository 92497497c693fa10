import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { JS_BUDGET, measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness, signInDemo } from './harness.ts';

// Issue #12 in the browser: (1) no request leaves for a third-party host before consent — every request of the
// welcome, guide, place and map pages is recorded; after the reader agrees on the map page, Leaflet comes from our
// own assets and the tiles from the configured tile server (answered here by the test, never the real one);
// (2) from the Arabic UI, the German word for the housing entitlement finds the Arabic WBS page first; (3) an editor
// changes a paragraph of the German WBS page and the Arabic reader is told the translation may be outdated;
// (4) axe reports nothing and the page budget holds on the guide, a guide page, a place page, the search results
// and the practice library in German, Arabic and Ukrainian.

const TILE_HOST = 'tiles.example.test';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('welcome journey: consent before third parties, search across languages, outdated translations', () => {
  let h: Harness;
  let placeId = '';

  before(async () => {
    h = await startHarness({
      config: {
        demoMode: true,
        mapTiles: { url: `https://${TILE_HOST}/{z}/{x}/{y}.png`, attribution: '© OpenStreetMap', host: TILE_HOST },
      },
    });
    const row = await h.t.conn.db
      .selectFrom('welcome_places')
      .innerJoin('municipalities', 'municipalities.id', 'welcome_places.municipality_id')
      .select('welcome_places.id')
      .where('municipalities.slug', '=', 'meppen')
      .where('welcome_places.kind', '=', 'doctor')
      .orderBy('welcome_places.name')
      .executeTakeFirstOrThrow();
    placeId = row.id;
  });
  after(() => h.close());

  async function signIn(key: string): Promise<Page> {
    const page = await h.page();
    await signInDemo(page, key);
    return page;
  }

  it('no request leaves for another host before consent; after it, the tiles come from the tile server', async () => {
    const page = await h.page();
    const own = new URL(h.baseUrl).host;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.route(`https://${TILE_HOST}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
    );
    const paths = [
      '/de/m/meppen/welcome',
      '/de/m/meppen/guide',
      '/de/m/meppen/guide/wohnberechtigungsschein',
      '/de/m/meppen/places',
      `/de/m/meppen/places/${placeId}`,
      '/de/m/meppen/places/map',
    ];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).host !== own);
    assert.deepEqual(foreign, [], 'no third-party request before consent');

    // The map page's placeholder: agree, come back, and the map asks the tile server (and only it) for tiles.
    const tile = page.waitForRequest((r) => new URL(r.url()).host === TILE_HOST);
    await page.locator('form[action="/consent"] button[type=submit]').first().click();
    await tile;
    assert.match(new URL(page.url()).pathname, /\/places\/map$/);
    const after = requests.filter((u) => !u.startsWith('data:') && new URL(u).host !== own);
    assert.ok(after.length > 0);
    assert.ok(
      after.every((u) => new URL(u).host === TILE_HOST),
      `only the tile server: ${after.join(', ')}`,
    );
  });

  it('from the Arabic UI the German term finds the Arabic WBS page first', async () => {
    const page = await h.page();
    await page.goto('/ar/m/meppen/search?q=Wohnberechtigungsschein');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const first = await page.locator('main ol a, main ul a').first().getAttribute('href');
    assert.equal(first, '/ar/m/meppen/guide/wohnberechtigungsschein');
  });

  it('a changed German paragraph tells the Arabic reader that the translation may be outdated', async () => {
    const reader = await h.page();
    await reader.goto('/ar/m/meppen/guide/kita');
    const before = await reader.locator('main').innerText();
    const editor = await signIn('admin.meppen');
    const page = await h.t.conn.db
      .selectFrom('welcome_guide_pages')
      .innerJoin('municipalities', 'municipalities.id', 'welcome_guide_pages.municipality_id')
      .select('welcome_guide_pages.id')
      .where('municipalities.slug', '=', 'meppen')
      .where('welcome_guide_pages.slug', '=', 'kita')
      .executeTakeFirstOrThrow();
    await editor.goto(`/de/m/meppen/admin/guide/${page.id}/edit`);
    const body = editor.locator('textarea[name=body]');
    await body.fill(`${await body.inputValue()}<p>Neu: Anmeldungen für das nächste Kita-Jahr bis zum 31. Januar.</p>`);
    await Promise.all([
      editor.waitForResponse((r) => r.request().method() === 'POST'),
      editor.locator(`form[action$="/admin/guide/${page.id}"] button[type=submit]`).click(),
    ]);
    const versions = await h.t.conn.db
      .selectFrom('welcome_guide_texts')
      .select(['locale', 'version'])
      .where('page_id', '=', page.id)
      .where('locale', '=', 'de')
      .executeTakeFirstOrThrow();
    assert.ok(versions.version >= 2, 'the German text has a new version');
    // The staff's view of the change: the added line marked in words and by its style, and axe finds nothing.
    await editor.goto(`/de/m/meppen/admin/guide/${page.id}/versions/de/${versions.version}`);
    const added = editor.locator('main .z-diff ins', { hasText: 'Anmeldungen für das nächste Kita-Jahr' });
    assert.equal(await added.count(), 1, 'the new paragraph is shown as added');
    const cue = await added.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(cue, 'rgba(0, 0, 0, 0)', 'an added line has a background, not only its label');
    assert.deepEqual(await axeViolations(editor), [], 'the version diff (de)');
    await reader.reload();
    const now = await reader.locator('main').innerText();
    assert.notEqual(now, before, 'the reader sees a notice');
    assert.ok(await reader.locator('main a[href="/de/m/meppen/guide/kita"]').count(), 'a link to the German page');
  });

  it('guide, guide page, place page, search results and practice library pass axe in de, ar, uk within budget', async () => {
    for (const locale of ['de', 'ar', 'uk']) {
      const paths = [
        `/${locale}/m/meppen/guide`,
        `/${locale}/m/meppen/guide/wohnberechtigungsschein`,
        `/${locale}/m/meppen/places/${placeId}`,
        `/${locale}/m/meppen/search?q=Jobcenter`,
        `/${locale}/practice`,
      ];
      for (const path of paths) {
        const page = await h.page();
        await page.goto(path);
        assert.equal(await page.locator('html').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        assert.deepEqual(await axeViolations(page), [], `${path}: axe`);
        const { files } = await measure(h.t.app, path);
        const sum = (kinds: string[]) => files.filter((f) => kinds.includes(f.kind)).reduce((n, f) => n + f.bytes, 0);
        const total = sum(['html', 'css', 'js', 'font', 'other']);
        assert.ok(total <= PAGE_BUDGET, `${path}: ${total} B > ${PAGE_BUDGET} B`);
        assert.ok(sum(['js']) <= JS_BUDGET, `${path}: JS ${sum(['js'])} B`);
        await page.context().close();
      }
    }
  });
});

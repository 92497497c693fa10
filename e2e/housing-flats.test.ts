import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoSession } from '../src/modules/housing/flats.fixtures.ts';
import { measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// The flat search and a flat's page in Arabic, right to left, without JavaScript: filters post as a GET form,
// the result links lead to the flat; axe finds nothing; a first visit stays within the page budget.

describe('housing flats: search and flat page in Arabic without JavaScript', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  /** axe needs script in the browser (the pages ship none): it checks the same URL in a context that runs it. */
  async function axeOn(url: string, status = 200): Promise<string[]> {
    const page = await h.page();
    const res = await page.goto(url);
    assert.equal(res?.status(), status, url);
    return axeViolations(page);
  }

  /** Compressed bytes a cold visit downloads (the platform's page-weight measure); the pages ship no script. */
  async function firstVisitBytes(path: string): Promise<number> {
    const { html, files } = await measure(h.t.app, path);
    assert.doesNotMatch(html, /<script\b/, 'the page ships no JavaScript');
    return files.reduce((sum, f) => sum + f.bytes, 0);
  }

  it('filters the search with the GET form and opens a flat, all in Arabic, right to left', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    const res = await page.goto('/ar/m/meppen/flats');
    assert.equal(res?.status(), 200);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('h1').textContent(), 'الشقق في Meppen');
    assert.deepEqual(await axeOn('/ar/m/meppen/flats'), []);

    await page.locator('#f-wheelchair').check();
    await page.locator('form.z-filter button[type=submit]').click();
    await page.waitForURL(/\/ar\/m\/meppen\/flats\?.*wheelchair=on/);
    const cards = page.locator('.z-cards li');
    assert.equal(await cards.count(), 1);
    assert.match((await page.locator('[role=status]').textContent()) ?? '', /عُثر على شقة واحدة/);
    assert.equal(await page.locator('#f-wheelchair').isChecked(), true, 'the filter stays ticked');

    await cards.locator('a').first().click();
    await page.waitForURL(/\/ar\/m\/meppen\/flats\/[0-9a-f-]{36}$/);
    assert.match((await page.locator('h1').textContent()) ?? '', /مهيأة للكراسي المتحركة/);
    assert.match((await page.locator('main').textContent()) ?? '', /شهادة الطلب على الطاقة/);
    // The apply page is the application part's: linked once its route is registered.
    const applies = h.t.app.hasRoute({ method: 'GET', url: '/:locale/m/:municipality/flats/:id/apply' });
    assert.equal(await page.locator('a[href$="/apply"]').count(), applies ? 1 : 0);
    assert.deepEqual(await axeOn(new URL(page.url()).pathname), []);
  });

  it('a bad filter comes back as 422 with the input kept and a linked error summary, axe-clean', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    const res = await page.goto('/ar/m/meppen/flats?rooms=%D9%83%D8%AB%D9%8A%D8%B1');
    assert.equal(res?.status(), 422);
    assert.equal(await page.locator('#f-rooms').inputValue(), 'كثير');
    assert.equal(await page.locator('.z-error-summary a[href="#f-rooms"]').count(), 1);
    assert.deepEqual(await axeOn('/ar/m/meppen/flats?rooms=%D9%83%D8%AB%D9%8A%D8%B1', 422), []);
  });

  it('the flat page with photos (alt text) is axe-clean, and both pages stay within the budget', async () => {
    const db = h.t.conn.db;
    const flat = await db
      .selectFrom('housing_flats')
      .select('id')
      .where('street', '=', 'Am Neuen Markt 7')
      .executeTakeFirstOrThrow();
    const page = await h.page({ javaScriptEnabled: false });
    assert.equal((await page.goto(`/ar/m/meppen/flats/${flat.id}`))?.status(), 200);
    const img = page.locator('main img');
    assert.equal(await img.count(), 1);
    assert.match((await img.getAttribute('alt')) ?? '', /Grundriss/);
    const photo = await h.t.app.inject({ method: 'GET', url: (await img.getAttribute('src')) ?? '' });
    assert.equal(photo.headers['content-type'], 'image/webp', 'the photo is served');
    assert.deepEqual(await axeOn(`/ar/m/meppen/flats/${flat.id}`), []);
    for (const path of ['/ar/m/meppen/flats', `/ar/m/meppen/flats/${flat.id}`]) {
      const bytes = await firstVisitBytes(path);
      assert.ok(bytes <= PAGE_BUDGET, `${path}: ${bytes} B > ${PAGE_BUDGET} B`);
    }
  });

  it('the flat page reflows at 320 CSS px (400 % zoom) without sideways scrolling', async () => {
    const flat = await h.t.conn.db
      .selectFrom('housing_flats')
      .select('id')
      .where('street', '=', 'Am Neuen Markt 7')
      .executeTakeFirstOrThrow();
    for (const url of ['/ar/m/meppen/flats', `/ar/m/meppen/flats/${flat.id}`]) {
      const page = await h.page({ viewport: { width: 320, height: 640 } });
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${url} is ${width} px wide`);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  });

  it("the landlord's list, edit page (status, translations, photos) and a refused form are axe-clean", async () => {
    const db = h.t.conn.db;
    const context = await h.context();
    await context.addCookies([{ name: 'zh_sid', value: await demoSession(db, 'vermietung.meppen'), url: h.baseUrl }]);
    const page = await context.newPage();
    const flat = await db
      .selectFrom('housing_flats')
      .select('id')
      .where('street', '=', 'Am Neuen Markt 7')
      .executeTakeFirstOrThrow();
    for (const locale of ['de', 'ar']) {
      const base = `/${locale}/m/meppen/admin/housing/flats`;
      for (const url of [base, `${base}/new`, `${base}/${flat.id}/edit`, `${base}/${flat.id}/texts/en`]) {
        assert.equal((await page.goto(url))?.status(), 200, url);
        assert.deepEqual(await axeViolations(page), [], url);
      }
      await page.goto(`${base}/new`);
      await page.locator('#f-title').fill('Test');
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('main form button[type=submit]').click(),
      ]);
      assert.equal(res.status(), 422);
      await page.waitForLoadState();
      assert.deepEqual(await axeViolations(page), [], `${base}/new (422)`);
    }
  });
});

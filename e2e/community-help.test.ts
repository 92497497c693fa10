import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoSession } from '../src/modules/housing/flats.fixtures.ts';
import { measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// Neighbourly help in the browser without JavaScript: the list with its filters in German and Arabic, then a
// resident answers Gerda's offer in Arabic and Gerda replies in German, through the platform. Every page passes
// axe; contact details appear only after both agreed; the list stays within the page budget.

describe('neighbourly help: list and a conversation in German and Arabic', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  /** A page (without script) signed in as a demo account. */
  async function signedIn(key: string): Promise<Page> {
    const token = await demoSession(h.t.conn.db, key, h.t.app.deps.now());
    const context = await h.context({ javaScriptEnabled: false });
    await context.addCookies([{ name: 'zh_sid', value: token, url: h.baseUrl }]);
    return context.newPage();
  }

  /** axe needs script (the pages ship none): it checks the same URL in a context that runs it, with the cookies. */
  async function clean(page: Page, what: string): Promise<void> {
    const checker = await page.context().browser()!.newContext({ baseURL: h.baseUrl });
    await checker.addCookies(await page.context().cookies());
    const p = await checker.newPage();
    await p.goto(new URL(page.url()).pathname);
    assert.deepEqual(await axeViolations(p), [], `${what} has no axe violations`);
    await checker.close();
  }

  async function press(page: Page, name: string): Promise<void> {
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name }).first().click()]);
    await page.waitForLoadState('load');
  }

  it('filters the list with the GET form, in German and in Arabic', async () => {
    for (const [locale, dir, heading] of [
      ['de', 'ltr', 'Nachbarschaftshilfe in Meppen'],
      ['ar', 'rtl', 'مساعدة الجيران في Meppen'],
    ] as const) {
      const page = await h.page({ javaScriptEnabled: false });
      assert.equal((await page.goto(`/${locale}/m/meppen/help`))?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('dir'), dir);
      assert.equal(await page.locator('h1').textContent(), heading);
      await clean(page, `the ${locale} list`);
      await page.locator('#f-kind').selectOption('request');
      await page.locator('form.z-filter button[type=submit]').click();
      await page.waitForURL(/kind=request/);
      assert.equal(await page.locator('.z-cards li').count(), 1);
      assert.equal(await page.locator('.z-cards li a[lang="ar"]').count(), 1, "the post keeps its writer's language");
      await clean(page, `the filtered ${locale} list`);
    }
    const { files } = await measure(h.t.app, '/ar/m/meppen/help');
    const bytes = files.reduce((n, f) => n + f.bytes, 0);
    assert.ok(bytes <= PAGE_BUDGET, `${bytes} B > ${PAGE_BUDGET} B`);
  });

  it('a resident answers in Arabic, the helper replies in German, contact details follow both consents', async () => {
    const resident = await signedIn('bewohner.meppen');
    await resident.goto('/ar/m/meppen/help?category=authority');
    await resident.locator('.z-cards li a').first().click();
    await resident.waitForURL(/\/ar\/m\/meppen\/help\/[0-9a-f-]{36}$/);
    await clean(resident, 'the post page in Arabic');
    await resident.locator('#f-name').fill('أحمد');
    await resident.locator('#f-body').fill('مرحبًا غيردا، أحتاج إلى مرافقة إلى مكتب الأجانب يوم الثلاثاء.');
    await press(resident, 'إرسال الرسالة');
    await resident.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    const threadPath = new URL(resident.url()).pathname;
    assert.match((await resident.locator('main').textContent()) ?? '', /أحتاج إلى مرافقة/);
    await clean(resident, 'the conversation in Arabic');
    await resident.locator('#f-contact').fill('0151 5556667');
    await resident.locator('#f-consent').check();
    await press(resident, 'الموافقة والمشاركة');

    const helper = await signedIn('ehrenamt.meppen');
    await helper.goto(threadPath.replace('/ar/', '/de/'));
    const seen = (await helper.locator('main').textContent()) ?? '';
    assert.match(seen, /أحتاج إلى مرافقة/);
    assert.doesNotMatch(seen, /0151 5556667/, 'not before the helper agrees');
    assert.match(seen, /möchte Kontaktdaten austauschen/);
    await clean(helper, 'the conversation in German');
    await helper.locator('#f-body').fill('Gern! Ich hole Sie am Dienstag um 9 Uhr ab.');
    await press(helper, 'Senden');
    await helper.locator('#f-contact').fill('05931 12345');
    await helper.locator('#f-consent').check();
    await press(helper, 'Zustimmen und teilen');
    assert.match((await helper.locator('main').textContent()) ?? '', /0151 5556667/);

    await resident.goto(threadPath);
    const reply = (await resident.locator('main').textContent()) ?? '';
    assert.match(reply, /Ich hole Sie am Dienstag/);
    assert.match(reply, /05931 12345/);
    await clean(resident, 'the conversation with details exchanged');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { JS_BUDGET, measure, measureDocument, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, signInDemo, startHarness } from './harness.ts';

// The mentoring programme page (public) and the application form (signed in) in German and Arabic: axe reports
// nothing, the direction follows the language, and a first visit stays within the page budget.

const PROGRAMME = '/m/osnabrueck/mentoring/demokratie-macht-integration';

describe('mentoring: programme page and application form in de and ar', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ config: { demoMode: true } });
  });
  after(() => h.close());

  function withinBudget(path: string, files: { kind: string; bytes: number }[]) {
    const sum = (kinds: string[]) => files.filter((f) => kinds.includes(f.kind)).reduce((n, f) => n + f.bytes, 0);
    const total = sum(['html', 'css', 'js', 'font', 'other']);
    assert.ok(total <= PAGE_BUDGET, `${path}: ${total} B > ${PAGE_BUDGET} B`);
    assert.ok(sum(['js']) <= JS_BUDGET, `${path}: JS ${sum(['js'])} B`);
  }

  for (const locale of ['de', 'ar'] as const) {
    it(`the programme page in ${locale}`, async () => {
      const path = `/${locale}${PROGRAMME}`;
      const page = await h.page();
      const res = await page.goto(path);
      assert.equal(res?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
      assert.ok(await page.locator(`a[href="/${locale}${PROGRAMME}/apply"]`).count(), 'the page links the application');
      assert.deepEqual(await axeViolations(page), [], `${path}: axe`);
      withinBudget(path, (await measure(h.t.app, path)).files);
      await page.context().close();
    });

    it(`the application form in ${locale}, signed in`, async () => {
      const path = `/${locale}${PROGRAMME}/apply`;
      const page = await h.page();
      await signInDemo(page, 'bewohner.osnabrueck', locale);
      const res = await page.goto(path);
      assert.equal(res?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
      assert.ok(await page.locator('main form textarea[name=motivation]').count(), 'the form asks for the motivation');
      assert.deepEqual(await axeViolations(page), [], `${path}: axe`);
      // The page as this person got it, compressed as the server sends it, plus what it loads.
      const html = await page.content();
      const bytes = brotliCompressSync(html).length;
      withinBudget(path, (await measureDocument(h.t.app, { url: path, html, bytes, encoding: 'br' })).files);
      await page.context().close();
    });
  }
});

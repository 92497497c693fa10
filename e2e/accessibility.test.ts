import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, startHarness } from './harness.ts';
import { fixture } from '../src/testing/fixture.ts';

// axe in Chromium over the pages everyone sees first, in a left-to-right and a right-to-left language.
describe('axe: WCAG 2.1 A/AA', () => {
  // Demo mode on, so that the demo banner is checked too.
  const h = fixture(() => startHarness({ config: { demoMode: true } }));

  for (const locale of ['de', 'ar'] as const) {
    for (const path of ['/', '/login', '/accessibility', '/privacy', '/feedback']) {
      it(`/${locale}${path} has no violations`, async () => {
        const page = await h().page();
        const res = await page.goto(`/${locale}${path}`);
        assert.equal(res?.status(), 200);
        assert.equal(await page.locator('.z-demo').count(), 1, 'the demo banner is part of the check');
        assert.deepEqual(await axeViolations(page), []);
      });
    }

    it(`/${locale}/feedback with errors (422) has no violations`, async () => {
      const page = await h().page();
      await page.goto(`/${locale}/feedback`);
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('main form button[type=submit]').click(),
      ]);
      assert.equal(res.status(), 422);
      await page.waitForLoadState();
      assert.equal(await page.locator('.z-error-summary').count(), 1);
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  it('reflows at 320 CSS px (= 400 % zoom) without sideways scrolling and stays clean', async () => {
    for (const url of ['/de/', '/ar/', '/de/privacy', '/ar/feedback']) {
      const page = await h().page({ viewport: { width: 320, height: 640 } });
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${url} is ${width} px wide`);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  });

  it('keeps contrast in dark mode (KERN tokens follow prefers-color-scheme)', async () => {
    for (const url of ['/de/', '/ar/privacy']) {
      const page = await h().page({ colorScheme: 'dark' });
      await page.goto(url);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  });

  it('the check itself finds violations where there are some (control)', async () => {
    const page = await h().page();
    await page.setContent('<html><body><img src="data:,"><a href="/x"></a><input id="q"></body></html>');
    const found = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    for (const rule of ['html-has-lang', 'image-alt', 'link-name', 'label']) assert.ok(found.includes(rule), rule);
  });

  it('/de/leichte-sprache and /api/docs have no violations', async () => {
    const page = await h().page();
    for (const url of ['/de/leichte-sprache', '/api/docs']) {
      assert.equal((await page.goto(url))?.status(), 200);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  });
});

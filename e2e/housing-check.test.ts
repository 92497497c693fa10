import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signedInClient } from '../src/testing/access-matrix.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// The public eligibility check as a household meets it: in Arabic, without JavaScript, accessible, light.
const PAGE_BUDGET = 50 * 1024;

/** Bytes a page load transferred (compressed bodies as sent), counted from the moment `load` is called. */
async function weighed(page: Page, load: () => Promise<unknown>): Promise<number> {
  const sizes: Promise<number>[] = [];
  const on = (r: import('playwright-core').Request) => {
    sizes.push(
      r
        .response()
        .then(() => r.sizes())
        .then((s) => s.responseBodySize)
        .catch(() => 0),
    );
  };
  page.on('request', on);
  await load();
  await page.waitForLoadState('load');
  page.off('request', on);
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

describe('housing eligibility check in the browser', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  /** The three steps in Arabic; `at` runs after each page has loaded (axe needs a page with JavaScript on). */
  async function journey(page: Page, at: (step: string) => Promise<void>): Promise<{ first: number; result: number }> {
    const first = await weighed(page, () => page.goto('/ar/m/meppen/housing/check'));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await at('step 1');
    await page.locator('#f-adults').fill('2');
    await page.locator('#f-children').fill('2');
    await page.locator('button[value=next]').click();
    await page.waitForLoadState();
    await at('step 2');
    await page.locator('#f-grossIncome').fill('50000');
    await page.locator('#f-paysTax').check();
    await page.locator('#f-paysHealth').check();
    await page.locator('#f-paysPension').check();
    await page.locator('#f-benefits-no').check();
    await page.locator('button[value=next]').click();
    await page.waitForLoadState();
    await at('step 3');
    await page.locator('#f-residence').selectOption('temporary-protection');
    const result = await weighed(page, () => page.locator('button[value=next]').click());
    await at('result');
    return { first, result };
  }

  it('an Arabic household goes through the three steps without JavaScript, within the page budget', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    const { first, result } = await journey(page, async () => {});
    assert.ok(first <= PAGE_BUDGET, `step 1 weighs ${first} B`);
    assert.ok(result <= PAGE_BUDGET, `the result weighs ${result} B`);
    const main = (await page.locator('main').textContent()) ?? '';
    // 50,000 − 30 % = 35,000 ≤ 43,750 for 2 adults + 2 children; § 24 is case by case.
    assert.match(main, /يجب أن تقرّر البلدية حسب الحالة/);
    assert.match(
      main,
      /wbs:2025-02-01;deductions:2025-07-30;space:2024-05-01;permits:2025-01-01;kdu-meppen:2025-01-01/,
    );
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  });

  it('every page of the journey has no axe violations', async () => {
    const page = await h.page();
    await journey(page, async (step) => assert.deepEqual(await axeViolations(page), [], step));
  });

  it('a wrong answer comes back (422) with the error summary linked to the field, axe-clean', async () => {
    const page = await h.page();
    await page.goto('/ar/m/meppen/housing/check');
    await page.locator('#f-adults').fill('0');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('button[value=next]').click(),
    ]);
    assert.equal(res.status(), 422);
    await page.waitForLoadState();
    assert.equal(await page.locator('#f-adults').inputValue(), '0');
    assert.equal(await page.locator('.z-error-summary a[href="#f-adults"]').count(), 1);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('the staff pages of the rules are axe-clean (state rules, a municipality’s rent limits)', async () => {
    const db = h.t.conn.db;
    const meppen = await db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    const staff = await signedInClient(h.t.app, db, {
      email: 'e2e-rules@example.test',
      municipalityId: meppen.id,
      roles: ['municipality_admin'],
    });
    const state = await signedInClient(h.t.app, db, {
      email: 'e2e-state@example.test',
      municipalityId: null,
      roles: ['state_admin'],
    });
    for (const [client, url] of [
      [state, '/de/state/housing/rules'],
      [state, '/ar/state/housing/rules/permits'],
      [staff, '/de/m/meppen/admin/housing/rent-limits'],
    ] as const) {
      const token = /zh_sid=([^;]+)/.exec(client.cookies)?.[1] ?? '';
      const context = await h.context();
      await context.addCookies([{ name: 'zh_sid', value: token, url: h.baseUrl }]);
      const page = await context.newPage();
      assert.equal((await page.goto(url))?.status(), 200, url);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  });
});

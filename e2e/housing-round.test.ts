import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { axeViolations, type Harness, startHarness, signInDemo } from './harness.ts';

// The housing office of Meppen runs the demo's round, compares the policies, opens a proposal's explanation and
// confirms it; the household (Ahmad Al-Khatib, who reads Arabic) then sees the offer and the reason in Arabic.

const signIn = (page: Page, key: string) => signInDemo(page, key);

describe('journey: a matching round from the housing office to the household', () => {
  let h: Harness;
  let household: string;
  before(async () => {
    h = await startHarness({ config: { demoMode: true } });
    const owner = await h.t.conn.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demoEmail('bewohner.meppen'))
      .executeTakeFirstOrThrow();
    const row = await h.t.conn.db
      .selectFrom('housing_households')
      .select('id')
      .where('owner_user_id', '=', owner.id)
      .executeTakeFirstOrThrow();
    household = row.id;
  });
  after(() => h.close());

  it('runs, compares, explains and confirms; the household reads the offer in Arabic', async () => {
    const page = await h.page();
    assert.equal(await signIn(page, 'admin.meppen'), '/de/me');
    await page.locator('main a[href="/de/m/meppen/admin/housing"]').first().click();
    await page.waitForURL('**/de/m/meppen/admin/housing');
    assert.deepEqual(await axeViolations(page), [], 'office (de)');
    await page.goto('/ar/m/meppen/admin/housing/rounds/new');
    assert.deepEqual(await axeViolations(page), [], 'new round form (ar)');
    await page.goto('/de/m/meppen/admin/housing');
    await page.locator('main table a', { hasText: 'Vergaberunde' }).click();
    await page.waitForURL('**/admin/housing/rounds/*');
    const round = new URL(page.url()).pathname;

    await page.locator('main form[action$="/preview"] button').click();
    await page.waitForURL(`**${round}`);
    assert.match((await page.locator('main').textContent()) ?? '', /Mögliche Paare aus Haushalt und Wohnung/);
    await page.locator('main form[action$="/run"] button[type=submit]').click();
    await page.waitForURL(`**${round}`);
    const comparison = page.locator('main table', { hasText: 'Paare mit berechtigtem Neid' });
    assert.match((await comparison.textContent()) ?? '', /Dringlichkeit zuerst/);
    assert.match((await comparison.textContent()) ?? '', /Beste Gesamtpassung/);
    assert.match((await comparison.textContent()) ?? '', /Strenge Rangfolge/);
    assert.equal(await comparison.locator('tbody tr').count(), 3, 'the three policies side by side');
    assert.deepEqual(await axeViolations(page), [], 'round with proposals (de)');

    await page.locator(`main a[href$="/proposals/${household}"]`).click();
    await page.waitForURL(`**/proposals/${household}`);
    assert.match((await page.locator('main').textContent()) ?? '', /Dringlichkeit: \d+ Punkte/);
    assert.deepEqual(await axeViolations(page), [], 'explanation (de)');
    await page.locator('main form[action$="/confirm"] button[type=submit]').click();
    await page.waitForURL(`**${round}`);
    assert.match((await page.locator('main').textContent()) ?? '', /Dem Haushalt wurde die Wohnung angeboten/);
    await page.goto(round.replace('/de/', '/ar/'));
    assert.deepEqual(await axeViolations(page), [], 'round after confirming (ar)');

    const resident = await h.page();
    assert.equal(await signIn(resident, 'bewohner.meppen'), '/ar/me');
    await resident.locator('main a[href="/ar/m/meppen/housing/round"]').click();
    await resident.waitForURL('**/ar/m/meppen/housing/round');
    assert.equal(await resident.locator('html').getAttribute('dir'), 'rtl');
    const text = (await resident.locator('main').textContent()) ?? '';
    assert.match(text, /يعرض عليك مكتب الإسكان شقة/);
    assert.match(text, /درجة الإلحاح/);
    assert.deepEqual(await axeViolations(resident), [], 'household page (ar)');
  });
});

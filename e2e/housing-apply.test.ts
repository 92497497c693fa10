import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { fixtureFlat } from '../src/modules/housing/applications.fixtures.ts';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// The application journey in Arabic, in the browser, without shortcuts: the household (bewohner.meppen, whose
// profile the demo holds) applies to a flat; the landlord (vermietung.meppen) shortlists it and offers a viewing
// slot; the household books it; the landlord offers the flat; the household accepts. Every page passes axe.

async function signInAs(page: Page, key: string): Promise<void> {
  await page.goto('/ar/login');
  await page.locator('input[name=email]').fill(demoEmail(key));
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

async function clean(page: Page, what: string): Promise<void> {
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `${what} is right-to-left`);
  assert.deepEqual(await axeViolations(page), [], `${what} has no axe violations`);
}

/** The text of the page's main region. */
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

/** Submits the form whose button has this text and waits for the page that follows. */
async function press(page: Page, label: string): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: label }).first().click()]);
  await page.waitForLoadState('load');
}

describe('housing journey in Arabic: apply, shortlist, viewing, offer, accept', () => {
  let h: Harness;
  let flat: string;
  before(async () => {
    h = await startHarness({ config: { demoMode: true } });
    const db = h.t.conn.db;
    const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
    // The flat belongs to the landlord's own provider, as its role grant names it.
    const provider = await db
      .selectFrom('role_assignments as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('r.provider_id as id')
      .where('u.email', '=', demoEmail('vermietung.meppen'))
      .executeTakeFirstOrThrow();
    flat = await fixtureFlat(db, m.id, provider.id!, { street: 'Nagelshof 14', rooms: 4, area: 84, rentCents: 59_000 });
  });
  after(() => h.close());

  test('the household and the landlord take every step in their pages', async () => {
    const home = await h.page();
    await signInAs(home, 'bewohner.meppen');
    await home.goto(`/ar/m/meppen/flats/${flat}/apply`);
    await clean(home, 'the apply page');
    await home.locator('textarea[name=message]').fill('نبحث عن شقة منذ أكثر من سنة.');
    await press(home, 'إرسال الطلب');
    assert.match(new URL(home.url()).pathname, /\/ar\/m\/meppen\/housing\/household$/);
    assert.match(await mainText(home), /تم استلام طلبكم/);
    await clean(home, 'the household page');

    const office = await h.page();
    await signInAs(office, 'vermietung.meppen');
    await office.goto('/ar/m/meppen/admin/housing/applicants');
    await clean(office, "the landlord's overview");
    await office.getByRole('link', { name: /Nagelshof 14/ }).click();
    await office.waitForLoadState('load');
    await clean(office, 'the applicants page');
    await press(office, 'إلى القائمة المختصرة');
    assert.match(await mainText(office), /Ahmad Al-Khatib/, 'the contact once shortlisted');
    const soon = `${new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)}T17:00`;
    await office.locator('input[name=startsAt]').fill(soon);
    await press(office, 'إضافة موعد معاينة');
    await press(office, 'دعوة للمعاينة');
    await clean(office, 'the applicants page with a slot');

    await home.goto('/ar/m/meppen/housing/household');
    await clean(home, 'the household page with a slot to book');
    await press(home, 'حجز الموعد');
    assert.match(await mainText(home), /تم حجز الموعد/);

    await office.reload();
    await office.locator('textarea[name=offerReason]').fill('الحجم مناسب ومدة الانتظار الأطول.');
    await press(office, 'عرض الشقة');
    assert.match(await mainText(office), /تم إرسال العرض/);

    await home.goto('/ar/m/meppen/housing/household');
    assert.match(await mainText(home), /الحجم مناسب/, 'the household reads the reason');
    await clean(home, 'the household page with an offer');
    await press(home, 'قبول العرض');
    assert.match(await mainText(home), /قبلتم الشقة/);
    await clean(home, 'the household page after accepting');
    const status = await h.t.conn.db
      .selectFrom('housing_flats')
      .select('status')
      .where('id', '=', flat)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'reserved');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { fixtureFlat } from '../src/modules/housing/applications.fixtures.ts';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { createUser, type TestUser } from '../src/testing/users.ts';
import { axeViolations, fillLogin, type Harness, startHarness, signInDemo } from './harness.ts';

// The whole housing journey in Arabic, in the browser, without shortcuts: a family with an account but no profile
// checks its eligibility anonymously, saves the answers into a new household profile (signing in on the way),
// finds a flat that fits and applies; the landlord (vermietung.meppen) shortlists it and offers a viewing slot;
// the household books it; the landlord offers the flat; the household accepts. Every page passes axe.

/** Fills the sign-in form the page shows and waits for the page it leads to. */
async function signInAs(page: Page, key: string): Promise<void> {
  await signInDemo(page, key, 'ar');
}

/** Posts one step of the check and waits for the next. */
async function nextStep(page: Page): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.locator('button[value=next]').click()]);
  await page.waitForLoadState('load');
}

/** The eligibility check's three steps for a family of two adults and two children, in Arabic. */
async function checkEligibility(page: Page): Promise<void> {
  await page.goto('/ar/m/meppen/housing/check');
  await clean(page, 'the check');
  await page.locator('#f-adults').fill('2');
  await page.locator('#f-children').fill('2');
  await nextStep(page);
  await page.locator('#f-grossIncome').fill('38000');
  await page.locator('#f-benefits-no').check();
  await nextStep(page);
  await page.locator('#f-residence').selectOption('humanitarian');
  await nextStep(page);
  await clean(page, 'the check result');
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

describe('housing journey in Arabic: check, profile, search, apply, shortlist, viewing, offer, accept', () => {
  let h: Harness;
  let flat: string;
  let family: TestUser;
  before(async () => {
    h = await startHarness({ config: { demoMode: true } });
    const db = h.t.conn.db;
    const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
    // A resident of Meppen with an account and no household profile yet.
    family = await createUser(db, {
      email: 'samira.haddad@example.org',
      displayName: 'سميرة حداد',
      locale: 'ar',
      roles: [{ role: 'resident', municipalityId: m.id }],
    });
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
    await checkEligibility(home);
    assert.match(await mainText(home), /43[,.٬]?750/, "the family's income limit (2 adults, 2 children)");
    // Saving leads through sign-in to the profile form, filled in from the check.
    await Promise.all([home.waitForLoadState('load'), home.locator('main a[href*="household%2Fnew"]').click()]);
    await fillLogin(home, family.email, family.password);
    assert.match(new URL(home.url()).pathname, /\/ar\/m\/meppen\/housing\/household\/new$/);
    assert.equal(await home.locator('input[name=annualIncome]').inputValue(), '38000', 'the check’s income kept');
    await clean(home, 'the profile form from the check');
    await home.locator('input[name=contactName]').fill('سميرة حداد');
    await press(home, 'حفظ الملف');
    assert.match(new URL(home.url()).pathname, /\/ar\/m\/meppen\/housing\/household$/);
    // The search says which flats fit the family, and why.
    await home.goto('/ar/m/meppen/flats');
    await clean(home, 'the flat search with a profile');
    await home
      .getByRole('link', { name: /Nagelshof 14/ })
      .first()
      .click();
    await home.waitForLoadState('load');
    await clean(home, 'the flat page');
    // 84 m² within the 85 m² of four persons: the page says the flat fits, and why.
    assert.match(await mainText(home), /بحسب بياناتك، الشقة مناسبة/, 'the flat fits the family');
    assert.match(await mainText(home), /ضمن حد/, 'the size reason in words');
    await home.locator(`main a[href$="/flats/${flat}/apply"]`).first().click();
    await home.waitForLoadState('load');
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
    assert.match(await mainText(office), /سميرة حداد/, 'the contact once shortlisted');
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

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { TestUser } from '../src/testing/users.ts';
import { axeViolations, createMeppenStaff, startHarness, submitCode, submitPassword } from './harness.ts';
import { fixture } from '../src/testing/fixture.ts';

// Someone reports a barrier about Meppen; Meppen's administrator signs in, finds it in the inbox and marks it
// answered; the form is sent without JavaScript, and every staff page passes axe (German and Arabic).
describe('journey: feedback reaches the municipality inbox', () => {
  const h = fixture(() => startHarness());
  let admin: TestUser;
  before(async () => {
    admin = await createMeppenStaff(h(), { email: 'inbox.admin@example.org', role: 'municipality_admin' });
  });

  it('sends feedback on Meppen, and its admin reads and answers it in the inbox', async () => {
    const visitor = await h().page({ javaScriptEnabled: false });
    await visitor.goto('/de/feedback?page=%2Fde%2Fm%2Fmeppen');
    await visitor.locator('textarea[name=message]').fill('Der Kontrast der Karte ist zu schwach.');
    await visitor.locator('input[name=email]').fill('leserin@example.org');
    await visitor.locator('main form button[type=submit]').click();
    await visitor.waitForURL('**/de/feedback');

    // The staff pages ship no script; axe needs script in the page, so this context keeps it on.
    const page = await h().page();
    await submitPassword(page, admin);
    await submitCode(h(), page, admin);
    await page.waitForLoadState();

    for (const locale of ['de', 'ar']) {
      assert.equal((await page.goto(`/${locale}/m/meppen/admin/feedback`))?.status(), 200);
      assert.deepEqual(await axeViolations(page), [], `${locale} inbox`);
    }
    await page.goto('/de/m/meppen/admin/feedback');
    await page.locator('main table a').first().click();
    await page.waitForURL('**/de/m/meppen/admin/feedback/*');
    assert.match(await page.locator('main').innerText(), /Der Kontrast der Karte ist zu schwach/);
    assert.deepEqual(await axeViolations(page), [], 'detail');
    await page.locator('select[name=status]').selectOption('answered');
    await page.locator('main form[action$="/status"] button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').innerText(), /Der Stand wurde gespeichert/);
    assert.deepEqual(await axeViolations(page), [], 'after saving');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { createUser } from '../src/testing/users.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// Someone reports a barrier about Meppen; Meppen's administrator signs in, finds it in the inbox and marks it
// answered; the form is sent without JavaScript, and every staff page passes axe (German and Arabic).
describe('journey: feedback reaches the municipality inbox', () => {
  let h: Harness;
  let admin: { email: string; password: string; totpSecret?: string };
  before(async () => {
    h = await startHarness();
    const meppen = await h.t.conn.db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    admin = await createUser(h.t.conn.db, {
      email: 'inbox.admin@example.org',
      roles: [{ role: 'municipality_admin', municipalityId: meppen.id }],
      totp: true,
    });
  });
  after(() => h.close());

  it('sends feedback on Meppen, and its admin reads and answers it in the inbox', async () => {
    const visitor = await h.page({ javaScriptEnabled: false });
    await visitor.goto('/de/feedback?page=%2Fde%2Fm%2Fmeppen');
    await visitor.locator('textarea[name=message]').fill('Der Kontrast der Karte ist zu schwach.');
    await visitor.locator('input[name=email]').fill('leserin@example.org');
    await visitor.locator('main form button[type=submit]').click();
    await visitor.waitForURL('**/de/feedback');

    // The staff pages ship no script; axe needs script in the page, so this context keeps it on.
    const page = await h.page();
    await page.goto('/de/login');
    await page.locator('input[name=email]').fill(admin.email);
    await page.locator('input[name=password]').fill(admin.password);
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL('**/de/login/totp**');
    const code = new TOTP({ secret: Secret.fromBase32(admin.totpSecret ?? '') }).generate({
      timestamp: h.t.clock.now.getTime(),
    });
    await page.locator('input[name=code]').fill(code);
    await page.locator('main form button[type=submit]').click();
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

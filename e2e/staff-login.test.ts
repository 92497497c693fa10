import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { createUser } from '../src/testing/users.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// A Quartier manager signs in with password and authenticator code, then reads the site in Arabic.
describe('journey: staff sign-in with second factor, then Arabic', () => {
  let h: Harness;
  let user: { email: string; password: string; totpSecret?: string };
  before(async () => {
    h = await startHarness();
    const meppen = await h.t.conn.db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    user = await createUser(h.t.conn.db, {
      email: 'qm.meppen@example.org',
      displayName: 'Amira Haddad',
      roles: [{ role: 'quartier_manager', municipalityId: meppen.id }],
      totp: true,
    });
  });
  after(() => h.close());

  it('signs in at /de/login, passes /de/login/totp, switches to Arabic and sees lang="ar" dir="rtl"', async () => {
    const page = await h.page();
    await page.goto('/de/login');
    await page.locator('input[name=email]').fill(user.email);
    await page.locator('input[name=password]').fill(user.password);
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL('**/de/login/totp**');
    assert.deepEqual(await axeViolations(page), [], 'the code page is accessible too');

    // The code for the app's clock (tests fix it), as the person's authenticator app would show it.
    const code = new TOTP({ secret: Secret.fromBase32(user.totpSecret ?? '') }).generate({
      timestamp: h.t.clock.now.getTime(),
    });
    await page.locator('input[name=code]').fill(code);
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.includes('/login'));
    assert.match((await page.locator('header').textContent()) ?? '', /Amira Haddad/);

    await page.locator('nav.z-langs a[hreflang=ar]').click();
    await page.waitForURL((url) => url.pathname.startsWith('/ar/'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    // Still signed in after the switch: the session does not depend on the language.
    assert.match((await page.locator('header').textContent()) ?? '', /Amira Haddad/);
  });
});

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { TestUser } from '../src/testing/users.ts';
import { axeViolations, createMeppenStaff, startHarness, submitCode, submitPassword } from './harness.ts';
import { fixture } from '../src/testing/fixture.ts';

// A Quartier manager signs in with password and authenticator code, then reads the site in Arabic.
describe('journey: staff sign-in with second factor, then Arabic', () => {
  const h = fixture(() => startHarness());
  let user: TestUser;
  before(async () => {
    user = await createMeppenStaff(h(), {
      email: 'qm.meppen@example.org',
      displayName: 'Amira Haddad',
      role: 'quartier_manager',
    });
  });

  it('signs in at /de/login, passes /de/login/totp, switches to Arabic and sees lang="ar" dir="rtl"', async () => {
    const page = await h().page();
    await submitPassword(page, user);
    assert.deepEqual(await axeViolations(page), [], 'the code page is accessible too');

    await submitCode(h(), page, user);
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

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startHarness } from './harness.ts';
import { fixture } from '../src/testing/fixture.ts';

// Every flow works without JavaScript: the pages ship none, forms post and redirect.
describe('without JavaScript', () => {
  const h = fixture(() => startHarness());

  it('sends the feedback form and shows the thank-you message', async () => {
    const page = await h().page({ javaScriptEnabled: false });
    await page.goto('/de/feedback');
    await page.getByLabel('Ihre Nachricht').fill('Der Kontrast der Fußzeile ist zu schwach.');
    await page.getByLabel(/Ihre E-Mail-Adresse/).fill('leserin@example.org');
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    await page.waitForURL('**/de/feedback');
    const flash = page.locator('[role=status]');
    assert.match((await flash.textContent()) ?? '', /Danke für Ihre Nachricht/);
    // The demo's inboxes hold feedback already: this one is the message just sent, stored once.
    const rows = await h()
      .t.conn.db.selectFrom('feedback')
      .select(['message', 'email', 'municipality_id'])
      .where('message', '=', 'Der Kontrast der Fußzeile ist zu schwach.')
      .execute();
    assert.deepEqual(rows, [
      { message: 'Der Kontrast der Fußzeile ist zu schwach.', email: 'leserin@example.org', municipality_id: null },
    ]);
  });

  it('keeps what was typed and links the error summary to the field after a bad submit', async () => {
    const page = await h().page({ javaScriptEnabled: false });
    await page.goto('/ar/feedback');
    await page.locator('#f-email').fill('not-an-address');
    await page.locator('main form button[type=submit]').click();
    await page.waitForLoadState();
    assert.equal(await page.locator('#f-email').inputValue(), 'not-an-address');
    await page.locator('.z-error-summary a[href="#f-message"]').click();
    assert.equal(await page.evaluate(() => location.hash), '#f-message');
  });

  it('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
    const page = await h().page({ javaScriptEnabled: false });
    await page.goto('/de/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.z-skip');
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    assert.equal(await skip.isVisible(), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });

  it('switches the language with the links in the header, right-to-left for Arabic', async () => {
    const page = await h().page({ javaScriptEnabled: false });
    await page.goto('/de/privacy');
    await page.locator('nav.z-langs a[hreflang=ar]').click();
    await page.waitForURL('**/ar/privacy');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  });
});

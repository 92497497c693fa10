import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { toFloating } from '../src/lib/calendar/index.ts';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness, signInDemo } from './harness.ts';

// Asendorf's village hall in German and in Farsi (right to left), pages without JavaScript: the room page with its rules
// and week of booked and free times, then the booking form of the Landfrauen's volunteer: a booking goes through,
// the same time again is refused with a 409 that names the date and keeps what was typed. axe finds nothing on
// any of these pages, and the room page stays within the page budget.

const DAY = 86_400_000;

/** A Tuesday about five weeks ahead, as the date field takes it. */
function aTuesday(): string {
  const local = toFloating(new Date(Date.now() + 35 * DAY), 'Europe/Berlin');
  const shift = (1 - ((local.getUTCDay() + 6) % 7) + 7) % 7;
  return new Date(local.getTime() + shift * DAY).toISOString().slice(0, 10);
}

describe('community rooms: room page and booking form in German and Farsi', () => {
  let h: Harness;
  let roomPath: (locale: string) => string;
  before(async () => {
    h = await startHarness();
    const room = await h.t.conn.db
      .selectFrom('community_rooms')
      .select('id')
      .where('name', '=', 'Dorfgemeinschaftshaus Asendorf')
      .executeTakeFirstOrThrow();
    roomPath = (locale) => `/${locale}/m/asendorf/rooms/${room.id}`;
  });
  after(() => h.close());

  async function axeOn(url: string, status = 200): Promise<string[]> {
    const page = await h.page();
    const res = await page.goto(url);
    assert.equal(res?.status(), status, url);
    return axeViolations(page);
  }

  async function signIn(page: Page, locale: string): Promise<void> {
    await signInDemo(page, 'ehrenamt.asendorf', locale);
  }

  for (const locale of ['de', 'fa'] as const) {
    it(`the room page in ${locale}: rules, opening hours and the week, axe-clean, within the budget`, async () => {
      const page = await h.page({ javaScriptEnabled: false });
      const res = await page.goto(roomPath(locale));
      assert.equal(res?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('dir'), locale === 'fa' ? 'rtl' : 'ltr');
      assert.equal(await page.locator('main table tbody tr').count(), 7, 'seven days in the week view');
      await page.locator('a[rel=next]').click();
      await page.waitForURL(/\?week=\d{4}-W\d{2}/);
      assert.equal(await page.locator('main table tbody tr').count(), 7);
      assert.deepEqual(await axeOn(roomPath(locale)), []);
      const { html, files } = await measure(h.t.app, roomPath(locale));
      assert.doesNotMatch(html, /<script\b/, 'the page ships no JavaScript');
      const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
      assert.ok(bytes <= PAGE_BUDGET, `${bytes} bytes on a first visit`);
    });

    it(`the booking form in ${locale}: booked once, the same time again is a 409 with the input kept`, async () => {
      // axe runs as script in the page, so these contexts allow it; the pages ship none (checked below).
      const page = await h.page();
      await signIn(page, locale);
      const book = `${roomPath(locale)}/book`;
      assert.equal((await page.goto(book))?.status(), 200);
      assert.equal(await page.locator('script').count(), 0, 'the form ships no JavaScript');
      assert.deepEqual(await axeViolations(page), []);
      const date = aTuesday();
      const fill = async (from: string, to: string, title: string) => {
        await page.locator('#f-date').fill(date);
        await page.locator('#f-from').fill(from);
        await page.locator('#f-to').fill(to);
        await page.locator('#f-purpose').selectOption('group');
        await page.locator('#f-title').fill(title);
        await page.locator('main form button[type=submit]').click();
        await page.waitForLoadState('load');
      };
      // Each locale books its own evening, so that the two runs do not meet.
      const [from, to] = locale === 'de' ? ['17:00', '18:30'] : ['19:30', '21:00'];
      await fill(from, to, `Sprachtreff ${locale}`);
      assert.match(new URL(page.url()).pathname, new RegExp(`/${locale}/m/asendorf/bookings$`));
      assert.match((await page.locator('main').textContent()) ?? '', new RegExp(`Sprachtreff ${locale}`));
      assert.deepEqual(await axeViolations(page), []);

      const second = await h.page();
      await signIn(second, locale);
      await second.goto(book);
      const again = second.locator('main form');
      await second.locator('#f-date').fill(date);
      await second.locator('#f-from').fill(from);
      await second.locator('#f-to').fill(to);
      await second.locator('#f-purpose').selectOption('meeting');
      await second.locator('#f-title').fill('Noch einmal');
      const [res] = await Promise.all([
        second.waitForResponse((r) => r.request().method() === 'POST'),
        again.locator('button[type=submit]').click(),
      ]);
      assert.equal(res.status(), 409);
      await second.waitForLoadState('load');
      assert.equal(await second.locator('.z-error-summary a[href="#f-date"]').count(), 1);
      assert.equal(await second.locator('#f-title').inputValue(), 'Noch einmal');
      assert.deepEqual(await axeViolations(second), [], 'the refused form is axe-clean too');
    });
  }
});

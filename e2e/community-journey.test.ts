import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { toFloating } from '../src/lib/calendar/index.ts';
import { manifests } from '../src/modules/index.ts';
import { isoWeekOf } from '../src/modules/community/rooms.week.ts';
import { platformJobs } from '../src/platform/jobs/platform-jobs.ts';
import { registryOf } from '../src/platform/jobs/background.ts';
import { runDueJobs } from '../src/platform/jobs/queue.ts';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { appMessages } from '../src/testing/app.ts';
import { JS_BUDGET, measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness, signInDemo } from './harness.ts';

// Issue #10 as one journey across the community parts, through the UI only (the database and the outbox are read,
// never written): the Asendorf volunteer creates a monthly cooking evening in the village hall with one place; the
// hall needs approval, so its dates are requested until the Quartier manager approves them. A resident registers
// without an account in Ukrainian and gets the place, a second lands on the waitlist at 1, the first cancels by the
// link of the confirmation page and the second is promoted and mailed. Then the four public pages of this journey's
// state (the list found by the search, the event page, the room's week with the booking, the full date's form with
// its waitlist box) pass axe in German and in Farsi (right to left) and stay within the page budget.

const DAY = 86_400_000;
const TITLE = 'Kochabend Asendorf–Charkiw';
const FIRST = { name: 'Olena Kovalenko', email: 'olena.kovalenko@example.org' };
const SECOND = { name: 'Taras Melnyk', email: 'taras.melnyk@example.org' };

describe('community journey: a monthly cooking evening from its creation to a promotion from the waitlist', () => {
  let h: Harness;
  let eventId = '';
  let registerPath = '';
  const holder: { first?: string; second?: string } = {};
  const uk = (key: string, values?: Record<string, string | number>) => appMessages().format('uk', key, values);

  before(async () => {
    // Demo mode lets the demo staff in without a second factor, as on the demo server.
    h = await startHarness({ config: { demoMode: true } });
  });
  after(() => h.close());

  async function signIn(key: string): Promise<Page> {
    const page = await h.page();
    await signInDemo(page, key);
    return page;
  }

  /** Picks the option of a select whose text contains `text` (labels carry more than the name). */
  async function choose(page: Page, select: string, text: string): Promise<void> {
    const value = await page.locator(`${select} option`, { hasText: text }).first().getAttribute('value');
    assert.ok(value, `${select}: an option with ${text}`);
    await page.locator(select).selectOption(value);
  }

  /** Clicks a form's button and waits until the answer to its POST has loaded (a redirect's page included). */
  async function submit(page: Page, button: string): Promise<void> {
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator(button).click()]);
    await page.waitForLoadState('load');
  }

  const bookingsOf = (id: string) =>
    h.t.conn.db.selectFrom('community_bookings').select(['status', 'starts_at']).where('event_id', '=', id).execute();

  it('the volunteer creates and publishes the series; the village hall is requested for every date', async () => {
    const page = await signIn('ehrenamt.asendorf');
    await page.goto('/de/m/asendorf/admin/events/new');
    await page.locator('#f-typeKey').selectOption('cooking_evening');
    await page.locator('#f-title').fill(TITLE);
    await page.locator('#f-description').fill('Wir kochen Borschtsch und Grünkohl, jeden Monat ein anderes Land.');
    await choose(page, '#f-quartierId', 'Ortskern');
    await page.locator('#f-place').selectOption('room');
    await choose(page, '#f-roomId', 'Dorfgemeinschaftshaus');
    const start = toFloating(new Date(h.t.clock.now.getTime() + 10 * DAY), 'Europe/Berlin');
    await page.locator('#f-startDate').fill(start.toISOString().slice(0, 10));
    await page.locator('#f-startTime').fill('19:00');
    await page.locator('#f-endTime').fill('21:00');
    await page.locator('#f-repeat').selectOption('monthly');
    await page.locator('#f-monthWeek').selectOption('2');
    await page.locator('#f-monthDay').selectOption('WE');
    await page.locator('#f-languages-uk').check();
    await page.locator('#f-capacity').fill('1');
    await page.locator('main form button[type=submit]').last().click();
    await page.waitForURL(/\/de\/m\/asendorf\/admin\/events\/[0-9a-f-]{36}$/);
    eventId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

    const event = await h.t.conn.db
      .selectFrom('community_events')
      .select(['rrule', 'capacity', 'status'])
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    assert.match(event.rrule ?? '', /FREQ=MONTHLY;BYDAY=2WE/);
    assert.equal(event.capacity, 1);
    const requested = await bookingsOf(eventId);
    assert.ok(requested.length >= 11, `a year of dates requested (${requested.length})`);
    assert.deepEqual([...new Set(requested.map((b) => b.status))], ['pending'], 'the hall needs approval');

    await page.locator('#f-status').selectOption('published');
    await submit(page, 'form[action$="/status"] button[type=submit]');
    const published = await h.t.conn.db
      .selectFrom('community_events')
      .select('status')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    assert.equal(published.status, 'published');
  });

  it('the Quartier manager approves the request as a whole', async () => {
    const page = await signIn('qm.asendorf');
    await page.goto('/de/m/asendorf/admin/bookings');
    const row = page.locator('main tbody tr', { hasText: TITLE });
    assert.equal(await row.count(), 1, 'one request for the whole series');
    await submit(page, `main tbody tr:has-text("${TITLE}") form:has(input[name=decision][value=approve]) button`);
    assert.equal(await page.locator('main tbody tr', { hasText: TITLE }).count(), 0, 'the request left the queue');
    const approved = await bookingsOf(eventId);
    assert.deepEqual([...new Set(approved.map((b) => b.status))], ['approved']);
  });

  /** Opens the event from the Ukrainian list by its search and follows the first date's link to its form. */
  async function toFormInUkrainian(page: Page): Promise<void> {
    await page.goto('/uk/m/asendorf/events');
    await page.locator('#f-q').fill('Charkiw');
    await page.locator('form.z-filter button[type=submit]').click();
    await page.waitForURL(/\/uk\/m\/asendorf\/events\?.*q=Charkiw/);
    await page.locator('.z-cards a', { hasText: TITLE }).first().click();
    await page.waitForURL(new RegExp(`/uk/m/asendorf/events/${eventId}$`));
    await page.locator('main a[href$="/register"]').first().click();
    await page.waitForURL(/\/uk\/m\/asendorf\/events\/.+\/occurrences\/.+\/register$/);
    registerPath = new URL(page.url()).pathname;
    const next = await h.t.conn.db
      .selectFrom('community_occurrences')
      .select('id')
      .where('event_id', '=', eventId)
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    assert.ok(registerPath.endsWith(`/occurrences/${next.id}/register`), 'the first link is the next date');
  }

  async function register(page: Page, who: { name: string; email: string }, waitlist: boolean): Promise<string> {
    await page.locator('#f-name').fill(who.name);
    await page.locator('#f-email').fill(who.email);
    await page.locator('#f-consent').check();
    if (waitlist) await page.locator('#f-waitlist').check();
    await page.locator(`main form[action$="/register"] button[type=submit]`).click();
    await page.waitForURL(/\/uk\/m\/asendorf\/registrations\/[^/]+$/);
    return new URL(page.url()).pathname;
  }

  const notice = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

  it('a resident without an account registers in Ukrainian and gets the one place', async () => {
    const page = await h.page();
    await toFormInUkrainian(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
    holder.first = await register(page, FIRST, false);
    assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
    assert.ok((await notice(page)).includes(uk('community.registrations.holder.confirmed', { party: 1 })));
  });

  it('a second person lands on the waitlist at position 1', async () => {
    const page = await h.page();
    await toFormInUkrainian(page);
    holder.second = await register(page, SECOND, true);
    assert.ok((await notice(page)).includes(uk('community.registrations.holder.waitlisted', { position: 1 })));
  });

  it('the first cancels by the link of the confirmation; the second is promoted and mailed', async () => {
    const page = await h.page();
    await page.goto(holder.first ?? '');
    await page.locator('main form[action$="/cancel"] button[type=submit]').click();
    // Back on the same page, now without the cancel form.
    await page.locator('main form[action$="/cancel"]').waitFor({ state: 'detached' });
    assert.ok((await notice(page)).includes(uk('community.registrations.holder.cancelled')));

    const second = await h.page();
    await second.goto(holder.second ?? '');
    assert.ok((await notice(second)).includes(uk('community.registrations.holder.confirmed', { party: 1 })));

    // The notices job runs in the server's background worker; here the test runs the due jobs once, on the wall
    // clock like that worker (the job was queued at the database's time, later than the app's clock, which stands
    // at the start of the test).
    const registry = registryOf(platformJobs, ...manifests.map((m) => m.jobs));
    await runDueJobs(h.t.conn.db, () => new Date(), { registry, config: h.t.config });
    const mails = await h.t.conn.db
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', SECOND.email)
      .execute();
    // The subject up to the event's title: "Для вас є місце: …".
    const prefix = uk('community.registrations.mail.promoted.subject', { title: '\u0000', date: '' }).split(
      '\u0000',
    )[0];
    const promoted = mails.filter((m) => m.subject.startsWith(prefix ?? '-'));
    assert.equal(mails.length, 2, `the waitlist mail and the promotion: ${mails.map((m) => m.subject).join(' | ')}`);
    assert.equal(promoted.length, 1, mails.map((m) => m.subject).join(' | '));
    assert.ok(promoted[0]?.body_text.includes(holder.second ?? '-'), 'the mail links to the registration page');
  });

  it('list, event page, room week and the full date’s form: axe-clean and within the budget in de and fa', async (t) => {
    const first = await h.t.conn.db
      .selectFrom('community_occurrences')
      .select('starts_at')
      .where('event_id', '=', eventId)
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    const room = await h.t.conn.db
      .selectFrom('community_events')
      .select('room_id')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    const week = isoWeekOf(toFloating(first.starts_at, 'Europe/Berlin'));
    const tail = registerPath.replace(/^\/uk\//, '');
    const weights: string[] = [];
    for (const locale of ['de', 'fa'] as const) {
      const page = await h.page();
      for (const path of [
        `/${locale}/m/asendorf/events?q=Charkiw`,
        `/${locale}/m/asendorf/events/${eventId}`,
        `/${locale}/m/asendorf/rooms/${room.room_id}?week=${week}`,
        `/${locale}/${tail}`,
      ]) {
        assert.equal((await page.goto(path))?.status(), 200, path);
        assert.equal(await page.locator('html').getAttribute('dir'), locale === 'fa' ? 'rtl' : 'ltr', path);
        assert.deepEqual(await axeViolations(page), [], path);
        if (locale === 'de' && path.includes('/rooms/')) {
          // The week of the first date shows the evening's time as booked (never by whom): Wednesday's row (in
          // German; Farsi writes the time in Persian digits).
          assert.match((await page.locator('main tbody tr').nth(2).textContent()) ?? '', /19:00/);
        }
        const { files } = await measure(h.t.app, path);
        const sum = (kinds: string[]) => files.filter((f) => kinds.includes(f.kind)).reduce((s, f) => s + f.bytes, 0);
        const total = sum(['html', 'css', 'js', 'font', 'other']);
        weights.push(`${path}: ${total} B`);
        assert.ok(total <= PAGE_BUDGET, `${path}: ${total} B > ${PAGE_BUDGET} B`);
        assert.ok(sum(['js']) <= JS_BUDGET, `${path}: JS ${sum(['js'])} B`);
      }
      // The promoted person holds the one place again: the form is the full date's, with the waitlist box.
      assert.equal(await page.locator('#f-waitlist').count(), 1, 'the date is full again');
    }
    t.diagnostic(weights.join('\n'));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoSession } from '../src/modules/community/events.fixtures.ts';
import { measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// The public calendar in German and Farsi (right to left): the list filtered with the GET form without
// JavaScript, the month calendar, an event page with its changed dates; axe finds nothing; each page stays within
// the page budget. The organisers' pages are axe-clean too.

describe('community events: list, month calendar and event page in de and fa', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  async function axeOn(url: string, status = 200): Promise<string[]> {
    const page = await h.page();
    const res = await page.goto(url);
    assert.equal(res?.status(), status, url);
    return axeViolations(page);
  }

  /** Compressed bytes of a first visit; the only script element is the structured data, which runs nothing. */
  async function firstVisitBytes(path: string): Promise<number> {
    const { html, files } = await measure(h.t.app, path);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /type="application\/ld\+json"/);
    return files.reduce((sum, f) => sum + f.bytes, 0);
  }

  const cooking = async () =>
    (
      await h.t.conn.db
        .selectFrom('community_event_texts')
        .select('event_id')
        .where('title', '=', 'Internationaler Kochabend der Landfrauen')
        .executeTakeFirstOrThrow()
    ).event_id;

  it('filters the list without JavaScript and opens the cooking evening, in Farsi, right to left', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    assert.equal((await page.goto('/fa/m/asendorf/events'))?.status(), 200);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.locator('#f-lang').selectOption('uk');
    await page.locator('#f-family').check();
    await page.locator('form.z-filter button[type=submit]').click();
    await page.waitForURL(/\/fa\/m\/asendorf\/events\?.*lang=uk/);
    const titles = await page.locator('.z-cards h2').allTextContents();
    assert.ok(titles.includes('شب آشپزی بین‌المللی انجمن زنان روستا'), titles.join(' | '));
    assert.ok(!titles.some((x) => x.includes('میزگرد')), 'the round table is German only');
    assert.equal(await page.locator('#f-family').isChecked(), true, 'the filter stays ticked');
    await page.locator('.z-cards a', { hasText: 'شب آشپزی' }).first().click();
    await page.waitForURL(/\/fa\/m\/asendorf\/events\/[0-9a-f-]{36}$/);
    const main = (await page.locator('main').textContent()) ?? '';
    assert.match(main, /لغو شد/, 'the cancelled date says so');
    assert.match(main, /جابه‌جا شد/, 'the moved date says so');
    assert.deepEqual(await axeOn(new URL(page.url()).pathname), []);
  });

  it('the month calendar links to the events and pages back and forth, axe-clean in both languages', async () => {
    const first = await h.t.conn.db
      .selectFrom('community_occurrences')
      .select('starts_at')
      .where('event_id', '=', await cooking())
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    const month = first.starts_at.toISOString().slice(0, 7);
    for (const locale of ['de', 'fa']) {
      const url = `/${locale}/m/asendorf/events?view=month&month=${month}`;
      const page = await h.page({ javaScriptEnabled: false });
      assert.equal((await page.goto(url))?.status(), 200);
      assert.ok((await page.locator('table a').count()) > 0, 'dates in the calendar');
      await page.locator('a[rel=next]').click();
      await page.waitForURL(/month=\d{4}-\d{2}/);
      assert.notEqual(new URL(page.url()).searchParams.get('month'), month);
      assert.deepEqual(await axeOn(url), [], url);
      assert.deepEqual(await axeOn(`/${locale}/m/asendorf/events`), []);
    }
  });

  it('a bad filter is a 422 with the input kept and a linked error summary', async () => {
    const page = await h.page({ javaScriptEnabled: false });
    assert.equal((await page.goto('/fa/m/asendorf/events?from=2027-02-30'))?.status(), 422);
    assert.equal(await page.locator('#f-from').inputValue(), '');
    assert.equal(await page.locator('.z-error-summary a[href="#f-from"]').count(), 1);
    assert.deepEqual(await axeOn('/fa/m/asendorf/events?from=2027-02-30', 422), []);
  });

  it('list, month view and event page stay within the page budget in de and fa', async () => {
    const id = await cooking();
    for (const locale of ['de', 'fa']) {
      for (const path of [
        `/${locale}/m/asendorf/events`,
        `/${locale}/m/asendorf/events?view=month`,
        `/${locale}/m/asendorf/events/${id}`,
      ]) {
        const bytes = await firstVisitBytes(path);
        assert.ok(bytes <= PAGE_BUDGET, `${path}: ${bytes} B > ${PAGE_BUDGET} B`);
      }
    }
  });

  it('the organisers’ list, event, date and new-event pages are axe-clean', async () => {
    const db = h.t.conn.db;
    const context = await h.context();
    await context.addCookies([{ name: 'zh_sid', value: await demoSession(db, 'ehrenamt.asendorf'), url: h.baseUrl }]);
    const page = await context.newPage();
    const id = await cooking();
    const o = await db
      .selectFrom('community_occurrences')
      .select('id')
      .where('event_id', '=', id)
      .where('status', '=', 'scheduled')
      .orderBy('starts_at', 'desc')
      .executeTakeFirstOrThrow();
    for (const locale of ['de', 'fa']) {
      const base = `/${locale}/m/asendorf/admin/events`;
      for (const url of [
        base,
        `${base}/new`,
        `${base}/${id}`,
        `${base}/${id}/edit`,
        `${base}/${id}/occurrences/${o.id}`,
      ]) {
        assert.equal((await page.goto(url))?.status(), 200, url);
        assert.deepEqual(await axeViolations(page), [], url);
      }
    }
  });
});

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, demoEmail } from '../src/seed/demo-accounts.ts';
import { listRoutes } from '../src/testing/access-matrix.ts';
import { routePattern } from '../src/testing/crawl.ts';
import { allowedPages, crawlLinks, grantsOf, linksOf, mailsToRead, unreached } from '../src/testing/role-crawl.ts';
import { registrationsToRead } from '../src/testing/community-registrations.ts';
import { dayToRead } from '../src/testing/counselling-day.ts';
import { guidePageToTranslate } from '../src/testing/welcome-translations.ts';
import { mentoringToRead } from '../src/testing/mentoring-programmes.ts';
import { axeViolations, startHarness, signInDemo } from './harness.ts';
import { fixture } from '../src/testing/fixture.ts';

// Each demo role of Meppen and the state's two, in the browser: sign in on the German sign-in page (demo staff may
// skip the second factor in demo mode), land on "My Zuhause" in the account's language, then follow links only.
// No page on the way is a 403 or a 404, every page the route table allows the role is reached, and the landing
// page passes axe and fits a 390 px phone with the signed-in header on one line.

const ROLES = DEMO_ACCOUNTS.filter((a) => !a.municipality || a.municipality === 'meppen');

const signInAs = (page: Page, account: DemoAccount) => signInDemo(page, account.key);

/**
 * The signed-in header fits one line: the site name and each account link are one line high, side by side (they
 * share the name's vertical middle), and all lie within the window, on either side (right-to-left pages too).
 */
async function headerOnOneLine(page: Page): Promise<string[]> {
  const boxes = await page.locator('.z-brand, .z-account > li:visible').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent ?? '', top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
  const width = await page.evaluate(() => window.innerWidth);
  const brand = boxes[0]!;
  const middle = (brand.top + brand.bottom) / 2;
  return boxes
    .filter((b) => b.bottom - b.top > 40 || b.top > middle || b.bottom < middle || b.left < 0 || b.right > width)
    .map(
      (b) => `${b.text}: ${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`,
    );
}

describe('journeys: every demo role finds its work from My Zuhause, by links only', () => {
  const h = fixture(() => startHarness({ config: { demoMode: true } }));
  before(async () => {
    await mailsToRead(h().t.conn.db);
    await registrationsToRead(h().t.conn.db, h().t.clock.now);
    // A counselling day with an appointment for Meppen's counsellor and for its Quartier manager (who holds
    // office hours), so that the day's pages are reached by links.
    await dayToRead(h().t.conn.db, h().t.clock.now);
    await dayToRead(h().t.conn.db, h().t.clock.now, demoEmail('qm.meppen'));
    // A guide page to translate, whatever the demo content holds: the translation editor is reached from its overview.
    const meppen = await h()
      .t.conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    await guidePageToTranslate(h().t.conn.db, meppen.id);
    // A mentoring programme of Meppen run by its staff roles (the demo's programme is Osnabrück's).
    await mentoringToRead(h().t.conn.db, meppen.id, 'meppen', h().t.clock.now);
  });

  // A page (route and language) is rendered and checked with axe by the first role that reaches it; the roles after
  // it still reach it by links (their crawl), but do not check the same page's markup again.
  const axeChecked = new Set<string>();

  for (const account of ROLES) {
    test(`${account.key} (${account.role}) signs in, lands on /${account.locale}/me and reaches every allowed page`, async (ctx) => {
      const page = await h().page({ viewport: { width: 390, height: 844 } });
      const landing = await signInAs(page, account);
      assert.equal(landing, `/${account.locale}/me`);
      assert.equal(await page.locator('html').getAttribute('lang'), account.locale);
      assert.deepEqual(await axeViolations(page), [], 'My Zuhause is accessible');
      assert.deepEqual(await headerOnOneLine(page), [], 'the signed-in header sits on one line at 390 px');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(overflow <= 390, `no sideways scrolling of the page at 390 px (${overflow})`);

      // The crawl follows links with the browser's own session (its request context shares the cookies) but without
      // rendering; every page the role may use is then opened in the browser once and checked with axe at 390 px.
      const expected = allowedPages(h().t.app, await grantsOf(h().t.conn.db, demoEmail(account.key)));
      const unchecked = new Set(expected.map((r) => r.url));
      const toRender: string[] = [];
      const result = await crawlLinks(
        async (url) => {
          const res = await page.request.get(url);
          const html = (res.headers()['content-type'] ?? '').startsWith('text/html');
          const route = expected.find((r) => unchecked.has(r.url) && routePattern(r.url).test(url));
          if (route && res.status() === 200 && html) {
            unchecked.delete(route.url);
            const key = `${account.locale} ${route.method} ${route.url}`;
            if (!axeChecked.has(key)) toRender.push(url);
            axeChecked.add(key);
          }
          return { status: res.status(), links: html ? linksOf(await res.text()) : [] };
        },
        landing,
        { prefix: `/${account.locale}/`, maxPages: 800 },
      );
      const violations: string[] = [];
      for (const url of toRender) {
        await page.goto(url);
        violations.push(...(await axeViolations(page)).map((v) => `${url}: ${v}`));
      }
      ctx.diagnostic(`${result.visited.length} pages visited, ${toRender.length} rendered and checked with axe`);
      assert.deepEqual(
        result.visited.filter((v) => v.status !== 200),
        [],
        'every link led to a page (no 403, no 404)',
      );
      const missed = unreached(expected, result.visited);
      assert.equal(missed.length, 0, `Allowed pages no link leads to:\n${listRoutes(missed)}`);
      assert.deepEqual(violations, [], 'every page the role may use passes axe at 390 px');
    });
  }

  test('a staff table on a 390 px phone: the scroll box is named and reachable by keyboard, name and action in view', async () => {
    const page = await h().page({ viewport: { width: 390, height: 844 } });
    await signInAs(page, { key: 'land', displayName: '', locale: 'de', role: 'state_admin' });
    await page.goto('/de/state/municipalities');
    const box = page.locator('section.kern-table-responsive');
    assert.equal(await box.getAttribute('tabindex'), '0');
    assert.ok(await box.getAttribute('aria-label'));
    const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    assert.ok(scrolls, 'the table is wider than the phone, so its box scrolls');
    const visible = async (selector: string) => {
      const r = await page.locator(selector).first().boundingBox();
      return r !== null && r.x >= 0 && r.x + r.width <= 390;
    };
    assert.ok(await visible('tbody th[scope=row]'), 'the row name is in view');
    assert.ok(await visible('tbody td.z-sticky-end a'), 'the row action is in view');
    // Keyboard: focus the box (Tab order) and scroll it with the arrow key.
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The browser may animate the scroll: wait until it has moved (or give up), then assert.
    const scrolled = await page
      .waitForFunction(() => (document.querySelector('section.kern-table-responsive')?.scrollLeft ?? 0) > 0, null, {
        timeout: 5000,
      })
      .then(
        () => true,
        () => false,
      );
    assert.ok(scrolled, 'arrow keys scroll the focused box');
    assert.deepEqual(await axeViolations(page), []);
  });
});

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail } from '../seed/demo-accounts.ts';
import { listRoutes } from './access-matrix.ts';
import { testApp } from './app.ts';
import { allowedPages, crawlLinks, grantsOf, linksOf, mailsToRead, unreached } from './role-crawl.ts';
import { AddressedClient, signIn } from './users.ts';
import { fixture } from './fixture.ts';
import { registrationsToRead } from './community-registrations.ts';
import { dayToRead } from './counselling-day.ts';
import { guidePageToTranslate } from './welcome-translations.ts';
import { practiceToRead } from './welcome-practice.ts';
import { welcomePlacesToRead } from './audit-tour.welcome-places.ts';
import { mentoringToRead } from './mentoring-programmes.ts';

// Every demo role of Meppen and the state's two, as a person would: sign in on the German sign-in page, land on
// "My Zuhause" in their own language, then follow links only. No link on the way may lead to a 403 or a 404, and
// every page the route table allows the role must be reached. (The browser version is e2e/role-journeys.test.ts.)

const ROLES = DEMO_ACCOUNTS.filter((a) => !a.municipality || a.municipality === 'meppen');

describe('role journeys (in process): each demo role finds every page it may use from My Zuhause', () => {
  const t = fixture(() => testApp({ demoMode: true }, [], { demo: true }));
  before(async () => {
    await mailsToRead(t().conn.db);
    await registrationsToRead(t().conn.db, t().clock.now);
    await dayToRead(t().conn.db, t().clock.now);
    // Meppen's Quartier manager holds office hours too: their day opens on their own appointments.
    await dayToRead(t().conn.db, t().clock.now, demoEmail('qm.meppen'));
    // A guide page to translate, whatever the demo content holds: the editor is reached from the overview.
    const meppen = await t()
      .conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    await guidePageToTranslate(t().conn.db, meppen.id);
    // An example to review (state) and one to adapt (Meppen), whatever the demo's library holds.
    await practiceToRead(t().conn.db);
    await welcomePlacesToRead(t().conn.db);
    // A mentoring programme of Meppen run by its staff roles, with a cycle open for applications.
    await mentoringToRead(t().conn.db, meppen.id);
  });

  for (const account of ROLES) {
    test(`${account.key} (${account.role}, ${account.locale})`, async (ctx) => {
      const email = demoEmail(account.key);
      const client = new AddressedClient(t().app);
      const login = await signIn(client, 'de', email, DEMO_PASSWORD);
      const landing = String(login.headers.location);
      assert.equal(landing, `/${account.locale}/me`, 'lands on My Zuhause, in the language of the account');

      const result = await crawlLinks(
        async (url) => {
          const res = await client.get(url);
          const html = String(res.headers['content-type'] ?? '').startsWith('text/html');
          const location = res.statusCode >= 300 && res.statusCode < 400 ? String(res.headers.location) : undefined;
          return { status: res.statusCode, ...(location ? { location } : {}), links: html ? linksOf(res.body) : [] };
        },
        landing,
        // The welcome guide alone adds a page, a print view per guide page and a page per saved version per language;
        // a mentoring programme one translation form per language.
        { prefix: `/${account.locale}/`, maxPages: 700 },
      );
      ctx.diagnostic(`${result.visited.length} pages visited`);
      const broken = result.visited.filter((v) => v.status >= 400);
      assert.deepEqual(broken, [], 'a link led to an error page');
      assert.ok(result.visited.length < 700, 'the crawl ended before its bound');

      const expected = allowedPages(t().app, await grantsOf(t().conn.db, email));
      assert.ok(
        expected.some((r) => r.url === '/:locale/me'),
        'My Zuhause is among the allowed pages',
      );
      const missed = unreached(expected, result.visited);
      assert.equal(missed.length, 0, `Allowed pages no link leads to:\n${listRoutes(missed)}`);
    });
  }
});

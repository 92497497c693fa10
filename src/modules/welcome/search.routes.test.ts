import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { searchFixture } from './search.fixtures.ts';

// The must-show of the search across languages, through the page as a reader sees it, on whichever engine runs the
// suite: a German term, the reader's own word and a typo all find the WBS page in the reader's language first; a
// page whose German text alone matches is shown in the reader's language, marked "matched in German".

// A module that only offers a search source: the seam works without naming the welcome module.
const probe: ModuleManifest = {
  name: 'probe',
  search: [
    {
      id: 'probe.notes',
      label: 'welcome.search.kind.place',
      async search(_db, q) {
        return q.terms.some((t) => t.toLowerCase() === 'wbs')
          ? [
              {
                title: 'WBS <b>Sprechstunde</b>',
                snippet: 'Jeden Dienstag: WBS-Beratung',
                url: '/de/x',
                locale: 'de',
                rank: 0.2,
              },
            ]
          : [];
      },
    },
  ],
};

/** The results of a search page: each hit's link, its language, and whether it says where it matched. */
function hits(html: string): { href: string; lang: string; matchedIn: boolean; html: string }[] {
  const list = /<ol class="z-cards">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li class="z-card">([\s\S]*?)<\/li>/g)].map((m) => {
    const a = /<a class="kern-link" href="([^"]+)" lang="([^"]+)"/.exec(m[1]!)!;
    return { href: a[1]!, lang: a[2]!, matchedIn: /data-matched/.test(m[1]!), html: m[1]! };
  });
}

describe('search across languages', () => {
  const t = fixture(() => testApp({}, [probe]));
  let client: Client;
  const get = async (locale: string, q: string, extra = '') => {
    const res = await client.get(`/${locale}/m/meppen/search?q=${encodeURIComponent(q)}${extra}`);
    assert.equal(res.statusCode, 200, `${locale} ${q}: ${res.statusCode}`);
    return { res, found: hits(res.body) };
  };
  before(async () => {
    await searchFixture(t().conn.db);
    client = new Client(t().app);
  });

  const CASES: [locale: string, own: string, typedOwn: string][] = [
    ['ar', 'شهادة أحقية السكن', 'شهادة أحقية السكن'],
    ['uk', 'довідка на право на соціальне житло', 'Довідка на право на соціальне житло'],
    // Farsi typed on an Arabic keyboard: ي and ك for ی and ک.
    ['fa', 'گواهی استحقاق مسکن', 'گواهي استحقاق مسكن'],
  ];
  for (const [locale, own, typedOwn] of CASES) {
    test(`${locale}: the German term, the ${locale} term and a typo find the ${locale} WBS page first`, async () => {
      for (const q of ['Wohnberechtigungsschein', own, typedOwn, 'Wohnberechtigunsschein', 'WBS']) {
        const { found } = await get(locale, q);
        assert.ok(found.length > 0, `${locale} "${q}": nothing found`);
        assert.equal(found[0]!.href, `/${locale}/m/meppen/guide/wbs`, `${locale} "${q}": first is ${found[0]!.href}`);
        assert.equal(found[0]!.lang, locale, `${locale} "${q}": shown in ${found[0]!.lang}`);
        assert.equal(found[0]!.matchedIn, false, `${locale} "${q}": matched in the reader's language`);
      }
    });
  }

  test('a page that names the WBS only in German comes after, in the reader’s language, marked', async () => {
    const { found } = await get('ar', 'Wohnberechtigungsschein');
    const other = found.find((h) => h.href === '/ar/m/meppen/guide/wohnung-finden');
    assert.ok(other, 'the housing page is found by its German text');
    assert.equal(other.lang, 'ar');
    assert.ok(other.matchedIn, 'marked as matched in German');
    assert.match(other.html, /الألمانية/, 'says "German" in Arabic');
  });

  test('anchor 3: "Aufenthaltstitel" only in German is found from the Arabic UI, marked; a typo too', async () => {
    for (const q of ['Aufenthaltstitel', 'aufenthaltstiel']) {
      const { found } = await get('ar', q);
      assert.equal(found[0]?.href, '/ar/m/meppen/guide/auslaenderbehoerde', `"${q}": ${found[0]?.href}`);
      assert.equal(found[0]!.lang, 'ar', 'the Arabic translation is shown');
      assert.ok(found[0]!.matchedIn, `"${q}": marked as matched in German`);
    }
  });

  test('a German compound is found by its beginning; Turkish ı and ß fold', async () => {
    const { found } = await get('de', 'Aufenthalt');
    assert.ok(found.some((h) => h.href === '/de/m/meppen/guide/auslaenderbehoerde'));
    const kita = await get('tr', 'KİTA');
    assert.ok(kita.found.some((h) => h.href === '/tr/m/meppen/guide/kita'));
    const street = await get('de', 'Kirchstrasse');
    assert.ok(
      street.found.some((h) => h.href === '/de/m/meppen/guide/kita'),
      'ss finds ß',
    );
  });

  test('a misspelt word outside the glossary is found through the known words it resembles, below exact hits', async () => {
    const { found } = await get('de', 'Famlienbüro');
    assert.equal(found[0]?.href, '/de/m/meppen/guide/kita');
    assert.match(found[0]!.html, /<mark>Familienbüro<\/mark>/);
  });

  test('a changed or deleted text is searched as it is now (the stored search rows follow the texts)', async () => {
    const db = t().conn.db;
    const page = await db
      .selectFrom('welcome_guide_pages')
      .select(['id', 'municipality_id'])
      .where('slug', '=', 'kita')
      .executeTakeFirstOrThrow();
    const kita = () =>
      db
        .updateTable('welcome_guide_texts')
        .where('municipality_id', '=', page.municipality_id)
        .where('page_id', '=', page.id)
        .where('locale', '=', 'de');
    await kita().set({ body: '<p>Anmeldung im Elternservice am Markt.</p>' }).execute();
    assert.ok((await get('de', 'Elternservice')).found.some((h) => h.href === '/de/m/meppen/guide/kita'));
    assert.ok(!(await get('de', 'Kirchstraße')).found.some((h) => h.href === '/de/m/meppen/guide/kita'));
    await db
      .deleteFrom('welcome_guide_texts')
      .where('municipality_id', '=', page.municipality_id)
      .where('page_id', '=', page.id)
      .where('locale', '=', 'de')
      .execute();
    assert.ok(!(await get('de', 'Elternservice')).found.some((h) => h.href === '/de/m/meppen/guide/kita'));
  });

  test('matched words are marked; text from a source is escaped, never markup', async () => {
    const { res, found } = await get('de', 'WBS');
    assert.match(found[0]!.html, /<mark>Wohnberechtigungsschein<\/mark>|<mark>WBS<\/mark>/);
    const fromSource = found.find((h) => h.href === '/de/x');
    assert.ok(fromSource, 'the probe module’s hit is among the results');
    assert.match(fromSource.html, /&lt;b>Sprechstunde&lt;\/b>/);
    assert.doesNotMatch(res.body, /<b>Sprechstunde<\/b>/);
  });

  test('a snippet reads as the text does: no spaces where inline markup was', async () => {
    const { found } = await get('ar', 'Wohnberechtigungsschein');
    assert.equal(found[0]!.href, '/ar/m/meppen/guide/wbs');
    assert.match(found[0]!.html, /\(<mark>Wohnberechtigungsschein<\/mark>\)/, found[0]!.html);
  });

  test('places and practice examples are found; drafts are not', async () => {
    const { found } = await get('de', 'Kita');
    const hrefs = found.map((h) => h.href);
    assert.ok(hrefs.includes('/de/m/meppen/guide/kita'));
    assert.ok(
      hrefs.some((h) => /^\/de\/m\/meppen\/places\/[0-9a-f-]{36}$/.test(h)),
      'the Kita place',
    );
    assert.ok(hrefs.includes('/de/practice/meppen-mag-dich'), 'the practice example');
    const wbs = await get('de', 'Wohnberechtigungsschein');
    assert.ok(!wbs.found.some((h) => h.href.includes('entwurf-wbs')), 'a draft is never shown');
  });

  test("tenant: Meppen's search never shows Osnabrück's pages, and Osnabrück's shows its own", async () => {
    for (const locale of ['de', 'ar']) {
      const { res } = await get(locale, 'Wohnberechtigungsschein');
      assert.doesNotMatch(res.body, /Osnabrück|أوسنابروك/, `${locale}: an Osnabrück text in Meppen's results`);
    }
    const res = await client.get('/ar/m/osnabrueck/search?q=Wohnberechtigungsschein');
    assert.equal(hits(res.body)[0]?.href, '/ar/m/osnabrueck/guide/wbs');
    assert.doesNotMatch(res.body, /ميبن/);
  });

  test('pagination: 10 a page, the pages link with the query kept, past the end a clear empty state', async () => {
    const db = t().conn.db;
    const meppen = await db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 14; i++) {
      const page = await db
        .insertInto('welcome_guide_pages')
        .values({ municipality_id: meppen.id, slug: `kaution-${i}`, topic: 'housing', status: 'published' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('welcome_guide_texts')
        .values({
          municipality_id: meppen.id,
          page_id: page.id,
          locale: 'de',
          title: `Kaution ${i}`,
          body: '<p>Kaution</p>',
        })
        .execute();
    }
    const first = await get('de', 'Kaution');
    assert.equal(first.found.length, 10);
    assert.match(first.res.body, /href="\/de\/m\/meppen\/search\?q=Kaution&amp;page=2"/);
    const second = await get('de', 'Kaution', '&page=2');
    assert.equal(second.found.length, 4);
    const past = await get('de', 'Kaution', '&page=9');
    assert.equal(past.found.length, 0);
    assert.match(past.res.body, /role="status"/);
  });

  test('bad input: a query over 200 characters or a page that is no page number is a 422 page, never a 5xx', async () => {
    for (const extra of [`q=${'x'.repeat(201)}`, 'q=WBS&page=0', 'q=WBS&page=-1', 'q=WBS&page=abc', 'q=a&q=b']) {
      const res = await client.get(`/ar/m/meppen/search?${extra}`);
      assert.equal(res.statusCode, 422, extra);
      assert.match(res.body, /role="alert"/, `${extra}: an error summary`);
      assert.match(String(res.headers['content-type']), /^text\/html/);
    }
    const kept = await client.get('/de/m/meppen/search?q=WBS&page=abc');
    assert.match(kept.body, /value="WBS"/, 'the query is kept');
    for (const q of ['%00', "'%20or%201=1--", '%3Cscript%3E', '%26%7C%21%3A*', '(((', '%E2%80%8C']) {
      const res = await client.get(`/fa/m/meppen/search?q=${q}`);
      assert.equal(res.statusCode, 200, q);
    }
    const empty = await client.get('/de/m/meppen/search');
    assert.equal(empty.statusCode, 200);
    assert.equal(hits(empty.body).length, 0);
  });
});

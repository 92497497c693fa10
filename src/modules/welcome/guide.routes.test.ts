import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { fixtureGuidePage } from './guide.fixtures.ts';

// The readers' pages on the demo database, with pages of their own (the demo's content changes as it is written).

describe("guide: the readers' pages", () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  const v1 = { title: 'Müll trennen', body: '<p>Gelbe Tonne für Verpackungen.</p>' };
  const v2 = { title: 'Müll trennen', body: '<p>Gelbe Tonne für Verpackungen.</p><p>Blaue Tonne für Papier.</p>' };
  before(async () => {
    const { id: m } = await t()
      .conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    await fixtureGuidePage(t().conn.db, m, {
      slug: 'muell-test',
      topic: 'housing',
      lastCheckedOn: '2026-11-15',
      de: [v1, v2],
      translations: {
        en: {
          title: 'Sorting waste',
          body: '<p>Yellow bin for packaging.</p><p>Blue bin for paper.</p>',
          machine: true,
        },
        ar: { title: 'فرز النفايات', body: '<p>الحاوية الصفراء للتغليف.</p>', from: 1 },
        'de-x-ls': { title: 'Müll richtig weg-werfen', body: '<p>Verpackungen kommen in die gelbe Tonne.</p>' },
      },
    });
    await fixtureGuidePage(t().conn.db, m, {
      slug: 'entwurf-test',
      status: 'draft',
      de: [{ title: 'Geheimer Entwurf', body: '<p>Noch nicht fertig.</p>' }],
    });
    await fixtureGuidePage(t().conn.db, m, {
      slug: 'review-test',
      status: 'review',
      de: [{ title: 'Seite in Prüfung', body: '<p>Wird geprüft.</p>' }],
    });
  });
  const get = (url: string) => new Client(t().app).get(url);

  test('the tree shows published pages by topic, in the reader’s language, a German fallback marked', async () => {
    const de = await get('/de/m/meppen/guide');
    assert.equal(de.statusCode, 200);
    assert.match(de.body, /href="\/de\/m\/meppen\/guide\/muell-test"[^>]*>Müll trennen</);
    assert.match(de.body, /<h2[^>]*>Wohnen<\/h2>/);
    assert.doesNotMatch(de.body, /Geheimer Entwurf|Seite in Prüfung/);
    const ar = await get('/ar/m/meppen/guide');
    assert.match(ar.body, /lang="ar" dir="rtl">فرز النفايات</);
    const fa = await get('/fa/m/meppen/guide');
    assert.match(fa.body, /lang="de" dir="ltr">Müll trennen<\/a> \(به آلمانی\)/);
  });

  test('a draft or a page in review is a 404 for readers, on every page of it', async () => {
    for (const slug of ['entwurf-test', 'review-test', 'gibt-es-nicht']) {
      for (const path of ['', '/print', '/leichte-sprache']) {
        const res = await get(`/de/m/meppen/guide/${slug}${path}`);
        assert.equal(res.statusCode, 404, `${slug}${path}`);
        assert.doesNotMatch(res.body, /Geheimer Entwurf|Noch nicht fertig/);
      }
    }
  });

  test('the German page: its text, the date in German, links to print and to Leichte Sprache, no notice', async () => {
    const res = await get('/de/m/meppen/guide/muell-test');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<article lang="de" dir="ltr">/);
    assert.match(res.body, /Blaue Tonne für Papier/);
    assert.match(res.body, /Zuletzt geprüft am 15\.11\.2026/);
    assert.match(res.body, /href="\/de\/m\/meppen\/guide\/muell-test\/print"/);
    assert.match(res.body, /href="\/de\/m\/meppen\/guide\/muell-test\/leichte-sprache"/);
    assert.doesNotMatch(res.body, /z-guide-notices/);
  });

  test('an unreviewed machine translation is marked for readers', async () => {
    const res = await get('/en/m/meppen/guide/muell-test');
    assert.match(res.body, /<article lang="en" dir="ltr">/);
    assert.match(res.body, /Blue bin for paper/);
    assert.match(res.body, /made by a machine and has not yet been checked by a person/);
    assert.doesNotMatch(res.body, /may be outdated/);
    assert.match(res.body, /Last checked on Nov 15, 2026/);
    assert.doesNotMatch(res.body, /muell-test\/leichte-sprache/, 'Leichte Sprache is offered on the German page');
  });

  test('an outdated translation says when the German changed, and links to the German', async () => {
    const res = await get('/ar/m/meppen/guide/muell-test');
    assert.match(res.body, /<article lang="ar" dir="rtl">/);
    assert.match(res.body, /الحاوية الصفراء للتغليف/);
    assert.match(res.body, /تغيّر النص الألماني الأصلي في [^;<]*2026/);
    assert.match(res.body, /href="\/de\/m\/meppen\/guide\/muell-test" hreflang="de"/);
    assert.doesNotMatch(res.body, /ترجمة آلية/);
  });

  test('a missing translation shows the German text, marked as a fallback, with lang="de"', async () => {
    const res = await get('/uk/m/meppen/guide/muell-test');
    assert.match(res.body, /Цієї сторінки ще немає вашою мовою/);
    assert.match(res.body, /<article lang="de" dir="ltr">/);
    assert.match(res.body, /Gelbe Tonne für Verpackungen/);
  });

  test('the print view has the text without the site’s navigation', async () => {
    const res = await get('/ar/m/meppen/guide/muell-test/print');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    assert.match(res.body, /الحاوية الصفراء للتغليف/);
    assert.doesNotMatch(res.body, /<nav\b|<header\b|<footer\b/);
    assert.match(res.body, /<main\b/);
  });

  test('Leichte Sprache: the de-x-ls text under /de/ only, 404 where there is none', async () => {
    const res = await get('/de/m/meppen/guide/muell-test/leichte-sprache');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Müll richtig weg-werfen/);
    assert.match(res.body, /href="\/de\/m\/meppen\/guide\/muell-test"/);
    assert.match(res.body, /hreflang="ar"[^>]*>|href="\/ar\/m\/meppen\/guide\/muell-test"/);
    assert.equal((await get('/en/m/meppen/guide/muell-test/leichte-sprache')).statusCode, 404);
    const demo = await get('/de/m/meppen/guide');
    const slugs = [...demo.body.matchAll(/href="\/de\/m\/meppen\/guide\/([a-z0-9-]+)"/g)].map((x) => x[1]!);
    for (const slug of slugs.filter((s) => s !== 'muell-test')) {
      const page = await get(`/de/m/meppen/guide/${slug}`);
      const offered = page.body.includes(`/guide/${slug}/leichte-sprache"`);
      const plain = await get(`/de/m/meppen/guide/${slug}/leichte-sprache`);
      assert.equal(plain.statusCode, offered ? 200 : 404, `${slug}: linked exactly when it exists`);
    }
  });

  test('one municipality’s page is not found under another', async () => {
    assert.equal((await get('/de/m/osnabrueck/guide/muell-test')).statusCode, 404);
    const tree = await get('/de/m/osnabrueck/guide');
    assert.equal(tree.statusCode, 200);
    assert.doesNotMatch(tree.body, /Müll trennen/);
  });
});

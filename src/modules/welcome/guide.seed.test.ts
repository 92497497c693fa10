import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { DEMO_GUIDES } from './guide.content.ts';
import { guideContentTexts } from './guide.read.ts';
import { findGuidePage, guideTexts, guideVersions, listGuidePages } from './guide.repository.ts';
import { seedGuides } from './guide.seed.ts';
import type { GuidePageSeed } from './welcome.content.ts';
import { PLAIN_GERMAN } from './welcome.tables.ts';

// The seed step on a small guide of its own (the demo content changes as it is written), and on the demo as it is:
// whatever the content, every page is published and each translation is outdated exactly when the content says so.

const GUIDE: readonly GuidePageSeed[] = [
  {
    slug: 'kind',
    parent: 'eltern',
    topic: 'housing',
    position: 20,
    lastCheckedOn: '2026-11-01',
    earlierDe: { title: 'Kind', body: '<p>Früher.</p>' },
    de: { title: 'Kind', body: '<p>Jetzt.</p>' },
    translations: {
      en: { title: 'Child', body: '<p>Now.</p>' },
      tr: { title: 'Çocuk', body: '<p>Önce.</p>' },
      ru: { title: 'Ребёнок', body: '<p>Раньше.</p>' },
      [PLAIN_GERMAN]: { title: 'Kind', body: '<p>Jetzt. Ganz einfach.</p>' },
    },
    outdated: ['tr', 'ru'],
    machine: ['ru'],
  },
  {
    slug: 'eltern',
    topic: 'housing',
    position: 10,
    lastCheckedOn: '2026-11-02',
    de: { title: 'Eltern', body: '<p>Oben.</p>' },
    translations: { ar: { title: 'الوالدان', body: '<p>فوق.</p>' } },
  },
];

describe('guide seed step', () => {
  let m = '';
  const db = fixture(
    () => testDatabase(),
    async (c) => {
      m = await insertMunicipality(c, 'meppen');
      const ctx = { ids: { municipality: { meppen: m } }, passwordHash: '', now: new Date('2026-12-01T08:00:00Z') };
      await c.db.transaction().execute((tx) => seedGuides(tx, ctx, { meppen: GUIDE }));
    },
  );

  test('pages are published in their tree; German as v1, or the earlier German as v1 and the current as v2', async () => {
    const t = tenant(m);
    const pages = await listGuidePages(db().db, t, { publishedOnly: true });
    assert.equal(pages.length, 2);
    const parent = await findGuidePage(db().db, t, 'eltern');
    const child = await findGuidePage(db().db, t, 'kind');
    assert.equal(child?.parentId, parent?.id);
    assert.ok(child?.publishedAt);
    const versions = await guideVersions(db().db, t, child!.id, 'de');
    assert.deepEqual(
      versions.map((v) => [v.version, v.body]),
      [
        [2, '<p>Jetzt.</p>'],
        [1, '<p>Früher.</p>'],
      ],
    );
    assert.equal((await guideVersions(db().db, t, parent!.id, 'de')).length, 1);
  });

  test('translations record their source: outdated ones from v1, the others from v2; machine marks kept', async () => {
    const texts = await guideTexts(db().db, tenant(m), (await findGuidePage(db().db, tenant(m), 'kind'))!.id);
    const of = (l: string) => texts.find((x) => x.locale === l)!;
    assert.equal(of('tr').sourceVersion, 1);
    assert.equal(of('en').sourceVersion, 2);
    assert.equal(of(PLAIN_GERMAN).sourceVersion, 2);
    assert.equal(of('ru').machine, true);
    assert.equal(of('tr').machine, false);
    const states = Object.fromEntries(guideContentTexts.states(texts, 'de'));
    assert.deepEqual(states, {
      en: 'current',
      ar: 'missing',
      fa: 'missing',
      uk: 'missing',
      ru: 'outdated',
      tr: 'outdated',
    });
    assert.equal(guideContentTexts.stateOf(texts, 'de', PLAIN_GERMAN), 'current');
  });

  test('the demo: every page of DEMO_GUIDES published, outdated exactly where the content says', async () => {
    const demo = await testDatabase({ demo: true });
    try {
      for (const [slug, pages] of Object.entries(DEMO_GUIDES)) {
        const mm = await demo.db
          .selectFrom('municipalities')
          .select('id')
          .where('slug', '=', slug)
          .executeTakeFirstOrThrow();
        for (const p of pages) {
          const page = await findGuidePage(demo.db, tenant(mm.id), p.slug);
          assert.equal(page?.status, 'published', `${slug}/${p.slug}`);
          const texts = await guideTexts(demo.db, tenant(mm.id), page!.id);
          for (const l of Object.keys(p.translations)) {
            const expected = p.earlierDe && (p.outdated ?? []).includes(l as never) ? 'outdated' : 'current';
            assert.equal(guideContentTexts.stateOf(texts, 'de', l), expected, `${slug}/${p.slug} ${l}`);
          }
        }
      }
    } finally {
      await demo.close();
    }
  });
});

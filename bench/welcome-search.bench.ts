// How long the welcome search takes to match one municipality's guide: with the stored tsvectors and the lexicon of
// known words (what the application does, decision 0200) against computing tsvectors and trigram similarity from the
// texts per query (the alternative), for guides of 50, 200 and 800 pages in seven languages (≈ 3 kB of text a page;
// the alternative at 50 pages only). Prints the median and the slowest of 15 runs per query, on the embedded
// database, or on the server named by TEST_DATABASE_URL. `npm run bench -- welcome-search`
import { sql } from 'kysely';
import { tenant } from '../src/platform/db/tenant.ts';
import type { Executor } from '../src/platform/db/types.ts';
import { GLOSSARY } from '../src/modules/welcome/search.glossary.ts';
import { glossaryForms, matchDocs, replaceGlossary, typoWords } from '../src/modules/welcome/search.repository.ts';
import { tsqueryOf, words } from '../src/modules/welcome/search.text.ts';
import { testDatabase } from '../src/testing/db.ts';
import '../src/modules/welcome/welcome.tables.ts';

const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'] as const;
const FILLER: Record<(typeof LOCALES)[number], string> = {
  de: 'Bitte bringen Sie Ihren Pass und die Unterlagen mit, die Beratung ist kostenlos und vertraulich',
  en: 'Please bring your passport and the documents, the advice is free of charge and confidential',
  ar: 'يرجى إحضار جواز السفر والوثائق، الاستشارة مجانية وسرية',
  fa: 'لطفاً گذرنامه و مدارک را همراه بیاورید، مشاوره رایگان و محرمانه است',
  uk: 'Будь ласка, візьміть паспорт і документи, консультація безкоштовна та конфіденційна',
  ru: 'Пожалуйста, возьмите паспорт и документы, консультация бесплатная и конфиденциальная',
  tr: 'Lütfen pasaportunuzu ve belgeleri getirin, danışmanlık ücretsiz ve gizlidir',
};

/** A guide of `pages` pages in seven languages; every page names two glossary terms in each language. */
async function fill(db: Executor, municipalityId: string, pages: number) {
  for (let i = 0; i < pages; i++) {
    const page = await db
      .insertInto('welcome_guide_pages')
      .values({ municipality_id: municipalityId, slug: `p-${i}`, topic: 'arrival', status: 'published' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const a = GLOSSARY[i % GLOSSARY.length]!;
    const b = GLOSSARY[(i * 7 + 3) % GLOSSARY.length]!;
    const rows = LOCALES.map((l) => ({
      municipality_id: municipalityId,
      page_id: page.id,
      locale: l,
      title: `${a[l][0]} ${i}`,
      body: Array.from({ length: 30 }, (_, k) => `<p>${k === 12 ? `${b[l][0]} ` : ''}${FILLER[l]}.</p>`).join(''),
    }));
    await db.insertInto('welcome_guide_texts').values(rows).execute();
  }
}

// The alternative measured: the tsvector (and trigram word similarity for typos) computed from the texts per query.
async function computedMatch(db: Executor, municipalityId: string, tsquery: string, typo: string) {
  return sql`select x.page_id, x.locale from welcome_guide_texts x
      join welcome_guide_pages p on p.municipality_id = x.municipality_id and p.id = x.page_id
     where x.municipality_id = ${municipalityId} and p.status = 'published'
       and (welcome_search_doc(x.locale, x.title, welcome_search_plain(x.body))
              @@ to_tsquery(welcome_search_config(x.locale), welcome_search_normalize(${tsquery}))
            or word_similarity(welcome_search_normalize(${typo}),
                               welcome_search_normalize(x.title || ' ' || welcome_search_plain(x.body))) >= 0.6)`.execute(
    db,
  );
}

async function time(run: () => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((x, y) => x - y);
  return `median ${ms[7]!.toFixed(1)} ms, slowest ${ms[14]!.toFixed(1)} ms`;
}

const conn = await testDatabase();
const db = conn.db;
console.log(`engine: ${conn.engine}`);
await replaceGlossary(db, GLOSSARY);
const QUERIES = ['Wohnberechtigungsschein', 'شهادة أحقية السكن', 'Wohnberechtigunsschein', 'Aufenthalt', 'Beratnug'];
let n = 0;
for (const pages of [50, 200, 800]) {
  const { id } = await db
    .insertInto('municipalities')
    .values({ slug: `bench-${pages}`, ags: String(10_000_000 + n++), name: `Bench ${pages}`, district: 'Bench' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await fill(db, id, pages);
  console.log(`\n${pages} pages × 7 languages`);
  for (const q of QUERIES) {
    const forms = await glossaryForms(db, q);
    const tsquery = tsqueryOf([q, ...forms.map((f) => f.term)]);
    const stored = await time(async () => {
      const typo = tsqueryOf(await typoWords(db, words(q)));
      return matchDocs(db, tenant(id), { tsquery, typo, limit: 400 });
    });
    const computed = pages > 50 ? 'not run (seconds per query)' : await time(() => computedMatch(db, id, tsquery, q));
    console.log(`  ${q.padEnd(26)} stored: ${stored} · computed per query: ${computed}`);
  }
}
console.log(`\nglossary expansion: ${await time(() => glossaryForms(db, 'Wohnberechtigunsschein'))}`);
await conn.close();

import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import type { GlossaryEntry } from './search.glossary.ts';

/**
 * The SQL of the search: the glossary, the lexicon of known words, and the matching of the municipality's published
 * guide pages, its places and the published practice library (decision 0200). Documents and queries pass the same
 * normalisation (`welcome_search_normalize`, migrations/20261206150000_welcome_search.sql).
 */

/** What a search may be: the kinds of the module's own entries. */
export type DocKind = 'guide' | 'place' | 'practice';

/** One text of an entry that matched: `fts` by the query and its glossary forms, else by a typo's known words. */
export interface DocMatch {
  kind: DocKind;
  ref: string;
  locale: string;
  fts: boolean;
  rank: number;
  similarity: number;
}

/** Replaces the state-wide glossary with the given entries (the demo seed and tests). */
export async function replaceGlossary(db: Executor, entries: readonly GlossaryEntry[]): Promise<void> {
  await db.deleteFrom('welcome_glossary').execute();
  for (const entry of entries) {
    const key = entry.de[0]!;
    const { id } = await db
      .insertInto('welcome_glossary')
      .values({ term: key })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = Object.entries(entry).flatMap(([locale, terms]) =>
      [...new Set(terms)].map((term) => ({ glossary_id: id, locale, term })),
    );
    await db.insertInto('welcome_glossary_terms').values(rows).execute();
  }
}

/**
 * Every form (in every language) of the glossary entries the query names: a term equal to the query, contained in
 * it, one the query begins (from five letters: "Aufenthalt" → Aufenthaltserlaubnis, Aufenthaltstitel), or one the
 * query misspells (trigram word similarity ≥ 0.7, for terms of five letters or more).
 */
export async function glossaryForms(db: Executor, query: string): Promise<{ locale: string; term: string }[]> {
  const { rows } = await sql<{ locale: string; term: string }>`
    select t.locale, t.term from welcome_glossary_terms t
     where t.glossary_id in (
       select x.glossary_id
         from welcome_glossary_terms x,
              lateral (select welcome_search_normalize(x.term) as nt, welcome_search_normalize(${query}) as nq) n
        where n.nt = n.nq
           or (length(n.nt) >= 3 and strpos(n.nq, n.nt) > 0)
           or (length(n.nq) >= 5 and left(n.nt, length(n.nq)) = n.nq)
           or (length(n.nt) >= 5 and word_similarity(n.nt, n.nq) >= 0.7))
     order by t.glossary_id, t.locale, t.term`.execute(db);
  return rows;
}

// Per language of the texts, the query as that language's configuration reads it: the query with its glossary
// forms (`main`), and the known words a misspelt query word resembles (`typo`). Parsed once, then given to the
// matching query as constants (a subquery there would be parsed again for every text).
async function parsedQueries(db: Executor, main: string, typo: string) {
  const { rows } = await sql<{ locale: string; main: string; typo: string }>`
    select l as locale,
           to_tsquery(welcome_search_config(l), welcome_search_normalize(${main}))::text as main,
           to_tsquery(welcome_search_config(l), welcome_search_normalize(${typo}))::text as typo
      from unnest(${[...LOCALES]}::text[]) as l`.execute(db);
  const values = rows.map((r) => sql`(${r.locale}, ${r.main}::tsquery, ${r.typo}::tsquery)`);
  return sql`(values ${sql.join(values)})`;
}

/**
 * The texts that match: published guide pages (from their stored tsvectors), places (their name and description,
 * few and short: read as they are) and the published practice library, by full text in their language's
 * configuration; `fts` for the query and its glossary forms (`tsquery`), else by the words a misspelt query word
 * resembles (`typo`, see `typoWords`). At most `limit` texts, best first.
 */
export async function matchDocs(
  db: Executor,
  t: Tenant,
  q: { tsquery: string; typo: string; limit: number },
): Promise<DocMatch[]> {
  const qs = await parsedQueries(db, q.tsquery, q.typo);
  const { rows } = await sql<DocMatch>`
    select kind, ref, locale, doc @@ main as fts, ts_rank_cd(doc, main) as rank,
           case when doc @@ main then 0 else 0.8 end as similarity
      from (
        select 'guide' as kind, s.page_id::text as ref, s.locale, s.doc, q.main, q.typo
          from welcome_search_guide s
          join welcome_guide_pages p on p.municipality_id = s.municipality_id and p.id = s.page_id
          join ${qs} as q (locale, main, typo) on q.locale = s.locale
         where s.municipality_id = ${t.municipalityId} and p.status = 'published'
           and (s.doc @@ q.main or s.doc @@ q.typo)
        union all
        select 'place', pl.id::text, coalesce(x.locale, 'de'), d.doc, q.main, q.typo
          from welcome_places pl
          left join welcome_place_texts x
            on x.municipality_id = pl.municipality_id and x.place_id = pl.id and x.locale <> 'de-x-ls'
          cross join lateral (
            select welcome_search_doc(coalesce(x.locale, 'de'), pl.name, coalesce(x.description, '')) as doc) d
          join ${qs} as q (locale, main, typo) on q.locale = coalesce(x.locale, 'de')
         where pl.municipality_id = ${t.municipalityId} and (d.doc @@ q.main or d.doc @@ q.typo)
        union all
        select 'practice', s.practice_id::text, s.locale, s.doc, q.main, q.typo
          from welcome_search_practice s
          join welcome_practices pr on pr.id = s.practice_id
          join ${qs} as q (locale, main, typo) on q.locale = s.locale
         where pr.status = 'published' and (s.doc @@ q.main or s.doc @@ q.typo)
      ) v
     order by (doc @@ main) desc, ts_rank_cd(doc, main) desc
     limit ${q.limit}`.execute(db);
  return rows.map((r) => ({ ...r, rank: Number(r.rank), similarity: Number(r.similarity) }));
}

/**
 * The known words (of every guide and practice text) that the query's words of four letters or more resemble
 * (trigram similarity ≥ 0.5, through the index) when the word itself is unknown: "aufenthaltstiel" →
 * "aufenthaltstitel". Normalised; at most three per word.
 */
export async function typoWords(db: Executor, words: readonly string[]): Promise<string[]> {
  const long = words.filter((w) => [...w].length >= 4).slice(0, 8);
  if (long.length === 0) return [];
  const { rows } = await sql<{ word: string }>`
    select c.word
      from unnest(${long}::text[]) as w,
           lateral (select welcome_search_normalize(w) as nw) n,
           lateral (
             select l.word from welcome_search_lexicon l
              where l.word % n.nw and similarity(l.word, n.nw) >= 0.5
              order by similarity(l.word, n.nw) desc, l.word
              limit 3) c
     where not exists (select 1 from welcome_search_lexicon k where k.word = n.nw)`.execute(db);
  return rows.map((r) => r.word);
}

/** A text of a shown entry: its title, its plain words, and where it leads. */
export interface ShownText {
  kind: DocKind;
  ref: string;
  locale: string;
  title: string;
  body: string;
  /** The guide page's or practice's slug; a place's id. */
  key: string;
}

/** The texts of the given entries in the given languages (the reader's and the sources'), for their snippets. */
export async function shownTexts(
  db: Executor,
  t: Tenant,
  refs: readonly { kind: DocKind; ref: string }[],
  locales: readonly string[],
): Promise<ShownText[]> {
  const ids = (kind: DocKind) => refs.filter((r) => r.kind === kind).map((r) => r.ref);
  const guide = ids('guide');
  const place = ids('place');
  const practice = ids('practice');
  if (refs.length === 0) return [];
  const none = ['00000000-0000-0000-0000-000000000000'];
  const { rows } = await sql<ShownText>`
    select 'guide' as kind, p.id::text as ref, x.locale, x.title, x.body, p.slug as key
      from welcome_guide_pages p
      join welcome_guide_texts x on x.municipality_id = p.municipality_id and x.page_id = p.id
     where p.municipality_id = ${t.municipalityId} and p.status = 'published'
       and p.id = any(${guide.length ? guide : none}::uuid[]) and x.locale = any(${locales}::text[])
    union all
    select 'place', pl.id::text, coalesce(x.locale, 'de'), pl.name, coalesce(x.description, ''), pl.id::text
      from welcome_places pl
      left join welcome_place_texts x
        on x.municipality_id = pl.municipality_id and x.place_id = pl.id and x.locale = any(${locales}::text[])
     where pl.municipality_id = ${t.municipalityId} and pl.id = any(${place.length ? place : none}::uuid[])
    union all
    select 'practice', pr.id::text, x.locale, x.title, concat_ws(' ', x.what, x.for_whom, x.results), pr.slug
      from welcome_practices pr
      join welcome_practice_texts x on x.practice_id = pr.id
     where pr.status = 'published' and pr.id = any(${practice.length ? practice : none}::uuid[])
       and x.locale = any(${locales}::text[])`.execute(db);
  return rows;
}

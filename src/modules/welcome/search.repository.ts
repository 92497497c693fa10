import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { GlossaryEntry } from './search.glossary.ts';

/**
 * The SQL of the search: the glossary, and the matching of the municipality's published guide pages, its places
 * and the published practice library, read directly from their text tables (decision 0200). Documents and queries
 * pass the same normalisation (`welcome_search_normalize`, migrations/20261206150000_welcome_search.sql).
 */

/** What a search may be: the kinds of the module's own entries. */
export type DocKind = 'guide' | 'place' | 'practice';

/** One text of an entry that matched: `fts` by full-text search (with the glossary's forms), else by trigram. */
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
    with q as (select welcome_search_normalize(${query}) as nq),
    hit as (
      select distinct t.glossary_id
        from welcome_glossary_terms t, q,
             lateral (select welcome_search_normalize(t.term) as nt) n
       where n.nt = q.nq
          or (length(n.nt) >= 3 and strpos(q.nq, n.nt) > 0)
          or (length(q.nq) >= 5 and left(n.nt, length(q.nq)) = q.nq)
          or (length(n.nt) >= 5 and word_similarity(n.nt, q.nq) >= 0.7)
    )
    select t.locale, t.term from welcome_glossary_terms t join hit using (glossary_id)
     order by t.glossary_id, t.locale, t.term`.execute(db);
  return rows;
}

// The municipality's searchable texts: published guide pages (Leichte Sprache aside: it repeats the German page),
// places with their descriptions (a place without any still has its name), and the published practice library.
function docs(t: Tenant) {
  return sql`
    select 'guide' as kind, p.id::text as ref, x.locale, x.title, welcome_search_plain(x.body) as body
      from welcome_guide_pages p
      join welcome_guide_texts x on x.municipality_id = p.municipality_id and x.page_id = p.id
     where p.municipality_id = ${t.municipalityId} and p.status = 'published' and x.locale <> 'de-x-ls'
    union all
    select 'place', pl.id::text, coalesce(x.locale, 'de'), pl.name, coalesce(x.description, '')
      from welcome_places pl
      left join welcome_place_texts x
        on x.municipality_id = pl.municipality_id and x.place_id = pl.id and x.locale <> 'de-x-ls'
     where pl.municipality_id = ${t.municipalityId}
    union all
    select 'practice', pr.id::text, x.locale, x.title, concat_ws(' ', x.what, x.for_whom, x.results)
      from welcome_practices pr
      join welcome_practice_texts x on x.practice_id = pr.id
     where pr.status = 'published' and x.locale <> 'de-x-ls'`;
}

/**
 * The texts that match: by full text in their language's configuration (`tsquery`: the query and its glossary
 * forms, in to_tsquery syntax), or, when `typo` is given (the query, of four letters or more), by trigram
 * word similarity ≥ 0.6 to it. At most `limit` texts, best first.
 */
export async function matchDocs(
  db: Executor,
  t: Tenant,
  q: { tsquery: string; typo: string | null; limit: number },
): Promise<DocMatch[]> {
  const { rows } = await sql<DocMatch>`
    with d as (${docs(t)}),
    v as (
      select d.kind, d.ref, d.locale,
             setweight(to_tsvector(welcome_search_config(d.locale), welcome_search_normalize(d.title)), 'A')
               || to_tsvector(welcome_search_config(d.locale), welcome_search_normalize(d.body)) as doc,
             to_tsquery(welcome_search_config(d.locale), welcome_search_normalize(${q.tsquery})) as query,
             case when ${q.typo}::text is null then 0
                  else word_similarity(welcome_search_normalize(${q.typo}), welcome_search_normalize(d.title || ' ' || d.body)) end as similarity
        from d
    )
    select kind, ref, locale, doc @@ query as fts, ts_rank_cd(doc, query) as rank, similarity
      from v
     where doc @@ query or similarity >= 0.6
     order by (doc @@ query) desc, ts_rank_cd(doc, query) desc, similarity desc
     limit ${q.limit}`.execute(db);
  return rows.map((r) => ({ ...r, rank: Number(r.rank), similarity: Number(r.similarity) }));
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
    select 'guide' as kind, p.id::text as ref, x.locale, x.title, welcome_search_plain(x.body) as body, p.slug as key
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

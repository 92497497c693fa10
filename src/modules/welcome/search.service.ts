import type { Kysely } from 'kysely';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Database } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { ModuleManifest, SearchHit } from '../../platform/modules/manifest.ts';
import {
  type DocKind,
  type DocMatch,
  glossaryForms,
  matchDocs,
  type ShownText,
  shownTexts,
  typoWords,
} from './search.repository.ts';
import { htmlToText } from './welcome.html.ts';
import { type SnippetPart, marks, searchedWords, snippet, tsqueryOf, words } from './search.text.ts';

/** Hits per page of results. */
export const RESULTS_PER_PAGE = 10;
// How many texts the module's own search and each other source give at most: more are never read by a person.
const OWN_LIMIT = 400;
const SOURCE_LIMIT = 50;
// A hit in the reader's language ranks above the same hit in another; a hit of the query or its glossary forms
// above one found only through the known words a misspelt query word resembles.
const READER_BONUS = 1.5;
const FTS_BASE = 2;

/** One result as the page shows it: what it is, where it leads, its title and snippet with the marked words. */
export interface ResultItem {
  /** Message key of what the hit is ("Guide page", "Place", "Event" …). */
  label: string;
  url: string;
  title: SnippetPart[];
  snippet: SnippetPart[];
  /** The language the title and snippet are written in. */
  lang: string;
  /** Where the hit matched, when not in the reader's language (a page found by its German text). */
  matchedIn: string | null;
}

export interface SearchResults {
  items: ResultItem[];
  total: number;
  page: number;
  pageCount: number;
}

interface Ranked {
  score: number;
  readerMatch: boolean;
  own?: { kind: DocKind; ref: string; locales: string[] };
  hit?: SearchHit & { label: string };
}

/** The module's own matches, one per entry: its best text's score, whether it matched in the reader's language. */
function groupOwn(matches: readonly DocMatch[], reader: string): Ranked[] {
  const byRef = new Map<string, Ranked & { own: NonNullable<Ranked['own']> }>();
  for (const m of matches) {
    const inReader = m.locale === reader;
    const score = (m.fts ? FTS_BASE + m.rank : m.similarity) + (inReader ? READER_BONUS : 0);
    const key = `${m.kind}:${m.ref}`;
    const item = byRef.get(key) ?? { score, readerMatch: false, own: { kind: m.kind, ref: m.ref, locales: [] } };
    item.score = Math.max(item.score, score);
    item.readerMatch ||= inReader;
    item.own.locales.push(m.locale);
    byRef.set(key, item);
  }
  return [...byRef.values()];
}

/** Every other module's hits (events, flats …), through the sources their manifests offer. */
async function sourceHits(
  db: Kysely<Database>,
  manifests: readonly ModuleManifest[],
  q: { tenant: PageTenant; locale: Locale; query: string; terms: string[]; now: Date },
): Promise<Ranked[]> {
  const sources = manifests.flatMap((m) => m.search ?? []);
  const asked = { municipality: { id: q.tenant.municipalityId, slug: q.tenant.slug }, limit: SOURCE_LIMIT };
  const found = await Promise.all(
    sources.map(async (s) => (await s.search(db, { ...asked, ...q })).map((hit) => ({ ...hit, label: s.label }))),
  );
  return found.flat().map((hit) => {
    const readerMatch = hit.locale === q.locale;
    const rank = Math.min(1, Math.max(0, hit.rank));
    return { score: FTS_BASE + rank + (readerMatch ? READER_BONUS : 0), readerMatch, hit };
  });
}

function ownUrl(kind: DocKind, key: string, locale: Locale, slug: string): string {
  if (kind === 'guide') return `/${locale}/m/${slug}/guide/${key}`;
  if (kind === 'place') return `/${locale}/m/${slug}/places/${key}`;
  return `/${locale}/practice/${key}`;
}

/** The text an entry is shown in: the reader's, else the German source, else the language it matched in. */
function pick(texts: readonly ShownText[], reader: string, matched: readonly string[]): ShownText | undefined {
  for (const l of [reader, 'de', ...matched]) {
    const x = texts.find((t) => t.locale === l);
    if (x) return x;
  }
  return texts[0];
}

/** Where an entry matched when not in the reader's language: German first (the source), else the first. */
function matchedIn(r: Ranked): string | null {
  if (r.readerMatch) return null;
  const locales = r.own?.locales ?? [r.hit!.locale];
  return locales.includes('de') ? 'de' : (locales[0] ?? null);
}

/** The page's results drawn: texts read for the shown own entries only, snippets cut and marked. */
async function draw(
  db: Kysely<Database>,
  q: { tenant: PageTenant; locale: Locale },
  shown: readonly Ranked[],
  searched: readonly string[],
): Promise<ResultItem[]> {
  const own = shown.flatMap((r) => (r.own ? [r.own] : []));
  const locales = [...new Set([q.locale, 'de', ...own.flatMap((o) => o.locales)])];
  const texts = await shownTexts(db, q.tenant, own, locales);
  return shown.flatMap((r): ResultItem[] => {
    if (r.hit) {
      const h = r.hit;
      const base = { label: h.label, url: h.url, lang: h.locale, matchedIn: matchedIn(r) };
      return [{ ...base, title: marks(h.title, searched), snippet: snippet(h.snippet, searched) }];
    }
    const o = r.own!;
    const text = pick(
      texts.filter((t) => t.kind === o.kind && t.ref === o.ref),
      q.locale,
      o.locales,
    );
    if (!text) return [];
    return [
      {
        label: `welcome.search.kind.${o.kind}`,
        url: ownUrl(o.kind, text.key, q.locale, q.tenant.slug),
        title: marks(text.title, searched),
        // The guide's body is HTML: its words as they read (no spaces where inline markup was), one line.
        snippet: snippet(htmlToText(text.body).replace(/\n/g, ' '), searched),
        lang: text.locale,
        matchedIn: matchedIn(r),
      },
    ];
  });
}

/**
 * Searches a municipality's published guide pages, its places, the practice library and other modules' public
 * entries for the query and its glossary forms in every language; the reader's language ranks first; one page of
 * results (10 a page) with the matched words marked.
 */
export async function search(
  db: Kysely<Database>,
  manifests: readonly ModuleManifest[],
  q: { tenant: PageTenant; locale: Locale; query: string; page: number; now: Date },
): Promise<SearchResults> {
  const empty = { items: [], total: 0, page: q.page, pageCount: 1 };
  if (words(q.query).length === 0) return empty;
  const [forms, typos] = await Promise.all([glossaryForms(db, q.query), typoWords(db, words(q.query))]);
  const terms = [q.query, ...new Set(forms.map((f) => f.term))];
  // A typo's known words find texts (below the exact hits) and are marked, but other modules are not asked for them.
  const typo = tsqueryOf(typos);
  const [matches, others] = await Promise.all([
    matchDocs(db, q.tenant, { tsquery: tsqueryOf(terms), typo, limit: OWN_LIMIT }),
    sourceHits(db, manifests, { ...q, terms }),
  ]);
  const ranked = [...groupOwn(matches, q.locale), ...others].sort((a, b) => b.score - a.score);
  const pageCount = Math.max(1, Math.ceil(ranked.length / RESULTS_PER_PAGE));
  const shown = ranked.slice((q.page - 1) * RESULTS_PER_PAGE, q.page * RESULTS_PER_PAGE);
  const items = await draw(db, q, shown, searchedWords([...terms, ...typos]));
  return { items, total: ranked.length, page: q.page, pageCount };
}

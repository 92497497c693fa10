import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Paged } from '../../platform/db/paginate.ts';
import {
  type GuidePageRow,
  type GuideText,
  guideTexts,
  guideVersionsAfter,
  listGuidePages,
} from './guide.repository.ts';
import type { OverviewQuery } from './translations.schema.ts';
import {
  type LanguageStatus,
  languageStatus,
  matchesState,
  TRANSLATION_LOCALES,
  type TranslationLocale,
} from './translations.state.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

/** Pages of the status overview, one page of the list. */
export const OVERVIEW_PAGE_SIZE = 25;

/** A row of the overview: a guide page, its German title and the state of each shown language. */
export interface OverviewRow {
  page: GuidePageRow;
  title: string | null;
  languages: LanguageStatus[];
}

/** Every page's languages with their states (all pages of the guide, or one topic). */
async function allRows(db: Executor, t: Tenant, topic: string | undefined, langs: readonly TranslationLocale[]) {
  const all = await listGuidePages(db, t, { publishedOnly: false });
  const pages = topic ? all.filter((p) => p.topic === topic) : all;
  const texts = await guideTexts(
    db,
    t,
    pages.map((p) => p.id),
  );
  const byPage = new Map<string, GuideText[]>();
  for (const x of texts) byPage.set(x.pageId, [...(byPage.get(x.pageId) ?? []), x]);
  // "Outdated since" needs the German versions after each outdated translation's source version.
  const after = texts
    .filter((x) => x.locale !== SOURCE_LOCALE)
    .map((x) => ({ pageId: x.pageId, version: x.sourceVersion ?? 0 }));
  const versions = await guideVersionsAfter(db, t, SOURCE_LOCALE, lowestPerPage(after));
  return pages.map((page): OverviewRow => {
    const own = byPage.get(page.id) ?? [];
    return {
      page,
      title: own.find((x) => x.locale === SOURCE_LOCALE)?.title ?? null,
      languages: langs.map((l) => languageStatus(own, versions, l)),
    };
  });
}

function lowestPerPage(after: readonly { pageId: string; version: number }[]) {
  const low = new Map<string, number>();
  for (const a of after) low.set(a.pageId, Math.min(low.get(a.pageId) ?? a.version, a.version));
  return [...low].map(([pageId, version]) => ({ pageId, version }));
}

/**
 * The status overview: pages × languages, filtered by topic, language and state (a page is listed when one of
 * its shown languages is in the state asked for), one page of the list.
 */
export async function overview(db: Executor, t: Tenant, q: OverviewQuery): Promise<Paged<OverviewRow>> {
  const langs = q.lang ? [q.lang] : TRANSLATION_LOCALES;
  const rows = (await allRows(db, t, q.topic, langs)).filter((r) => r.languages.some((s) => matchesState(s, q.state)));
  const start = (q.page - 1) * OVERVIEW_PAGE_SIZE;
  return {
    rows: rows.slice(start, start + OVERVIEW_PAGE_SIZE),
    total: rows.length,
    page: q.page,
    pageSize: OVERVIEW_PAGE_SIZE,
  };
}

/** What waits for a municipality's content editors: translations missing or outdated (for "My Zuhause"). */
export async function waitingTranslations(db: Executor, t: Tenant): Promise<number> {
  const rows = await allRows(db, t, undefined, TRANSLATION_LOCALES);
  return rows.reduce((n, r) => n + (r.title === null ? 0 : r.languages.filter((s) => s.state !== 'current').length), 0);
}

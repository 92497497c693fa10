import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { contentTexts, type Shown } from '../../platform/i18n/content-texts.ts';
import {
  findGuidePage,
  type GuidePageRow,
  type GuideText,
  type GuideVersion,
  guideTexts,
  guideVersionsAfter,
  listGuidePages,
} from './guide.repository.ts';
import { contentHash } from './guide.segments.ts';
import { guideTree, type TreeNode } from './guide.tree.ts';
import { PLAIN_GERMAN, SOURCE_LOCALE, type Topic } from './welcome.tables.ts';

/** Guide texts as the platform's content texts: a translation is current while its source's content hash holds. */
export const guideContentTexts = contentTexts<GuideText>({ hash: (s) => contentHash(s.title, s.body) });

/** The text a reader is shown, with why: a fallback to German, outdated, or an unreviewed machine translation. */
export type ShownGuideText = Shown<GuideText> & {
  /** Machine-translated and not yet reviewed by a person. */
  unreviewed: boolean;
  /** Of an outdated translation: when the German original changed after the version it was made from. */
  sourceChangedAt: Date | null;
};

/** The text of a page to show in a language (the reader's, else German); null when the page has no German text. */
export function shownGuideText(texts: readonly GuideText[], locale: string): ShownGuideText | null {
  // Leichte Sprache is reached by its own URL, never as the text of a language.
  const own = texts.filter((x) => x.locale !== PLAIN_GERMAN);
  const shown = guideContentTexts.shownIn(own, SOURCE_LOCALE, locale);
  if (!shown) return null;
  return { ...shown, unreviewed: !shown.missing && shown.machine, sourceChangedAt: null };
}

/** A published page as readers see it in their language, with the German text's dates; null for readers' 404. */
export async function readerGuidePage(db: Executor, t: Tenant, slug: string, locale: string) {
  const page = await findGuidePage(db, t, slug);
  if (page?.status !== 'published') return null;
  const texts = await guideTexts(db, t, page.id);
  const shown = shownGuideText(texts, locale);
  if (!shown) return null;
  if (shown.outdated) {
    const after = [{ pageId: page.id, version: shown.sourceVersion ?? 0 }];
    const versions = await guideVersionsAfter(db, t, SOURCE_LOCALE, after);
    shown.sourceChangedAt = outdatedSince(
      shown,
      texts.find((x) => x.locale === SOURCE_LOCALE),
      versions,
    );
  }
  const plain = texts.find((x) => x.locale === PLAIN_GERMAN) ?? null;
  return { page, shown, plain };
}

/**
 * When the German text first changed after the version a translation was made from: the first later German
 * version whose content differs from the one translated (markup alone changes nothing), else the German text's
 * last change. `versions`: German versions of the page (others are ignored), in any order.
 */
export function outdatedSince(
  tr: GuideText,
  source: GuideText | undefined,
  versions: readonly GuideVersion[],
): Date | null {
  const after = tr.sourceVersion ?? 0;
  const first = versions
    .filter((v) => v.pageId === tr.pageId && v.version > after)
    .sort((a, b) => a.version - b.version)
    .find((v) => contentHash(v.title, v.body) !== tr.sourceHash);
  return first?.savedAt ?? source?.updatedAt ?? null;
}

/** A published page's text as offline reading keeps it: in the reader's language, or German where none. */
export interface OfflinePageText {
  id: string;
  slug: string;
  parentId: string | null;
  position: number;
  /** The language of the text (the reader's, or `de` when it falls back to German). */
  lang: string;
  title: string;
  body: string;
  updatedAt: Date;
}

/** The published pages of the tenant with their text in `locale` (else German), in guide order. */
export async function publishedGuideTexts(db: Executor, t: Tenant, locale: string): Promise<OfflinePageText[]> {
  const pages = await listGuidePages(db, t, { publishedOnly: true });
  const byPage = textsByPage(
    await guideTexts(
      db,
      t,
      pages.map((p) => p.id),
    ),
  );
  return pages.flatMap((p) => {
    const s = shownGuideText(byPage.get(p.id) ?? [], locale);
    if (!s) return [];
    return [{ ...placeOf(p), lang: s.lang, title: s.title, body: s.body, updatedAt: s.updatedAt }];
  });
}

function textsByPage(texts: readonly GuideText[]): Map<string, GuideText[]> {
  const out = new Map<string, GuideText[]>();
  for (const x of texts) out.set(x.pageId, [...(out.get(x.pageId) ?? []), x]);
  return out;
}

/** A published page in the readers' tree: its slug and the title in their language (or German, marked). */
export interface ReaderTreePage {
  id: string;
  parentId: string | null;
  slug: string;
  topic: string;
  position: number;
  title: string;
  lang: string;
  missing: boolean;
}

/** The published pages of a guide as trees per topic, titled in the reader's language. */
export async function readerGuideTree(
  db: Executor,
  t: Tenant,
  locale: string,
): Promise<{ topic: Topic; nodes: TreeNode<ReaderTreePage>[] }[]> {
  const pages = await listGuidePages(db, t, { publishedOnly: true });
  const byPage = textsByPage(
    await guideTexts(
      db,
      t,
      pages.map((p) => p.id),
    ),
  );
  const shown = pages.flatMap((p): ReaderTreePage[] => {
    const s = shownGuideText(byPage.get(p.id) ?? [], locale);
    return s ? [{ ...placeOf(p), title: s.title, lang: s.lang, missing: s.missing }] : [];
  });
  return guideTree(shown);
}

function placeOf(p: GuidePageRow) {
  return { id: p.id, parentId: p.parentId, slug: p.slug, topic: p.topic, position: p.position };
}

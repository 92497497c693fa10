import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

/**
 * The published guide pages of a municipality as offline reading needs them: each page's text in the reader's
 * language, or the German source where there is no translation. A small read of its own on the core guide tables,
 * so that offline reading does not wait for the guide part's read model.
 */
export interface OfflinePageText {
  slug: string;
  parentId: string | null;
  id: string;
  position: number;
  /** The language of the text (the reader's, or `de` when it falls back to German). */
  lang: string;
  title: string;
  body: string;
  updatedAt: Date;
}

/** Published pages of the tenant with their text in `locale` (else German), in guide order. */
export async function publishedGuideTexts(db: Executor, t: Tenant, locale: string): Promise<OfflinePageText[]> {
  const rows = await db
    .selectFrom('welcome_guide_pages as p')
    .innerJoin('welcome_guide_texts as x', (j) =>
      j.onRef('x.municipality_id', '=', 'p.municipality_id').onRef('x.page_id', '=', 'p.id'),
    )
    .select([
      'p.id',
      'p.slug',
      'p.parent_id as parentId',
      'p.position',
      'x.locale',
      'x.title',
      'x.body',
      'x.updated_at as updatedAt',
    ])
    .where('p.municipality_id', '=', t.municipalityId)
    .where('p.status', '=', 'published')
    .where('x.locale', 'in', locale === SOURCE_LOCALE ? [SOURCE_LOCALE] : [locale, SOURCE_LOCALE])
    .orderBy('p.position')
    .orderBy('p.slug')
    .execute();
  const byPage = new Map<string, OfflinePageText>();
  for (const r of rows) {
    const had = byPage.get(r.id);
    // The reader's language wins over the German source.
    if (had && had.lang === locale) continue;
    byPage.set(r.id, {
      id: r.id,
      slug: r.slug,
      parentId: r.parentId,
      position: r.position,
      lang: r.locale,
      title: r.title,
      body: r.body,
      updatedAt: r.updatedAt,
    });
  }
  return [...byPage.values()];
}

import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

// The translations part's SQL on the guide's tables (same module; decision 0185). Small on purpose: reading pages
// and texts for the status overview and the editor, and writing one translation (text row and version row).
// `saveText`, `findText`, `textsOfPages` and `findVersion` do what the guide part's repository does for German
// texts and can be merged with it.

/** A guide page as the translations see it: where it is and what it is called, never its text. */
export interface TranslatablePage {
  id: string;
  slug: string;
  topic: string;
  status: string;
}

/** One stored text of a page in one language (the German source or a translation). */
export interface GuideText {
  pageId: string;
  locale: string;
  title: string;
  body: string;
  version: number;
  sourceHash: string | null;
  sourceVersion: number | null;
  machine: boolean;
  reviewedAt: Date | null;
  updatedAt: Date;
}

/** One saved version of a page's text in one language. */
export interface GuideVersion {
  pageId: string;
  version: number;
  title: string;
  body: string;
  savedAt: Date;
}

/** The pages of a municipality's guide, by topic and position (optionally one topic). */
export function listPages(db: Executor, t: Tenant, topic?: string): Promise<TranslatablePage[]> {
  let q = db
    .selectFrom('welcome_guide_pages')
    .select(['id', 'slug', 'topic', 'status'])
    .where('municipality_id', '=', t.municipalityId);
  if (topic) q = q.where('topic', '=', topic);
  return q.orderBy('topic').orderBy('position').orderBy('slug').execute();
}

/** One page of the tenant's guide, or null (another tenant's id is null too). */
export async function findPage(db: Executor, t: Tenant, id: string): Promise<TranslatablePage | null> {
  const row = await db
    .selectFrom('welcome_guide_pages')
    .select(['id', 'slug', 'topic', 'status'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

function texts(db: Executor, t: Tenant) {
  return db
    .selectFrom('welcome_guide_texts')
    .select([
      'page_id as pageId',
      'locale',
      'title',
      'body',
      'version',
      'source_hash as sourceHash',
      'source_version as sourceVersion',
      'machine',
      'reviewed_at as reviewedAt',
      'updated_at as updatedAt',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** Every text (all languages) of the given pages. */
export function textsOfPages(db: Executor, t: Tenant, pageIds: readonly string[]): Promise<GuideText[]> {
  if (pageIds.length === 0) return Promise.resolve([]);
  return texts(db, t)
    .where('page_id', 'in', [...pageIds])
    .execute();
}

/** The stored text of a page in one language, or null. */
export async function findText(db: Executor, t: Tenant, pageId: string, locale: string): Promise<GuideText | null> {
  const row = await texts(db, t).where('page_id', '=', pageId).where('locale', '=', locale).executeTakeFirst();
  return row ?? null;
}

/** The German versions of the given pages after the given versions (for "outdated since"), oldest first. */
export function germanVersionsAfter(
  db: Executor,
  t: Tenant,
  after: readonly { pageId: string; version: number }[],
): Promise<GuideVersion[]> {
  if (after.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('welcome_guide_versions')
    .select(['page_id as pageId', 'version', 'title', 'body', 'saved_at as savedAt'])
    .where('municipality_id', '=', t.municipalityId)
    .where('locale', '=', SOURCE_LOCALE)
    .where((eb) => eb.or(after.map((a) => eb.and([eb('page_id', '=', a.pageId), eb('version', '>', a.version)]))))
    .orderBy('page_id')
    .orderBy('version')
    .execute();
}

/** One saved version of a page's text, or null. */
export async function findVersion(
  db: Executor,
  t: Tenant,
  pageId: string,
  locale: string,
  version: number,
): Promise<GuideVersion | null> {
  const row = await db
    .selectFrom('welcome_guide_versions')
    .select(['page_id as pageId', 'version', 'title', 'body', 'saved_at as savedAt'])
    .where('municipality_id', '=', t.municipalityId)
    .where('page_id', '=', pageId)
    .where('locale', '=', locale)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ?? null;
}

/** What one save of a text stores: the words, and for a translation the source it was made from. */
export interface TextWrite {
  pageId: string;
  locale: string;
  title: string;
  body: string;
  sourceHash: string | null;
  sourceVersion: number | null;
  machine: boolean;
  /** A person's approval (null: none, or withdrawn by a new machine draft). */
  reviewedBy: string | null;
  reviewedAt: Date | null;
}

/**
 * Saves a text as its next version: the text row upserted (version + 1) and the version row written, in the
 * caller's transaction. The page row is locked first (the text row may not exist yet), so that two saves of one
 * language get versions n+1 and n+2 instead of one failing on the version's key.
 */
export async function saveText(db: Executor, t: Tenant, w: TextWrite, by: string | null, at: Date): Promise<number> {
  await db
    .selectFrom('welcome_guide_pages')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', w.pageId)
    .forUpdate()
    .executeTakeFirst();
  const current = await db
    .selectFrom('welcome_guide_texts')
    .select('version')
    .where('municipality_id', '=', t.municipalityId)
    .where('page_id', '=', w.pageId)
    .where('locale', '=', w.locale)
    .executeTakeFirst();
  const latest = await db
    .selectFrom('welcome_guide_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('municipality_id', '=', t.municipalityId)
    .where('page_id', '=', w.pageId)
    .where('locale', '=', w.locale)
    .executeTakeFirst();
  const version = Math.max(current?.version ?? 0, Number(latest?.v ?? 0)) + 1;
  const values = {
    title: w.title,
    body: w.body,
    version,
    source_hash: w.sourceHash,
    source_version: w.sourceVersion,
    machine: w.machine,
    reviewed_by: w.reviewedBy,
    reviewed_at: w.reviewedAt,
    updated_by: by,
    updated_at: at,
  };
  await db
    .insertInto('welcome_guide_texts')
    .values({ municipality_id: t.municipalityId, page_id: w.pageId, locale: w.locale, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'page_id', 'locale']).doUpdateSet(values))
    .execute();
  await db
    .insertInto('welcome_guide_versions')
    .values({
      municipality_id: t.municipalityId,
      page_id: w.pageId,
      locale: w.locale,
      version,
      title: w.title,
      body: w.body,
      machine: w.machine,
      saved_by: by,
      saved_at: at,
    })
    .execute();
  return version;
}

/** Marks a translation as reviewed by a person (no longer an unreviewed machine text); false when there is none. */
export async function markReviewed(
  db: Executor,
  t: Tenant,
  pageId: string,
  locale: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const res = await db
    .updateTable('welcome_guide_texts')
    .set({ machine: false, reviewed_by: by, reviewed_at: at })
    .where('municipality_id', '=', t.municipalityId)
    .where('page_id', '=', pageId)
    .where('locale', '=', locale)
    .where('locale', '<>', SOURCE_LOCALE)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { cleanHtml } from './welcome.html.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

// The guide's SQL: pages, their current texts per language, every saved text as a version. The one repository of
// the guide's tables: the translations, offline and practice parts read and write through it too. Every function
// takes the tenant first and filters by it.

/** A page of the guide, without its texts. */
export interface GuidePageRow {
  id: string;
  parentId: string | null;
  slug: string;
  topic: string;
  position: number;
  status: string;
  lastCheckedOn: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** The page's fields an editor sets (its texts are saved apart, see saveGuideText). */
export interface GuidePageValues {
  parentId: string | null;
  slug: string;
  topic: string;
  position: number;
  lastCheckedOn: string | null;
}

/** A page's current text in one language (the German source, a translation, or Leichte Sprache). */
export interface GuideText {
  pageId: string;
  locale: string;
  title: string;
  body: string;
  version: number;
  sourceHash: string | null;
  sourceVersion: number | null;
  machine: boolean;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  updatedAt: Date;
}

/** One saved text of a page in one language. */
export interface GuideVersion {
  pageId: string;
  locale: string;
  version: number;
  title: string;
  body: string;
  machine: boolean;
  savedBy: string | null;
  savedAt: Date;
}

function pages(db: Executor, t: Tenant) {
  return db
    .selectFrom('welcome_guide_pages')
    .select([
      'id',
      'parent_id as parentId',
      'slug',
      'topic',
      'position',
      'status',
      'last_checked_on as lastCheckedOn',
      'published_at as publishedAt',
      'updated_at as updatedAt',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** The pages of a municipality in tree order (topic, position, slug); only published ones when asked. */
export function listGuidePages(db: Executor, t: Tenant, o: { publishedOnly: boolean }): Promise<GuidePageRow[]> {
  return pages(db, t)
    .$if(o.publishedOnly, (q) => q.where('status', '=', 'published'))
    .orderBy('topic')
    .orderBy('position')
    .orderBy('slug')
    .execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page by its id or its slug; null when this municipality has none. */
export async function findGuidePage(db: Executor, t: Tenant, idOrSlug: string): Promise<GuidePageRow | null> {
  const q = pages(db, t);
  const row = await (UUID.test(idOrSlug)
    ? q.where('id', '=', idOrSlug)
    : q.where('slug', '=', idOrSlug)
  ).executeTakeFirst();
  return row ?? null;
}

/** Adds a page (a draft unless said otherwise); its texts follow with saveGuideText. */
export async function insertGuidePage(
  db: Executor,
  t: Tenant,
  v: GuidePageValues,
  status = 'draft',
  publishedAt: Date | null = null,
): Promise<string> {
  const row = await db
    .insertInto('welcome_guide_pages')
    .values({
      municipality_id: t.municipalityId,
      parent_id: v.parentId,
      slug: v.slug,
      topic: v.topic,
      position: v.position,
      last_checked_on: v.lastCheckedOn,
      status,
      published_at: status === 'published' ? publishedAt : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a page's place in the tree, slug and "last checked" date; its texts are not touched. */
export async function updateGuidePage(db: Executor, t: Tenant, id: string, v: GuidePageValues, now: Date) {
  await db
    .updateTable('welcome_guide_pages')
    .set({
      parent_id: v.parentId,
      slug: v.slug,
      topic: v.topic,
      position: v.position,
      last_checked_on: v.lastCheckedOn,
      updated_at: now,
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Sets a page's workflow status (published_at set on publishing, kept otherwise); its texts are not touched. */
export async function setGuidePageStatus(db: Executor, t: Tenant, id: string, status: string, now: Date) {
  await db
    .updateTable('welcome_guide_pages')
    .set({ status, updated_at: now, ...(status === 'published' ? { published_at: now } : {}) })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** The id of the page with this slug, for the "slug taken" check. */
export async function guidePageIdBySlug(db: Executor, t: Tenant, slug: string): Promise<string | null> {
  return (await findGuidePage(db, t, slug))?.id ?? null;
}

/** The ancestors of a page, nearest first (a guide has dozens of pages: read once, walked here; bounded). */
export async function guideAncestors(db: Executor, t: Tenant, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('welcome_guide_pages')
    .select(['id', 'parent_id'])
    .where('municipality_id', '=', t.municipalityId)
    .execute();
  const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
  const out: string[] = [];
  for (let at = parentOf.get(id); at && !out.includes(at) && out.length < 1000; at = parentOf.get(at)) out.push(at);
  return out;
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
      'reviewed_by as reviewedBy',
      'reviewed_at as reviewedAt',
      'updated_at as updatedAt',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** The current texts of one page (a string) or of several pages (an array), every language. */
export function guideTexts(db: Executor, t: Tenant, pageId: string | readonly string[]): Promise<GuideText[]> {
  const ids = typeof pageId === 'string' ? [pageId] : [...pageId];
  if (ids.length === 0) return Promise.resolve([]);
  return texts(db, t).where('page_id', 'in', ids).orderBy('page_id').orderBy('locale').execute();
}

/** The current text of a page in one language, or null. */
export async function guideText(db: Executor, t: Tenant, pageId: string, locale: string): Promise<GuideText | null> {
  const row = await texts(db, t).where('page_id', '=', pageId).where('locale', '=', locale).executeTakeFirst();
  return row ?? null;
}

function versions(db: Executor, t: Tenant) {
  return db
    .selectFrom('welcome_guide_versions')
    .select([
      'page_id as pageId',
      'locale',
      'version',
      'title',
      'body',
      'machine',
      'saved_by as savedBy',
      'saved_at as savedAt',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** Every saved version of a page's text in one language, newest first. */
export function guideVersions(db: Executor, t: Tenant, pageId: string, locale: string): Promise<GuideVersion[]> {
  return versions(db, t)
    .where('page_id', '=', pageId)
    .where('locale', '=', locale)
    .orderBy('version', 'desc')
    .execute();
}

/** One saved version of a page's text, or null. */
export async function guideVersion(
  db: Executor,
  t: Tenant,
  pageId: string,
  locale: string,
  version: number,
): Promise<GuideVersion | null> {
  const row = await versions(db, t)
    .where('page_id', '=', pageId)
    .where('locale', '=', locale)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ?? null;
}

/** The versions in `locale` of the given pages after the given versions (for "outdated since"), oldest first. */
export function guideVersionsAfter(
  db: Executor,
  t: Tenant,
  locale: string,
  after: readonly { pageId: string; version: number }[],
): Promise<GuideVersion[]> {
  if (after.length === 0) return Promise.resolve([]);
  return versions(db, t)
    .where('locale', '=', locale)
    .where((eb) => eb.or(after.map((a) => eb.and([eb('page_id', '=', a.pageId), eb('version', '>', a.version)]))))
    .orderBy('page_id')
    .orderBy('version')
    .execute();
}

/** What saveGuideText is given: the text, of a translation the source it was made from, and who saved it. */
export interface GuideTextInput {
  pageId: string;
  locale: string;
  title: string;
  body: string;
  /** Of a translation: contentHash of the source text it was made from; null on the German source. */
  sourceHash: string | null;
  sourceVersion: number | null;
  machine: boolean;
  userId: string | null;
  /** When it was saved (the use case's clock); the database's time when not given. */
  now?: Date;
}

/**
 * Saves a page's text in one language: the text row and a new version row (version + 1), the body cleaned with
 * cleanHtml, in the caller's transaction. The page row is locked first (the text row may not exist yet), so that
 * two first saves of one language become versions 1 and 2 instead of one failing on the version's key. The same
 * title and body again write no version (and leave the text's words and version alone); only the translation's
 * marks (source hash and version, machine) are brought up to date. A machine text withdraws a person's approval;
 * a person's text over a machine text records them as its reviewer. Returns the text's version and whether a new
 * version was written.
 */
export async function saveGuideText(
  tx: Executor,
  t: Tenant,
  v: GuideTextInput,
): Promise<{ version: number; created: boolean }> {
  const title = v.title.trim();
  const body = cleanHtml(v.body);
  await tx
    .selectFrom('welcome_guide_pages')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', v.pageId)
    .forUpdate()
    .executeTakeFirst();
  const current = await guideText(tx, t, v.pageId, v.locale);
  const at = v.now ?? sql<Date>`now()`;
  const review = v.machine
    ? { reviewed_by: null, reviewed_at: null }
    : current?.machine
      ? { reviewed_by: v.userId, reviewed_at: at }
      : {};
  if (current && current.title === title && current.body === body) {
    const same = current.sourceHash === v.sourceHash && current.sourceVersion === v.sourceVersion;
    if (!same || current.machine !== v.machine) {
      await tx
        .updateTable('welcome_guide_texts')
        .set({ source_hash: v.sourceHash, source_version: v.sourceVersion, machine: v.machine, ...review })
        .where('municipality_id', '=', t.municipalityId)
        .where('page_id', '=', v.pageId)
        .where('locale', '=', v.locale)
        .execute();
    }
    return { version: current.version, created: false };
  }
  const version = await nextVersion(tx, t, v.pageId, v.locale);
  const row = {
    title,
    body,
    version,
    source_hash: v.sourceHash,
    source_version: v.sourceVersion,
    machine: v.machine,
    updated_by: v.userId,
    updated_at: at,
    ...review,
  };
  await tx
    .insertInto('welcome_guide_texts')
    .values({ municipality_id: t.municipalityId, page_id: v.pageId, locale: v.locale, ...row })
    .onConflict((oc) => oc.columns(['municipality_id', 'page_id', 'locale']).doUpdateSet(row))
    .execute();
  await tx
    .insertInto('welcome_guide_versions')
    .values({
      municipality_id: t.municipalityId,
      page_id: v.pageId,
      locale: v.locale,
      version,
      title,
      body,
      machine: v.machine,
      saved_by: v.userId,
      saved_at: at,
    })
    .execute();
  return { version, created: true };
}

/** Marks a translation as reviewed by a person (no longer an unreviewed machine text); false when there is none. */
export async function markGuideTextReviewed(
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

/** A slug the municipality's guide does not have yet: `base` (cut to 70 characters), numbered if taken. */
export async function freeGuideSlug(db: Executor, t: Tenant, base: string): Promise<string> {
  const stem = base.slice(0, 70);
  const rows = await db
    .selectFrom('welcome_guide_pages')
    .select('slug')
    .where('municipality_id', '=', t.municipalityId)
    .where('slug', 'like', `${stem}%`)
    .execute();
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

// After the latest version row, not the text row: a text removed and written again keeps counting on.
async function nextVersion(tx: Executor, t: Tenant, pageId: string, locale: string): Promise<number> {
  const row = await tx
    .selectFrom('welcome_guide_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('municipality_id', '=', t.municipalityId)
    .where('page_id', '=', pageId)
    .where('locale', '=', locale)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

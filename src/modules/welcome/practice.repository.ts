import { type Expression, type SqlBool, sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import { type PageOf, type PageSlice, paginate } from '../../platform/db/paginate.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { PracticeTag } from './welcome.tables.ts';

/**
 * SQL of the good-practice library. Its tables are state-wide reference tables (everyone reads the published
 * examples); a municipality's staff see the examples that came from their municipality.
 */

export type PracticeStatus = 'submitted' | 'published' | 'rejected';

export interface PracticeRow {
  id: string;
  slug: string;
  originMunicipalityId: string | null;
  providerName: string | null;
  placeName: string;
  tags: PracticeTag[];
  status: PracticeStatus;
  contactName: string | null;
  contactEmail: string | null;
  website: string | null;
  startedYear: number | null;
  submittedBy: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One language's words of an example (the German source has no source hash). */
export interface PracticeText {
  practiceId: string;
  locale: string;
  title: string;
  what: string;
  forWhom: string;
  results: string;
  sourceHash: string | null;
}

/** The facts of an example as stored (without its texts). */
export interface PracticeValues {
  slug: string;
  originMunicipalityId: string | null;
  providerName: string | null;
  placeName: string;
  tags: readonly string[];
  contactName: string | null;
  contactEmail: string | null;
  website: string | null;
  startedYear: number | null;
}

export interface PracticeFilter {
  status?: PracticeStatus;
  /** Examples from this municipality (its staff's view). */
  origin?: Tenant;
  tag?: string;
  /** Each word must occur in some language's text of the example. */
  words?: readonly string[];
}

const COLUMNS = [
  'p.id',
  'p.slug',
  'p.origin_municipality_id as originMunicipalityId',
  'p.provider_name as providerName',
  'p.place_name as placeName',
  'p.tags',
  'p.status',
  'p.contact_name as contactName',
  'p.contact_email as contactEmail',
  'p.website',
  'p.started_year as startedYear',
  'p.submitted_by as submittedBy',
  'p.published_at as publishedAt',
  'p.created_at as createdAt',
  'p.updated_at as updatedAt',
] as const;

// A LIKE pattern that matches the word itself: %, _ and \ typed by a reader are no wildcards.
const likeWord = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered(db: Executor, f: PracticeFilter) {
  let q = db.selectFrom('welcome_practices as p');
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.origin) q = q.where('p.origin_municipality_id', '=', f.origin.municipalityId);
  if (f.tag) q = q.where(sql<SqlBool>`${f.tag} = any(p.tags)`);
  for (const w of f.words ?? []) {
    const pattern = likeWord(w);
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('welcome_practice_texts as x')
          .select('x.practice_id')
          .whereRef('x.practice_id', '=', 'p.id')
          .where(
            sql<SqlBool>`(x.title || ' ' || x.what || ' ' || x.for_whom || ' ' || x.results) ilike ${pattern}` as Expression<SqlBool>,
          ),
      ),
    );
  }
  return q;
}

/** One page of examples matching the filter: the newest published (or submitted) first. */
export async function listPractices(db: Executor, f: PracticeFilter, slice: PageSlice): Promise<PageOf<PracticeRow>> {
  const page = await paginate(filtered(db, f), slice, (q) =>
    q.select(COLUMNS).orderBy(sql`coalesce(p.published_at, p.created_at)`, 'desc').orderBy('p.slug'),
  );
  return { rows: page.rows as PracticeRow[], total: page.total };
}

/** How many examples wait for a state editor's decision. */
export async function countSubmitted(db: Executor): Promise<number> {
  const row = await filtered(db, { status: 'submitted' })
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One example by id; null when there is none. */
export async function findPractice(db: Executor, id: string): Promise<PracticeRow | null> {
  const row = await db.selectFrom('welcome_practices as p').select(COLUMNS).where('p.id', '=', id).executeTakeFirst();
  return (row as PracticeRow | undefined) ?? null;
}

/** One example by its slug; null when there is none. */
export async function findPracticeBySlug(db: Executor, slug: string): Promise<PracticeRow | null> {
  const row = await db
    .selectFrom('welcome_practices as p')
    .select(COLUMNS)
    .where('p.slug', '=', slug)
    .executeTakeFirst();
  return (row as PracticeRow | undefined) ?? null;
}

/** The texts of some examples, every language. */
export async function practiceTexts(db: Executor, ids: readonly string[]): Promise<PracticeText[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('welcome_practice_texts')
    .select([
      'practice_id as practiceId',
      'locale',
      'title',
      'what',
      'for_whom as forWhom',
      'results',
      'source_hash as sourceHash',
    ])
    .where('practice_id', 'in', ids)
    .execute();
}

/** True when an example has this slug already. */
export async function slugTaken(db: Executor, slug: string): Promise<boolean> {
  const row = await db.selectFrom('welcome_practices').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

/** Stores a new submitted example; returns its id. */
export async function insertPractice(
  db: Executor,
  v: PracticeValues,
  by: string | null,
  status: PracticeStatus = 'submitted',
): Promise<string> {
  const row = await db
    .insertInto('welcome_practices')
    .values({
      slug: v.slug,
      origin_municipality_id: v.originMunicipalityId,
      provider_name: v.providerName,
      place_name: v.placeName,
      tags: [...v.tags],
      status,
      contact_name: v.contactName,
      contact_email: v.contactEmail,
      website: v.website,
      started_year: v.startedYear,
      submitted_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes an example's facts (its slug, origin and submitter stay). */
export async function updatePractice(
  db: Executor,
  id: string,
  v: Omit<PracticeValues, 'slug' | 'originMunicipalityId'>,
  now: Date,
) {
  await db
    .updateTable('welcome_practices')
    .set({
      provider_name: v.providerName,
      place_name: v.placeName,
      tags: [...v.tags],
      contact_name: v.contactName,
      contact_email: v.contactEmail,
      website: v.website,
      started_year: v.startedYear,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** Sets an example's status; publishing records who and when, anything else clears it. */
export async function setPracticeStatus(
  db: Executor,
  id: string,
  status: PracticeStatus,
  by: string | null,
  now: Date,
) {
  const published = status === 'published';
  await db
    .updateTable('welcome_practices')
    .set({ status, published_by: published ? by : null, published_at: published ? now : null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Writes one language's text of an example (insert or replace). */
export async function upsertPracticeText(db: Executor, x: PracticeText, now: Date): Promise<void> {
  const values = {
    title: x.title,
    what: x.what,
    for_whom: x.forWhom,
    results: x.results,
    source_hash: x.sourceHash,
    updated_at: now,
  };
  await db
    .insertInto('welcome_practice_texts')
    .values({ practice_id: x.practiceId, locale: x.locale, ...values })
    .onConflict((oc) => oc.columns(['practice_id', 'locale']).doUpdateSet(values))
    .execute();
}

import { sql } from 'kysely';
import type { PageOf, PageSlice } from '../../platform/db/paginate.ts';
import { paginate } from '../../platform/db/paginate.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { HelpCategory, HelpKind, HelpOutcome } from './help.tables.ts';

/** What the public list shows of a post (no user id: the list is for everyone). */
export interface HelpListRow {
  id: string;
  kind: HelpKind;
  category: HelpCategory;
  quartier_id: string | null;
  author_name: string;
  locale: string;
  title: string;
  body: string;
  created_at: Date;
}

/** A post with everything its page and its writer need. */
export interface HelpPost extends HelpListRow {
  author_user_id: string;
  status: 'open' | 'closed';
  outcome: HelpOutcome | null;
  closed_at: Date | null;
  hidden_at: Date | null;
}

export interface HelpFilter {
  kind?: HelpKind;
  category?: HelpCategory;
  quartierId?: string;
}

const LIST_COLUMNS = [
  'id',
  'kind',
  'category',
  'quartier_id',
  'author_name',
  'locale',
  'title',
  'body',
  'created_at',
] as const;
const POST_COLUMNS = [...LIST_COLUMNS, 'author_user_id', 'status', 'outcome', 'closed_at', 'hidden_at'] as const;

/** One page of a municipality's open, visible posts, newest first. */
export function listOpenPosts(db: Executor, t: Tenant, f: HelpFilter, page: PageSlice): Promise<PageOf<HelpListRow>> {
  let q = db
    .selectFrom('community_help_posts')
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'open')
    .where('hidden_at', 'is', null);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.quartierId) q = q.where('quartier_id', '=', f.quartierId);
  return paginate(q, page, (x) => x.select(LIST_COLUMNS).orderBy('created_at', 'desc').orderBy('id'));
}

/** A post of the tenant, whatever its state, or null. */
export async function findPost(db: Executor, t: Tenant, id: string): Promise<HelpPost | null> {
  const row = await db
    .selectFrom('community_help_posts')
    .select(POST_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** The same post locked for a change (closing, hiding), so that two changes run one after the other. */
export async function lockPost(db: Executor, t: Tenant, id: string): Promise<HelpPost | null> {
  const row = await db
    .selectFrom('community_help_posts')
    .select(POST_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** A person's own posts in the tenant, open ones first, with the number of conversations and unread ones. */
export function postsOfAuthor(db: Executor, t: Tenant, userId: string) {
  return db
    .selectFrom('community_help_posts as p')
    .select([...POST_COLUMNS.map((c) => `p.${c}` as const)])
    .select((eb) => [
      eb
        .selectFrom('community_help_threads as h')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('h.municipality_id', '=', 'p.municipality_id')
        .whereRef('h.post_id', '=', 'p.id')
        .as('threads'),
    ])
    .where('p.municipality_id', '=', t.municipalityId)
    .where('p.author_user_id', '=', userId)
    .orderBy(sql`p.status = 'open'`, 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}

export interface NewPost {
  kind: HelpKind;
  category: HelpCategory;
  quartierId: string | null;
  authorUserId: string;
  authorName: string;
  locale: string;
  title: string;
  body: string;
  now: Date;
}

export async function insertPost(db: Executor, t: Tenant, v: NewPost): Promise<string> {
  const row = await db
    .insertInto('community_help_posts')
    .values({
      municipality_id: t.municipalityId,
      kind: v.kind,
      category: v.category,
      quartier_id: v.quartierId,
      author_user_id: v.authorUserId,
      author_name: v.authorName,
      locale: v.locale,
      title: v.title,
      body: v.body,
      created_at: v.now,
      updated_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Closes an open post with its outcome; false when it was already closed. */
export async function closePost(
  db: Executor,
  t: Tenant,
  id: string,
  outcome: HelpOutcome,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('community_help_posts')
    .set({ status: 'closed', outcome, closed_at: now, updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Hides a post from everyone but its writer and moderation (null: shows it again). */
export async function setHidden(db: Executor, t: Tenant, id: string, at: Date | null): Promise<void> {
  await db
    .updateTable('community_help_posts')
    .set({ hidden_at: at, updated_at: at ?? sql<Date>`now()` })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Adds one "it helped" to the count of a category in the month of `now` (Europe/Berlin). */
export async function countHelped(db: Executor, t: Tenant, category: HelpCategory, now: Date): Promise<void> {
  const month = sql<string>`date_trunc('month', ${now}::timestamptz at time zone 'Europe/Berlin')::date`;
  await db
    .insertInto('community_help_helped')
    .values({ municipality_id: t.municipalityId, month, category, helped: 1 })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'month', 'category'])
        .doUpdateSet({ helped: sql`community_help_helped.helped + 1` }),
    )
    .execute();
}

/** The "it helped" counts of the tenant, newest month first. */
export function helpedCounts(db: Executor, t: Tenant) {
  return db
    .selectFrom('community_help_helped')
    .select(['month', 'category', 'helped'])
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('month', 'desc')
    .orderBy('category')
    .execute();
}

/** All "it helped" of the tenant since a month (`YYYY-MM-01`), all categories together. */
export async function helpedSince(db: Executor, t: Tenant, month: string): Promise<number> {
  const r = await db
    .selectFrom('community_help_helped')
    .select((eb) => eb.fn.sum<string | null>('helped').as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('month', '>=', month)
    .executeTakeFirstOrThrow();
  return Number(r.n ?? 0);
}

/** Sets a month's count of a category (the demo's earlier months; the application only ever adds one). */
export async function putHelpedCount(
  db: Executor,
  t: Tenant,
  v: { month: string; category: HelpCategory; helped: number },
): Promise<void> {
  await db
    .insertInto('community_help_helped')
    .values({ municipality_id: t.municipalityId, month: v.month, category: v.category, helped: v.helped })
    .onConflict((oc) => oc.columns(['municipality_id', 'month', 'category']).doUpdateSet({ helped: v.helped }))
    .execute();
}

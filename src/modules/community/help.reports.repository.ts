import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { ReportReason } from './help.tables.ts';

/** A report as moderation sees it: what was reported and why, never who reported it. */
export interface HelpReportRow {
  id: string;
  post_id: string;
  thread_id: string | null;
  reason: ReportReason;
  note: string | null;
  status: 'open' | 'resolved';
  created_at: Date;
}

const REPORT_COLUMNS = ['id', 'post_id', 'thread_id', 'reason', 'note', 'status', 'created_at'] as const;

export async function insertReport(
  db: Executor,
  t: Tenant,
  v: { postId: string; threadId: string | null; userId: string; reason: ReportReason; note: string | null; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('community_help_reports')
    .values({
      municipality_id: t.municipalityId,
      post_id: v.postId,
      thread_id: v.threadId,
      reporter_user_id: v.userId,
      reason: v.reason,
      note: v.note,
      created_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether this person already has an open report about the post (or the conversation): one is enough. */
export async function hasOpenReport(
  db: Executor,
  t: Tenant,
  v: { postId: string; threadId: string | null; userId: string },
): Promise<boolean> {
  let q = db
    .selectFrom('community_help_reports')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('post_id', '=', v.postId)
    .where('reporter_user_id', '=', v.userId)
    .where('status', '=', 'open');
  q = v.threadId ? q.where('thread_id', '=', v.threadId) : q.where('thread_id', 'is', null);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The moderation queue: posts with open reports (oldest report first), or all posts of a state. */
export function moderationQueue(db: Executor, t: Tenant, show: 'reported' | 'hidden' | 'all') {
  let q = db
    .selectFrom('community_help_posts as p')
    .select([
      'p.id',
      'p.kind',
      'p.category',
      'p.title',
      'p.locale',
      'p.author_name',
      'p.status',
      'p.outcome',
      'p.hidden_at',
      'p.created_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('community_help_reports as r')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('r.municipality_id', '=', 'p.municipality_id')
        .whereRef('r.post_id', '=', 'p.id')
        .where('r.status', '=', 'open')
        .as('open_reports'),
      eb
        .selectFrom('community_help_reports as r')
        .select((e) => e.fn.min('r.created_at').as('m'))
        .whereRef('r.municipality_id', '=', 'p.municipality_id')
        .whereRef('r.post_id', '=', 'p.id')
        .where('r.status', '=', 'open')
        .as('first_report'),
    ])
    .where('p.municipality_id', '=', t.municipalityId);
  if (show === 'reported')
    q = q.where(
      sql<boolean>`exists (select 1 from community_help_reports r where r.municipality_id = p.municipality_id
        and r.post_id = p.id and r.status = 'open')`,
    );
  if (show === 'hidden') q = q.where('p.hidden_at', 'is not', null);
  return q
    .orderBy(sql`first_report`, (ob) => ob.asc().nullsLast())
    .orderBy('p.created_at', 'desc')
    .limit(200)
    .execute();
}

/** The reports of one post, open ones first. */
export function reportsOfPost(db: Executor, t: Tenant, postId: string): Promise<HelpReportRow[]> {
  return db
    .selectFrom('community_help_reports')
    .select(REPORT_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('post_id', '=', postId)
    .orderBy(sql`status = 'open'`, 'desc')
    .orderBy('created_at')
    .execute();
}

/** Resolves the open reports of a post (all of them, or one); returns how many were resolved. */
export async function resolveReports(
  db: Executor,
  t: Tenant,
  postId: string,
  now: Date,
  reportId?: string,
): Promise<number> {
  let q = db
    .updateTable('community_help_reports')
    .set({ status: 'resolved', resolved_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('post_id', '=', postId)
    .where('status', '=', 'open');
  if (reportId) q = q.where('id', '=', reportId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** How many posts of the tenant wait for moderation (open reports). */
export async function openReportCount(db: Executor, t: Tenant): Promise<number> {
  const r = await db
    .selectFrom('community_help_reports')
    .select((eb) => eb.fn.count<string>('post_id').distinct().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

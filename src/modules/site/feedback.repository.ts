import type { ColumnType, Generated } from 'kysely';
import { type PageOf, type PageSlice, paginate } from '../../platform/db/paginate.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { dayAfter, dayStart, type ListScope, scopeMatch } from '../../platform/db/list-scope.ts';

export const FEEDBACK_STATUSES = ['new', 'answered', 'done'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export interface FeedbackTable {
  id: Generated<string>;
  message: string;
  page_url: string | null;
  email: string | null;
  locale: string;
  created_at: ColumnType<Date, Date | undefined, Date>;
  handled_at: Date | null;
  municipality_id: string | null;
  status: Generated<FeedbackStatus>;
  status_changed_at: Date | null;
  status_changed_by: string | null;
}

export interface FeedbackTeamAddressTable {
  municipality_id: string;
  email: string;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    feedback: FeedbackTable;
    feedback_team_addresses: FeedbackTeamAddressTable;
  }
}

/** Whose inbox: one municipality's, or the state's (feedback that names no municipality). */
export type InboxScope = ListScope;

export interface NewFeedback {
  message: string;
  pageUrl: string | null;
  email: string | null;
  locale: Locale;
  municipalityId: string | null;
}

export interface FeedbackSummary {
  id: string;
  createdAt: Date;
  status: FeedbackStatus;
  locale: string;
  /** The first characters of the message, for the list. */
  excerpt: string;
  hasEmail: boolean;
}

export interface FeedbackDetail {
  id: string;
  createdAt: Date;
  status: FeedbackStatus;
  statusChangedAt: Date | null;
  locale: string;
  message: string;
  pageUrl: string | null;
  email: string | null;
}

export interface InboxFilter {
  status?: FeedbackStatus | undefined;
  /** First and last calendar day (YYYY-MM-DD, inclusive), as days in Germany. */
  from?: string | undefined;
  to?: string | undefined;
}

const EXCERPT = 120;

/** Stores one feedback message; returns its id. */
export async function insertFeedback(db: Executor, f: NewFeedback): Promise<string> {
  const row = await db
    .insertInto('feedback')
    .values({
      message: f.message,
      page_url: f.pageUrl,
      email: f.email,
      locale: f.locale,
      municipality_id: f.municipalityId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function scoped(db: Executor, scope: InboxScope) {
  const { op, value } = scopeMatch(scope);
  return db.selectFrom('feedback').where('municipality_id', op, value);
}

/** One page of an inbox, newest first, with the total of the filtered list. */
export async function listFeedback(
  db: Executor,
  scope: InboxScope,
  filter: InboxFilter,
  page: PageSlice,
): Promise<PageOf<FeedbackSummary>> {
  let q = scoped(db, scope);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.from) q = q.where('created_at', '>=', dayStart(filter.from));
  if (filter.to) q = q.where('created_at', '<', dayAfter(filter.to));
  const { rows, total } = await paginate(q, page, (q) =>
    q
      .select(['id', 'created_at', 'status', 'locale', 'message', 'email'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc'),
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      createdAt: new Date(r.created_at),
      status: r.status,
      locale: r.locale,
      excerpt: r.message.length > EXCERPT ? `${r.message.slice(0, EXCERPT)}…` : r.message,
      hasEmail: r.email !== null,
    })),
  };
}

/** One feedback message of a scope, or null when it is not there (or belongs to another inbox). */
export async function findFeedback(db: Executor, scope: InboxScope, id: string): Promise<FeedbackDetail | null> {
  const r = await scoped(db, scope)
    .select(['id', 'created_at', 'status', 'status_changed_at', 'locale', 'message', 'page_url', 'email'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    createdAt: new Date(r.created_at),
    status: r.status,
    statusChangedAt: r.status_changed_at ? new Date(r.status_changed_at) : null,
    locale: r.locale,
    message: r.message,
    pageUrl: r.page_url,
    email: r.email,
  };
}

/** Sets the status of one feedback message of a scope; returns the status before, or null when not found. */
export async function updateFeedbackStatus(
  db: Executor,
  scope: InboxScope,
  id: string,
  change: { status: FeedbackStatus; by: string; at: Date },
): Promise<FeedbackStatus | null> {
  const before = await scoped(db, scope).select('status').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!before) return null;
  const update = db.updateTable('feedback');
  await ('municipalityId' in scope
    ? update.where('municipality_id', '=', scope.municipalityId)
    : update.where('municipality_id', 'is', null)
  )
    .set({
      status: change.status,
      status_changed_at: change.at,
      status_changed_by: change.by,
      handled_at: change.status === 'done' ? change.at : null,
    })
    .where('id', '=', id)
    .execute();
  return before.status;
}

/** Deletes feedback created before `cutoff` (retention); returns how many went. */
export async function deleteFeedbackBefore(db: Executor, cutoff: Date): Promise<number> {
  const res = await db.deleteFrom('feedback').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** The team address of a municipality's feedback, or null when none is set. */
export async function findTeamAddress(db: Executor, municipalityId: string): Promise<string | null> {
  const r = await db
    .selectFrom('feedback_team_addresses')
    .select('email')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return r?.email ?? null;
}

/** Sets (or, with null, removes) the team address of a municipality; returns the address before. */
export async function saveTeamAddress(
  db: Executor,
  municipalityId: string,
  email: string | null,
  by: string,
): Promise<string | null> {
  const before = await findTeamAddress(db, municipalityId);
  if (email === null) {
    await db.deleteFrom('feedback_team_addresses').where('municipality_id', '=', municipalityId).execute();
  } else {
    await db
      .insertInto('feedback_team_addresses')
      .values({ municipality_id: municipalityId, email, updated_by: by })
      .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ email, updated_by: by, updated_at: new Date() }))
      .execute();
  }
  return before;
}

import { type ColumnType, type Kysely, sql } from 'kysely';
import { type PageOf, type PageSlice, paginate } from '../db/paginate.ts';
import type { Database, Executor } from '../db/types.ts';
import { dayAfter, dayStart, type ListScope, scopeMatch, scopeMunicipality } from '../db/list-scope.ts';

/** The actions we record; the table accepts any lower-case word, this list is what pages offer as filters. */
export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// Rows are written once: never updated (the update type is `never`, and a trigger refuses it anyway).
type Once<T> = ColumnType<T, T | undefined, never>;

export interface AuditLogTable {
  id: Once<string>;
  at: Once<Date>;
  actor_user_id: string | null;
  municipality_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  request_id: string | null;
  /** `{ before, after }` summaries of a change (see AuditChanges); null for reads. */
  changes: ColumnType<AuditChanges | null, string | null | undefined, never>;
}

/** A record's fields as the audit keeps them: identifiers, codes, numbers, flags — no personal free text. */
export type AuditSummary = Readonly<Record<string, string | number | boolean | null>>;
export interface AuditChanges {
  before: AuditSummary | null;
  after: AuditSummary | null;
}

declare module '../db/types.ts' {
  interface Database {
    audit_log: AuditLogTable;
  }
}

export interface AuditEntry {
  /** The person acting (a user id or the session user); null for the system itself. */
  actor: string | { id: string } | null;
  /** The municipality whose data was touched; null for state-wide or platform data. */
  municipalityId: string | null;
  action: AuditAction;
  /** What kind of thing, e.g. `household`, `counselling.case`, `audit_log`. */
  subjectType: string;
  subjectId?: string | null;
  /** Why, in the actor's words or as a stable key (e.g. `admin.audit.viewed`). */
  reason?: string | null;
  requestId?: string | null;
  /** When; the database's clock when absent. */
  at?: Date;
  /** What changed (use cases); absent for reads. */
  changes?: AuditChanges | null;
}

/**
 * Writes one audit row in the caller's transaction, so that the record exists exactly when the change does.
 * Rows can never be changed or deleted afterwards (a trigger refuses), except by the retention purge.
 */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  const actor = entry.actor === null ? null : typeof entry.actor === 'string' ? entry.actor : entry.actor.id;
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: actor,
      municipality_id: entry.municipalityId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      request_id: entry.requestId ?? null,
      changes: entry.changes ? JSON.stringify(entry.changes) : null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
}

/** Records that someone read what the log protects (personal data, the log itself) in a scope. */
export function auditRead(
  db: Executor,
  reader: { userId: string; requestId: string },
  scope: ListScope,
  read: { subjectType: string; subjectId?: string; reason: string },
): Promise<void> {
  return audit(db, {
    actor: reader.userId,
    municipalityId: scopeMunicipality(scope),
    action: 'read',
    ...read,
    requestId: reader.requestId,
  });
}

/** Which rows a reader may see: one municipality's, or the state-wide ones (no municipality). */
export type AuditScope = ListScope;

export interface AuditFilter {
  action?: string | undefined;
  subjectType?: string | undefined;
  /** Calendar days in German local time, inclusive ('YYYY-MM-DD'). */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  requestId: string | null;
}

/** One page of the audit log in a scope, newest first, with the total count for pagination. */
export async function listAudit(
  db: Executor,
  scope: AuditScope,
  filter: AuditFilter,
  page: PageSlice,
): Promise<PageOf<AuditRow>> {
  const { op, value } = scopeMatch(scope);
  let q = db.selectFrom('audit_log as a').where('a.municipality_id', op, value);
  if (filter.action) q = q.where('a.action', '=', filter.action);
  if (filter.subjectType) q = q.where('a.subject_type', '=', filter.subjectType);
  if (filter.from) q = q.where('a.at', '>=', dayStart(filter.from));
  if (filter.to) q = q.where('a.at', '<', dayAfter(filter.to));
  const { rows, total } = await paginate(q, page, (q) =>
    q
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .select([
        'a.id',
        'a.at',
        'a.actor_user_id',
        'u.display_name',
        'a.action',
        'a.subject_type',
        'a.subject_id',
        'a.reason',
        'a.request_id',
      ])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc'),
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      actorUserId: r.actor_user_id,
      actorName: r.display_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      reason: r.reason,
      requestId: r.request_id,
    })),
  };
}

/**
 * Deletes audit rows older than `before` (retention). The append-only trigger lets a delete through only for
 * rows older than the cutoff announced in this transaction. Returns how many rows went.
 */
export async function purgeAuditLog(db: Kysely<Database>, before: Date): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('zuhause.audit_purge_before', ${before.toISOString()}, true)`.execute(tx);
    const res = await tx.deleteFrom('audit_log').where('at', '<', before).executeTakeFirst();
    return Number(res.numDeletedRows);
  });
}

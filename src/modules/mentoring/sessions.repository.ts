import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import './oparl.tables.ts';

// The SQL of the sessions part: a programme's sessions (entered or imported) and its OParl source. Every function
// takes the tenant first and filters by it.

/** What staff enter (and an import writes) of a session. */
export interface SessionFields {
  kind: string;
  title: string;
  organization: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  visitorNote: string | null;
  webUrl: string | null;
  public: boolean;
  cancelled: boolean;
}

export interface SessionRow extends SessionFields {
  id: string;
  programmeId: string;
  source: string;
  oparlId: string | null;
  deleted: boolean;
}

/** A session as a pair sees it: what, when, where, and what a visitor needs to know. */
export type OfferedSession = Omit<SessionRow, 'programmeId' | 'oparlId' | 'public' | 'cancelled' | 'deleted'>;

/** The columns of an `OfferedSession`. */
export const OFFERED_SESSION = [
  'id',
  'kind',
  'title',
  'organization',
  'starts_at as startsAt',
  'ends_at as endsAt',
  'location',
  'visitor_note as visitorNote',
  'web_url as webUrl',
  'source',
] as const;

/** The columns of a `SessionRow`. */
const SESSION = [
  ...OFFERED_SESSION,
  'programme_id as programmeId',
  'oparl_id as oparlId',
  'public',
  'cancelled',
  'deleted',
] as const;

/** The columns of what a source says of a session: all that staff enter but the visitor note. */
const sourceColumns = (f: Omit<SessionFields, 'visitorNote'>) => ({
  kind: f.kind,
  title: f.title,
  organization: f.organization,
  starts_at: f.startsAt,
  ends_at: f.endsAt,
  location: f.location,
  web_url: f.webUrl,
  public: f.public,
  cancelled: f.cancelled,
});

const columns = (f: SessionFields) => ({ ...sourceColumns(f), visitor_note: f.visitorNote });

/** A programme's sessions from `from` on (not deleted), soonest first, at most `limit`. */
export function sessionsFrom(db: Executor, t: Tenant, programmeId: string, from: Date, limit = 200) {
  return db
    .selectFrom('mentoring_sessions')
    .select(SESSION)
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('deleted', '=', false)
    .where('starts_at', '>=', from)
    .orderBy('starts_at')
    .limit(limit)
    .execute() as Promise<SessionRow[]>;
}

/** A session of the programme; null when the tenant's programme has none with this id. */
export async function findSession(db: Executor, t: Tenant, programmeId: string, id: string) {
  const row = await db
    .selectFrom('mentoring_sessions')
    .select(SESSION)
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return (row as SessionRow | undefined) ?? null;
}

export async function insertSession(db: Executor, t: Tenant, programmeId: string, f: SessionFields) {
  const row = await db
    .insertInto('mentoring_sessions')
    .values({ municipality_id: t.municipalityId, programme_id: programmeId, source: 'manual', ...columns(f) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a session; `imported` sessions keep their source fields (the next import would set them again). */
export async function updateSession(db: Executor, t: Tenant, programmeId: string, id: string, f: SessionFields) {
  const r = await db
    .updateTable('mentoring_sessions')
    .set({ ...columns(f), updated_at: sql<Date>`now()` })
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Marks a session deleted (kept for the activities that name it). */
export async function deleteSession(db: Executor, t: Tenant, programmeId: string, id: string) {
  const r = await db
    .updateTable('mentoring_sessions')
    .set({ deleted: true, updated_at: sql<Date>`now()` })
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('id', '=', id)
    .where('deleted', '=', false)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The imported sessions of a programme by OParl id (for the upsert), with their `modified`. */
export async function importedSessions(db: Executor, t: Tenant, programmeId: string, oparlIds: readonly string[]) {
  type Known = { id: string; deleted: boolean; modified: Date | null };
  if (oparlIds.length === 0) return new Map<string, Known>();
  const rows = await db
    .selectFrom('mentoring_sessions')
    .select(['id', 'oparl_id', 'deleted', 'oparl_modified'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('oparl_id', 'in', oparlIds)
    .execute();
  return new Map<string, Known>(
    rows.map((r) => [r.oparl_id!, { id: r.id, deleted: r.deleted, modified: r.oparl_modified }]),
  );
}

/** An imported meeting, new. */
export async function insertImported(
  db: Executor,
  t: Tenant,
  programmeId: string,
  oparl: { id: string; modified: Date | null },
  f: SessionFields,
) {
  await db
    .insertInto('mentoring_sessions')
    .values({
      municipality_id: t.municipalityId,
      programme_id: programmeId,
      source: 'oparl',
      oparl_id: oparl.id,
      oparl_modified: oparl.modified,
      ...columns(f),
    })
    .execute();
}

/** An imported meeting again: what the source says, except the visitor note staff keep. */
export async function updateImported(
  db: Executor,
  t: Tenant,
  programmeId: string,
  oparl: { id: string; modified: Date | null; deleted: boolean },
  f: Omit<SessionFields, 'visitorNote'>,
) {
  await db
    .updateTable('mentoring_sessions')
    .set({
      ...sourceColumns(f),
      oparl_modified: oparl.modified,
      deleted: oparl.deleted,
      updated_at: sql<Date>`now()`,
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('oparl_id', '=', oparl.id)
    .execute();
}

/** A tombstone: the meeting was deleted at the source. */
export async function markImportedDeleted(db: Executor, t: Tenant, programmeId: string, oparlId: string) {
  await db
    .updateTable('mentoring_sessions')
    .set({ deleted: true, updated_at: sql<Date>`now()` })
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('oparl_id', '=', oparlId)
    .execute();
}

export interface SourceRow {
  programmeId: string;
  endpointUrl: string;
  bodyId: string | null;
  visitorNote: string | null;
  lastModifiedSince: Date | null;
  lastRunAt: Date | null;
  lastStatus: string | null;
  lastCreated: number;
  lastUpdated: number;
  lastError: string | null;
  lastErrorDetail: string | null;
  lastWarnings: unknown;
  scheduled: boolean;
}

const SOURCE = [
  'programme_id as programmeId',
  'endpoint_url as endpointUrl',
  'body_id as bodyId',
  'visitor_note as visitorNote',
  'last_modified_since as lastModifiedSince',
  'last_run_at as lastRunAt',
  'last_status as lastStatus',
  'last_created as lastCreated',
  'last_updated as lastUpdated',
  'last_error as lastError',
  'last_error_detail as lastErrorDetail',
  'last_warnings as lastWarnings',
  'scheduled',
] as const;

/** The OParl source of a programme, or null (optionally locked for a run). */
export async function sourceOf(db: Executor, t: Tenant, programmeId: string, lock = false) {
  let q = db
    .selectFrom('mentoring_oparl_sources')
    .select(SOURCE)
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId);
  if (lock) q = q.forUpdate();
  return ((await q.executeTakeFirst()) as SourceRow | undefined) ?? null;
}

/** Sets where a programme imports from; a changed endpoint or body starts again from the beginning. */
export async function saveSource(
  db: Executor,
  t: Tenant,
  programmeId: string,
  s: { endpointUrl: string; bodyId: string | null; visitorNote: string | null; scheduled: boolean },
) {
  const before = await sourceOf(db, t, programmeId, true);
  const moved = !before || before.endpointUrl !== s.endpointUrl || before.bodyId !== s.bodyId;
  const values = {
    endpoint_url: s.endpointUrl,
    body_id: s.bodyId,
    visitor_note: s.visitorNote,
    scheduled: s.scheduled,
    ...(moved ? { last_modified_since: null } : {}),
  };
  await db
    .insertInto('mentoring_oparl_sources')
    .values({ municipality_id: t.municipalityId, programme_id: programmeId, ...values })
    .onConflict((c) =>
      c.columns(['municipality_id', 'programme_id']).doUpdateSet({ ...values, updated_at: sql<Date>`now()` }),
    )
    .execute();
  return { before, moved };
}

/** What a run did, for the staff page. */
export async function recordRun(
  db: Executor,
  t: Tenant,
  programmeId: string,
  r: {
    at: Date;
    status: 'ok' | 'failed';
    modifiedSince?: Date;
    created: number;
    updated: number;
    error: string | null;
    detail: string | null;
    warnings: unknown[];
  },
) {
  await db
    .updateTable('mentoring_oparl_sources')
    .set({
      last_run_at: r.at,
      last_status: r.status,
      last_created: r.created,
      last_updated: r.updated,
      last_error: r.error,
      last_error_detail: r.detail?.slice(0, 500) ?? null,
      last_warnings: JSON.stringify(r.warnings),
      ...(r.modifiedSince ? { last_modified_since: r.modifiedSince } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .execute();
}

/** Every scheduled source of every municipality (the hourly job; runs per tenant afterwards). */
export function scheduledSources(db: Executor) {
  return db
    .selectFrom('mentoring_oparl_sources')
    .select(['municipality_id as municipalityId', 'programme_id as programmeId'])
    .where('scheduled', '=', true)
    .orderBy('municipality_id')
    .orderBy('programme_id')
    .execute();
}

// The sessions page reads the programme's title from here; the one query for it is in the core.
export { programmeTitle } from './core.repository.ts';

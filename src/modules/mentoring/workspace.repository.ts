import type { SessionFields } from './sessions.repository.ts';
import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { pairingsWithPeople, pairingsWithPeopleEverywhere } from './core.repository.ts';

// The pairing workspace's SQL: a pairing with its cycle and programme, its activity log, its feedback and its
// messages. Every function takes the tenant first and filters by it.

/** A pairing as its workspace shows it: the two people, the cycle's dates and rules, the programme. */
export interface WorkspacePairing {
  id: string;
  status: string;
  cycleId: string;
  programmeId: string;
  programmeSlug: string;
  cycleName: string;
  cycleStatus: string;
  startsOn: string;
  endsOn: string;
  activityKinds: string[];
  activitiesRequired: number;
  menteeId: string;
  menteeUserId: string;
  menteeName: string;
  mentorUserId: string;
  mentorName: string;
  mentorBody: string;
}

export async function findWorkspacePairing(db: Executor, t: Tenant, id: string): Promise<WorkspacePairing | null> {
  const row = await pairingsWithPeople(db, t)
    .innerJoin('mentoring_cycles as c', (j) =>
      j.onRef('c.municipality_id', '=', 'p.municipality_id').onRef('c.id', '=', 'p.cycle_id'),
    )
    .innerJoin('mentoring_programmes as g', (j) =>
      j.onRef('g.municipality_id', '=', 'c.municipality_id').onRef('g.id', '=', 'c.programme_id'),
    )
    .select([
      'p.id',
      'p.status',
      'p.cycle_id as cycleId',
      'c.programme_id as programmeId',
      'g.slug as programmeSlug',
      'c.name as cycleName',
      'c.status as cycleStatus',
      'c.starts_on as startsOn',
      'c.ends_on as endsOn',
      'c.activity_kinds as activityKinds',
      'c.activities_required as activitiesRequired',
      'e.id as menteeId',
      'e.user_id as menteeUserId',
      'e.display_name as menteeName',
      'r.user_id as mentorUserId',
      'r.display_name as mentorName',
      'r.body as mentorBody',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Locks a pairing's row for a change of its log (so that the cycle's end and a new entry do not cross). */
export async function lockPairing(db: Executor, t: Tenant, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('mentoring_pairings')
    .select('status')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.status ?? null;
}

export interface ActivityRow {
  id: string;
  sessionId: string | null;
  kind: string;
  title: string;
  onDate: string;
  attended: boolean;
}

/** A pairing's activity log, oldest first. */
export function activitiesOf(db: Executor, t: Tenant, pairingId: string): Promise<ActivityRow[]> {
  return db
    .selectFrom('mentoring_activities')
    .select(['id', 'session_id as sessionId', 'kind', 'title', 'on_date as onDate', 'attended'])
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .orderBy('on_date')
    .orderBy('created_at')
    .execute();
}

export async function insertActivity(
  db: Executor,
  t: Tenant,
  v: {
    pairingId: string;
    sessionId: string | null;
    kind: string;
    title: string;
    onDate: string;
    attended: boolean;
    by: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('mentoring_activities')
    .values({
      municipality_id: t.municipalityId,
      pairing_id: v.pairingId,
      session_id: v.sessionId,
      kind: v.kind,
      title: v.title,
      on_date: v.onDate,
      attended: v.attended,
      recorded_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The activity of a pairing that came from a session, if one was logged already. */
export async function activityOfSession(db: Executor, t: Tenant, pairingId: string, sessionId: string) {
  const row = await db
    .selectFrom('mentoring_activities')
    .select(['id', 'attended'])
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row ?? null;
}

/** The day of an activity of the pairing; null when it has none with this id. */
export async function activityDay(db: Executor, t: Tenant, pairingId: string, activityId: string) {
  const row = await db
    .selectFrom('mentoring_activities')
    .select('on_date')
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .where('id', '=', activityId)
    .executeTakeFirst();
  return row?.on_date ?? null;
}

/** Sets whether an activity of the pairing was attended; the row before, or null when the pairing has no such one. */
export async function setAttended(
  db: Executor,
  t: Tenant,
  pairingId: string,
  activityId: string,
  attended: boolean,
): Promise<{ attended: boolean } | null> {
  const before = await db
    .selectFrom('mentoring_activities')
    .select('attended')
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .where('id', '=', activityId)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return null;
  await db
    .updateTable('mentoring_activities')
    .set({ attended })
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .where('id', '=', activityId)
    .execute();
  return before;
}

/** A session of the programme the pair may still log (public, not cancelled, not deleted); null otherwise. */
export async function offeredSession(db: Executor, t: Tenant, programmeId: string, sessionId: string) {
  const row = await db
    .selectFrom('mentoring_sessions')
    .select(['id', 'kind', 'title', 'starts_at as startsAt'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('id', '=', sessionId)
    .where('public', '=', true)
    .where('cancelled', '=', false)
    .where('deleted', '=', false)
    .executeTakeFirst();
  return row ?? null;
}

/** The Berlin calendar day of an instant, computed by the database (as the log stores days). */
export async function berlinDay(db: Executor, at: Date): Promise<string> {
  const r = await sql<{
    d: string;
  }>`select to_char(${at}::timestamptz at time zone 'Europe/Berlin', 'YYYY-MM-DD') as d`.execute(db);
  return r.rows[0]!.d;
}

export interface FeedbackRow {
  side: string;
  stage: string;
  scores: Record<string, number>;
  submittedAt: Date;
}

/** The feedback the pairing's sides gave (scores only; comments are read by the programme's staff in the figures). */
export function feedbackOf(db: Executor, t: Tenant, pairingId: string): Promise<FeedbackRow[]> {
  return db
    .selectFrom('mentoring_feedback')
    .select(['side', 'stage', 'scores', 'submitted_at as submittedAt'])
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .execute();
}

/** Stores one side's feedback for a stage; false when that side already gave it. */
export async function insertFeedback(
  db: Executor,
  t: Tenant,
  v: {
    pairingId: string;
    side: string;
    stage: string;
    scores: Record<string, number>;
    comment: string | null;
    now: Date;
  },
): Promise<boolean> {
  const rows = await db
    .insertInto('mentoring_feedback')
    .values({
      municipality_id: t.municipalityId,
      pairing_id: v.pairingId,
      side: v.side,
      stage: v.stage,
      scores: JSON.stringify(v.scores),
      comment: v.comment,
      submitted_at: v.now,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'pairing_id', 'side', 'stage']).doNothing())
    .returning('stage')
    .execute();
  return rows.length === 1;
}

export interface MessageRow {
  id: string;
  authorId: string;
  body: string;
  sentAt: Date;
  readAt: Date | null;
}

/** A pairing's messages, oldest first (the newest 200). */
export async function messagesOf(db: Executor, t: Tenant, pairingId: string): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('mentoring_messages')
    .select(['id', 'author_id as authorId', 'body', 'sent_at as sentAt', 'read_at as readAt'])
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.reverse();
}

export async function insertMessage(
  db: Executor,
  t: Tenant,
  v: { pairingId: string; authorId: string; body: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('mentoring_messages')
    .values({
      municipality_id: t.municipalityId,
      pairing_id: v.pairingId,
      author_id: v.authorId,
      body: v.body,
      sent_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks the other side's messages as read by the reader; how many were unread. */
export async function markRead(db: Executor, t: Tenant, pairingId: string, readerId: string, now: Date) {
  const rows = await db
    .updateTable('mentoring_messages')
    .set({ read_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('pairing_id', '=', pairingId)
    .where('author_id', '<>', readerId)
    .where('read_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * The messages a person has not read yet, in every pairing they are one side of, in every municipality: the one
 * read here that is not scoped to a tenant, because it is scoped to the person (as "My Zuhause" is).
 */
export async function unreadMessagesOfUser(db: Executor, userId: string): Promise<number> {
  const row = await pairingsWithPeopleEverywhere(db)
    .innerJoin('mentoring_messages as m', (j) =>
      j.onRef('m.municipality_id', '=', 'p.municipality_id').onRef('m.pairing_id', '=', 'p.id'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('m.read_at', 'is', null)
    .where('m.author_id', '<>', userId)
    .where((eb) => eb.or([eb('e.user_id', '=', userId), eb('r.user_id', '=', userId)]))
    .where('p.status', 'in', ['active', 'completed', 'ended'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A session the pair plans to attend or attended (an activity of the log that came from a session). */
export interface PlannedSession extends Omit<SessionFields, 'public'> {
  id: string;
  /** `cancelled` also when the council system withdrew (deleted) the session since the pair chose it. */
  updatedAt: Date;
}

/** The sessions a pairing's log holds, in order of their start. */
export async function plannedSessionsOf(db: Executor, t: Tenant, pairingId: string): Promise<PlannedSession[]> {
  const rows = await db
    .selectFrom('mentoring_activities as a')
    .innerJoin('mentoring_sessions as s', (j) =>
      j.onRef('s.municipality_id', '=', 'a.municipality_id').onRef('s.id', '=', 'a.session_id'),
    )
    .select([
      's.id',
      's.kind',
      's.title',
      's.organization',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.location',
      's.visitor_note as visitorNote',
      's.web_url as webUrl',
      's.cancelled',
      's.deleted',
      's.updated_at as updatedAt',
    ])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.pairing_id', '=', pairingId)
    .orderBy('s.starts_at')
    .execute();
  return rows.map(({ deleted, ...r }) => ({ ...r, cancelled: r.cancelled || deleted }));
}

import { type ExpressionBuilder, sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Database, Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { EventStatus } from './community.tables.ts';

/** An event series as the events part works with it (camel case, times as stored). */
export interface EventRow {
  id: string;
  uid: string;
  quartierId: string | null;
  typeKey: string;
  status: EventStatus;
  organiserUserId: string | null;
  organiserProviderId: string | null;
  organiserName: string;
  roomId: string | null;
  address: string | null;
  languages: string[];
  wheelchairAccessible: boolean;
  stepFree: boolean;
  signLanguage: boolean;
  hearingLoop: boolean;
  familyFriendly: boolean;
  childcare: boolean;
  costCents: number | null;
  /** "YYYY-MM-DDTHH:mm:ss", local to timeZone. */
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
  capacity: number | null;
  registration: 'required' | 'none';
  sequence: number;
  sourceLocale: Locale;
}

/** What a form or a split writes of a series (everything but identity, status and counters). */
export type EventValues = Omit<EventRow, 'id' | 'uid' | 'status' | 'sequence' | 'organiserUserId'>;

/** A `timestamp without time zone` as the drivers hand it back ("2026-03-17 18:00:00" or a Date on PGlite). */
export function localText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 19);
  return String(v).replace(' ', 'T').slice(0, 19);
}

const COLUMNS = [
  'id',
  'uid',
  'quartier_id',
  'type_key',
  'status',
  'organiser_user_id',
  'organiser_provider_id',
  'organiser_name',
  'room_id',
  'address',
  'languages',
  'wheelchair_accessible',
  'step_free',
  'sign_language',
  'hearing_loop',
  'family_friendly',
  'childcare',
  'cost_cents',
  'starts_local',
  'duration_minutes',
  'time_zone',
  'rrule',
  'capacity',
  'registration',
  'sequence',
  'source_locale',
] as const;

type Raw = {
  [K in (typeof COLUMNS)[number]]: unknown;
};

export function eventOf(r: Raw): EventRow {
  return {
    id: r.id as string,
    uid: r.uid as string,
    quartierId: r.quartier_id as string | null,
    typeKey: r.type_key as string,
    status: r.status as EventStatus,
    organiserUserId: r.organiser_user_id as string | null,
    organiserProviderId: r.organiser_provider_id as string | null,
    organiserName: r.organiser_name as string,
    roomId: r.room_id as string | null,
    address: r.address as string | null,
    languages: r.languages as string[],
    wheelchairAccessible: r.wheelchair_accessible as boolean,
    stepFree: r.step_free as boolean,
    signLanguage: r.sign_language as boolean,
    hearingLoop: r.hearing_loop as boolean,
    familyFriendly: r.family_friendly as boolean,
    childcare: r.childcare as boolean,
    costCents: r.cost_cents as number | null,
    startsLocal: localText(r.starts_local),
    durationMinutes: r.duration_minutes as number,
    timeZone: r.time_zone as string,
    rrule: r.rrule as string | null,
    capacity: r.capacity as number | null,
    registration: r.registration as 'required' | 'none',
    sequence: r.sequence as number,
    sourceLocale: r.source_locale as Locale,
  };
}

function columnsOf(v: EventValues) {
  return {
    quartier_id: v.quartierId,
    type_key: v.typeKey,
    organiser_provider_id: v.organiserProviderId,
    organiser_name: v.organiserName,
    room_id: v.roomId,
    address: v.address,
    languages: v.languages,
    wheelchair_accessible: v.wheelchairAccessible,
    step_free: v.stepFree,
    sign_language: v.signLanguage,
    hearing_loop: v.hearingLoop,
    family_friendly: v.familyFriendly,
    childcare: v.childcare,
    cost_cents: v.costCents,
    starts_local: v.startsLocal,
    duration_minutes: v.durationMinutes,
    time_zone: v.timeZone,
    rrule: v.rrule,
    capacity: v.capacity,
    registration: v.registration,
    source_locale: v.sourceLocale,
  };
}

/** One event of the tenant; `organiser` narrows to the events a volunteer organises. */
export async function findEvent(
  db: Executor,
  t: Tenant,
  id: string,
  organiser: string | null = null,
): Promise<EventRow | null> {
  let q = db
    .selectFrom('community_events')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id);
  if (organiser !== null) q = q.where('organiser_user_id', '=', organiser);
  const r = await q.executeTakeFirst();
  return r ? eventOf(r) : null;
}

/** The same, locked for a change (two edits of one series run one after the other). */
export async function lockEvent(
  db: Executor,
  t: Tenant,
  id: string,
  organiser: string | null,
): Promise<EventRow | null> {
  let q = db
    .selectFrom('community_events')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate();
  if (organiser !== null) q = q.where('organiser_user_id', '=', organiser);
  const r = await q.executeTakeFirst();
  return r ? eventOf(r) : null;
}

export async function insertEvent(
  db: Executor,
  t: Tenant,
  v: EventValues & { organiserUserId: string | null; status?: EventStatus },
): Promise<{ id: string; uid: string }> {
  return db
    .insertInto('community_events')
    .values({
      municipality_id: t.municipalityId,
      organiser_user_id: v.organiserUserId,
      ...(v.status ? { status: v.status } : {}),
      ...columnsOf(v),
    })
    .returning(['id', 'uid'])
    .executeTakeFirstOrThrow();
}

/** Writes a series' fields and raises its SEQUENCE (every change is a new version for calendar clients). */
export async function updateEvent(db: Executor, t: Tenant, id: string, v: EventValues, now: Date): Promise<void> {
  await db
    .updateTable('community_events')
    .set((eb) => ({ ...columnsOf(v), sequence: eb('sequence', '+', 1), updated_at: now }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function updateEventStatus(db: Executor, t: Tenant, id: string, status: EventStatus, now: Date) {
  await db
    .updateTable('community_events')
    .set((eb) => ({ status, sequence: eb('sequence', '+', 1), updated_at: now }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Ends a series with a new rule (a split) and raises its SEQUENCE. */
export async function updateEventRule(db: Executor, t: Tenant, id: string, rrule: string, now: Date) {
  await db
    .updateTable('community_events')
    .set((eb) => ({ rrule, sequence: eb('sequence', '+', 1), updated_at: now }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Raises a series' SEQUENCE when one of its dates changed. */
export async function bumpEventSequence(db: Executor, t: Tenant, id: string, now: Date) {
  await db
    .updateTable('community_events')
    .set((eb) => ({ sequence: eb('sequence', '+', 1), updated_at: now }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** The series that repeat, of a tenant (the horizon job extends them). */
export async function repeatingEvents(db: Executor, t: Tenant): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('community_events')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('rrule', 'is not', null)
    .where('status', '!=', 'cancelled')
    .orderBy('id')
    .execute();
  return rows.map(eventOf);
}

/** Drafts among the events a person works on (My Zuhause). */
export async function draftCount(db: Executor, t: Tenant, organiser: string | null): Promise<number> {
  let q = db
    .selectFrom('community_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'draft');
  if (organiser !== null) q = q.where('organiser_user_id', '=', organiser);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** A row of the staff list: the event, its next date ahead (if any), how many dates ahead it has. */
export interface StaffEventRow {
  id: string;
  typeKey: string;
  status: EventStatus;
  organiserName: string;
  sourceLocale: Locale;
  nextStart: Date | null;
  datesAhead: number;
}

/** The events of the scope (a volunteer's own, or all), drafts and next dates first. */
export async function staffEventRows(
  db: Executor,
  t: Tenant,
  organiser: string | null,
  now: Date,
  slice: { limit: number; offset: number },
): Promise<{ rows: StaffEventRow[]; total: number }> {
  let base = db.selectFrom('community_events as e').where('e.municipality_id', '=', t.municipalityId);
  if (organiser !== null) base = base.where('e.organiser_user_id', '=', organiser);
  const ahead = (eb: ExpressionBuilder<Database & { e: Database['community_events'] }, 'e'>) =>
    eb
      .selectFrom('community_occurrences as o')
      .whereRef('o.municipality_id', '=', 'e.municipality_id')
      .whereRef('o.event_id', '=', 'e.id')
      .where('o.starts_at', '>=', now)
      .where('o.status', '=', 'scheduled');
  const [rows, count] = await Promise.all([
    base
      .select((eb) => [
        'e.id',
        'e.type_key as typeKey',
        'e.status',
        'e.organiser_name as organiserName',
        'e.source_locale as sourceLocale',
        ahead(eb)
          .select((x) => x.fn.min('o.starts_at').as('m'))
          .as('nextStart'),
        ahead(eb)
          .select((x) => x.fn.countAll<string>().as('n'))
          .as('datesAhead'),
      ])
      .orderBy(sql`case e.status when 'draft' then 0 when 'published' then 1 else 2 end`)
      .orderBy('e.created_at', 'desc')
      .limit(slice.limit)
      .offset(slice.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      typeKey: r.typeKey,
      status: r.status,
      organiserName: r.organiserName,
      sourceLocale: r.sourceLocale as Locale,
      nextStart: r.nextStart ? new Date(r.nextStart as Date | string) : null,
      datesAhead: Number(r.datesAhead ?? 0),
    })),
    total: Number(count.n),
  };
}

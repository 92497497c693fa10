import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** One date of a series as stored. `places` is the effective capacity (null: no limit). */
export interface OccurrenceRow {
  id: string;
  eventId: string;
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  status: 'scheduled' | 'cancelled';
  /** Set when this date has its own capacity; null: the event's. */
  capacity: number | null;
  places: number | null;
  confirmedCount: number;
  waitlistSeq: number;
  sequence: number;
}

const COLUMNS = [
  'id',
  'event_id',
  'original_start',
  'starts_at',
  'ends_at',
  'status',
  'capacity',
  'places',
  'confirmed_count',
  'waitlist_seq',
  'sequence',
] as const;

const at = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function occurrenceOf(r: {
  id: string;
  event_id: string;
  original_start: Date | string;
  starts_at: Date | string;
  ends_at: Date | string;
  status: 'scheduled' | 'cancelled';
  capacity: number | null;
  places: number | null;
  confirmed_count: number;
  waitlist_seq: number;
  sequence: number;
}): OccurrenceRow {
  return {
    id: r.id,
    eventId: r.event_id,
    originalStart: at(r.original_start),
    startsAt: at(r.starts_at),
    endsAt: at(r.ends_at),
    status: r.status,
    capacity: r.capacity,
    places: r.places,
    confirmedCount: r.confirmed_count,
    waitlistSeq: r.waitlist_seq,
    sequence: r.sequence,
  };
}

/** The dates of one event, in order; `from` keeps those whose rule date is at or after it. */
export async function occurrencesOf(db: Executor, t: Tenant, eventId: string, from?: Date): Promise<OccurrenceRow[]> {
  let q = db
    .selectFrom('community_occurrences')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId);
  if (from) q = q.where('original_start', '>=', from);
  return (await q.orderBy('original_start').execute()).map(occurrenceOf);
}

/** One date of one event (404 material for a forged pair of ids). */
export async function findOccurrence(
  db: Executor,
  t: Tenant,
  eventId: string,
  id: string,
  lock = false,
): Promise<OccurrenceRow | null> {
  let q = db
    .selectFrom('community_occurrences')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId)
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? occurrenceOf(r) : null;
}

/** Adds dates a rule gives; a date already there (same rule instant) stays as it is. Returns the new rows. */
export async function insertOccurrences(
  db: Executor,
  t: Tenant,
  eventId: string,
  dates: readonly { originalStart: Date; startsAt: Date; endsAt: Date }[],
  places: number | null,
): Promise<OccurrenceRow[]> {
  if (dates.length === 0) return [];
  const rows = await db
    .insertInto('community_occurrences')
    .values(
      dates.map((d) => ({
        municipality_id: t.municipalityId,
        event_id: eventId,
        original_start: d.originalStart,
        starts_at: d.startsAt,
        ends_at: d.endsAt,
        places,
      })),
    )
    .onConflict((oc) => oc.columns(['municipality_id', 'event_id', 'original_start']).doNothing())
    .returning(COLUMNS)
    .execute();
  return rows.map(occurrenceOf);
}

/** Sets a date's end and places (a series edit that kept the date). */
export async function updateOccurrence(
  db: Executor,
  t: Tenant,
  id: string,
  v: { startsAt?: Date; endsAt: Date; places: number | null; capacity?: number | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('community_occurrences')
    .set((eb) => ({
      ...(v.startsAt ? { starts_at: v.startsAt } : {}),
      ends_at: v.endsAt,
      places: v.places,
      ...(v.capacity !== undefined ? { capacity: v.capacity } : {}),
      sequence: eb('sequence', '+', 1),
      updated_at: now,
    }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function setOccurrenceStatus(
  db: Executor,
  t: Tenant,
  id: string,
  status: 'scheduled' | 'cancelled',
  now: Date,
): Promise<void> {
  await db
    .updateTable('community_occurrences')
    .set((eb) => ({ status, sequence: eb('sequence', '+', 1), updated_at: now }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Removes dates nobody ever registered for (no confirmed place, no waitlist position ever given). */
export async function deleteUnusedOccurrences(db: Executor, t: Tenant, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db
    .deleteFrom('community_occurrences')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .where('confirmed_count', '=', 0)
    .where('waitlist_seq', '=', 0)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Hands the dates from a rule instant on to another event (a split keeps their ids, so their registrations). */
export async function moveOccurrencesTo(
  db: Executor,
  t: Tenant,
  from: { eventId: string; originalStart: Date },
  toEventId: string,
  now: Date,
): Promise<number> {
  const r = await db
    .updateTable('community_occurrences')
    .set((eb) => ({ event_id: toEventId, sequence: eb('sequence', '+', 1), updated_at: now }))
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', from.eventId)
    .where('original_start', '>=', from.originalStart)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** How many dates an event holds before a rule instant (a split lowers the new part's COUNT by these). */
export async function countBefore(db: Executor, t: Tenant, eventId: string, before: Date): Promise<number> {
  const r = await db
    .selectFrom('community_occurrences')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId)
    .where('original_start', '<', before)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { BookingStatus } from './community.tables.ts';

// The SQL of what happens to bookings after they were made: an event's bookings following its dates, and
// requests nobody decided on expiring.

/** A booking an event holds for one of its dates. */
export interface EventBooking {
  id: string;
  roomId: string;
  occurrenceId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
}

/** The bookings of an event that hold a room (pending or approved) and have not begun, soonest first. */
export async function eventBookingsAhead(db: Executor, t: Tenant, eventId: string, now: Date): Promise<EventBooking[]> {
  const rows = await db
    .selectFrom('community_bookings')
    .select(['id', 'room_id', 'occurrence_id', 'starts_at', 'ends_at', 'status'])
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId)
    .where('status', 'in', ['pending', 'approved'])
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    roomId: r.room_id,
    occurrenceId: r.occurrence_id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    status: r.status,
  }));
}

/**
 * Gives a booking a new time (its buffer after it); the exclusion constraint checks the new range against every
 * other booking that holds the room. `status` lets a room that needs approval ask again for the new time.
 */
export async function moveBooking(
  db: Executor,
  t: Tenant,
  id: string,
  to: { startsAt: Date; endsAt: Date; blockedUntil: Date; status: 'pending' | 'approved' },
): Promise<void> {
  await db
    .updateTable('community_bookings')
    .set({
      starts_at: to.startsAt,
      ends_at: to.endsAt,
      blocks: sql<string>`tstzrange(${to.startsAt.toISOString()}::timestamptz, ${to.blockedUntil.toISOString()}::timestamptz, '[)')`,
      status: to.status,
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Hands the bookings of some dates on to another event (a split series), as one new request of that event. */
export async function repointBookings(
  db: Executor,
  t: Tenant,
  occurrenceIds: readonly string[],
  to: { eventId: string; seriesId: string },
): Promise<number> {
  if (occurrenceIds.length === 0) return 0;
  const r = await db
    .updateTable('community_bookings')
    .set({ event_id: to.eventId, series_id: to.seriesId })
    .where('municipality_id', '=', t.municipalityId)
    .where('occurrence_id', 'in', occurrenceIds)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Municipalities with a waiting request whose date has begun (the expiry job's work list). */
export async function municipalitiesWithOverdue(db: Executor, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('community_bookings')
    .select('municipality_id')
    .distinct()
    .where('status', '=', 'pending')
    .where('starts_at', '<=', now)
    .execute();
  return rows.map((r) => r.municipality_id);
}

/** A waiting request (a series, or a single booking) one of whose dates has begun without a decision. */
export interface OverdueRequest {
  seriesId: string | null;
  id: string;
}

/** Up to `limit` overdue requests of one municipality. */
export async function overdueRequests(db: Executor, t: Tenant, now: Date, limit: number): Promise<OverdueRequest[]> {
  const rows = await db
    .selectFrom('community_bookings')
    .select([sql<string | null>`min(series_id::text)`.as('series_id'), sql<string>`min(id::text)`.as('id')])
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'pending')
    .where('starts_at', '<=', now)
    // A request is its series; a booking without one stands alone.
    .groupBy(sql`coalesce(series_id, id)`)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seriesId: r.series_id, id: r.id }));
}

/** Expires every still-waiting date of a request; returns how many. */
export async function expireRequest(db: Executor, t: Tenant, r: OverdueRequest, now: Date): Promise<number> {
  let q = db
    .updateTable('community_bookings')
    .set({ status: 'expired', decided_by_user_id: null, decided_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'pending');
  q = r.seriesId ? q.where('series_id', '=', r.seriesId) : q.where('id', '=', r.id);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { BookingPurpose, BookingStatus } from './community.tables.ts';

/** Statuses that hold the room (the exclusion constraint covers exactly these). */
export const HOLDING: readonly BookingStatus[] = ['pending', 'approved'];

/** A new booking of one date. `blockedUntil` is its end plus the room's buffer. */
export interface NewBooking {
  roomId: string;
  seriesId: string | null;
  bookedByUserId: string | null;
  eventId: string | null;
  occurrenceId?: string | null;
  purpose: BookingPurpose;
  title: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  status: 'pending' | 'approved';
}

/** Inserts one booking; the exclusion constraint `community_bookings_no_overlap` refuses an overlap. */
export async function insertBooking(db: Executor, t: Tenant, b: NewBooking): Promise<string> {
  const row = await db
    .insertInto('community_bookings')
    .values({
      municipality_id: t.municipalityId,
      room_id: b.roomId,
      series_id: b.seriesId,
      booked_by_user_id: b.bookedByUserId,
      event_id: b.eventId,
      occurrence_id: b.occurrenceId ?? null,
      purpose: b.purpose,
      title: b.title,
      starts_at: b.startsAt,
      ends_at: b.endsAt,
      blocks: sql<string>`tstzrange(${b.startsAt.toISOString()}::timestamptz, ${b.blockedUntil.toISOString()}::timestamptz, '[)')`,
      status: b.status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A time the room is taken, without who or what for (what the public sees). */
export interface Busy {
  startsAt: Date;
  endsAt: Date;
}

/** The times a room is held between two instants (pending and approved, the buffer included). */
export async function busyTimes(db: Executor, t: Tenant, roomId: string, from: Date, to: Date): Promise<Busy[]> {
  const rows = await db
    .selectFrom('community_bookings')
    .select([sql<Date>`lower(blocks)`.as('startsAt'), sql<Date>`upper(blocks)`.as('endsAt')])
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', '=', roomId)
    .where('status', 'in', HOLDING)
    .where(
      sql<boolean>`blocks && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`,
    )
    .orderBy('starts_at')
    .execute();
  return rows.map((r) => ({ startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
}

/** A booking as staff and the person who booked see it. */
export interface BookingRow {
  id: string;
  roomId: string;
  roomName: string;
  seriesId: string | null;
  bookedByUserId: string | null;
  eventId: string | null;
  purpose: BookingPurpose;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  used: boolean | null;
  createdAt: Date;
}

function bookings(db: Executor, t: Tenant) {
  return db
    .selectFrom('community_bookings as b')
    .innerJoin('community_rooms as r', (j) =>
      j.onRef('r.municipality_id', '=', 'b.municipality_id').onRef('r.id', '=', 'b.room_id'),
    )
    .select([
      'b.id',
      'b.room_id as roomId',
      'r.name as roomName',
      'b.series_id as seriesId',
      'b.booked_by_user_id as bookedByUserId',
      'b.event_id as eventId',
      'b.purpose',
      'b.title',
      'b.starts_at as startsAt',
      'b.ends_at as endsAt',
      'b.status',
      'b.used',
      'b.created_at as createdAt',
    ])
    .where('b.municipality_id', '=', t.municipalityId);
}

export function findBooking(db: Executor, t: Tenant, id: string): Promise<BookingRow | undefined> {
  return bookings(db, t).where('b.id', '=', id).executeTakeFirst();
}

/** The bookings of one request: the booking itself, or every date of its series. */
export function bookingsOfRequest(db: Executor, t: Tenant, b: Pick<BookingRow, 'id' | 'seriesId'>) {
  const q = bookings(db, t);
  return (b.seriesId ? q.where('b.series_id', '=', b.seriesId) : q.where('b.id', '=', b.id))
    .orderBy('b.starts_at')
    .execute();
}

/** Requests waiting for a decision, oldest request first (each date a row; the page groups them). */
export function pendingBookings(db: Executor, t: Tenant, limit = 500): Promise<BookingRow[]> {
  return bookings(db, t)
    .where('b.status', '=', 'pending')
    .orderBy('b.created_at')
    .orderBy('b.starts_at')
    .limit(limit)
    .execute();
}

/** How many dates wait for a decision (the approvers' tile). */
export async function pendingCount(db: Executor, t: Tenant): Promise<number> {
  const r = await db
    .selectFrom('community_bookings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Approved bookings that have begun and whose use is not yet recorded, most recent first. */
export function toRecord(db: Executor, t: Tenant, now: Date, limit = 100): Promise<BookingRow[]> {
  return bookings(db, t)
    .where('b.status', '=', 'approved')
    .where('b.used', 'is', null)
    .where('b.starts_at', '<=', now)
    .orderBy('b.starts_at', 'desc')
    .limit(limit)
    .execute();
}

/** A person's own bookings from `since` on, soonest first. */
export function bookingsOf(db: Executor, t: Tenant, userId: string, since: Date): Promise<BookingRow[]> {
  return bookings(db, t)
    .where('b.booked_by_user_id', '=', userId)
    .where('b.ends_at', '>=', since)
    .orderBy('b.starts_at')
    .limit(200)
    .execute();
}

/** Moves bookings from one of `from` to `to`; returns the ids that moved. */
export async function setStatus(
  db: Executor,
  t: Tenant,
  ids: readonly string[],
  change: { from: readonly BookingStatus[]; to: BookingStatus; by: string | null; at: Date },
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('community_bookings')
    .set({ status: change.to, decided_by_user_id: change.by, decided_at: change.at })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .where('status', 'in', change.from)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Records whether an approved booking that has begun was used. */
export async function setUsed(db: Executor, t: Tenant, id: string, used: boolean, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('community_bookings')
    .set({ used })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .where('starts_at', '<=', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Hours booked and used in one month for one purpose (approved bookings, months in German local time). */
export interface UsageRow {
  month: string;
  purpose: BookingPurpose;
  bookings: number;
  hoursBooked: number;
  hoursUsed: number;
}

export async function usageByMonth(
  db: Executor,
  t: Tenant,
  filter: { year: number; roomId?: string },
): Promise<UsageRow[]> {
  const month = sql<string>`to_char(starts_at at time zone 'Europe/Berlin', 'YYYY-MM')`;
  const hours = sql<number>`date_part('epoch', ends_at - starts_at) / 3600.0`;
  let q = db
    .selectFrom('community_bookings')
    .select([
      month.as('month'),
      'purpose',
      (eb) => eb.fn.countAll<string>().as('bookings'),
      sql<string>`sum(${hours})`.as('hoursBooked'),
      sql<string>`coalesce(sum(${hours}) filter (where used), 0)`.as('hoursUsed'),
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'approved')
    .where(sql<boolean>`date_part('year', starts_at at time zone 'Europe/Berlin') = ${filter.year}`);
  if (filter.roomId) q = q.where('room_id', '=', filter.roomId);
  const rows = await q.groupBy([month, 'purpose']).orderBy(month).orderBy('purpose').execute();
  return rows.map((r) => ({
    month: r.month,
    purpose: r.purpose,
    bookings: Number(r.bookings),
    hoursBooked: Number(r.hoursBooked),
    hoursUsed: Number(r.hoursUsed),
  }));
}

/**
 * Pairs of bookings of one room that hold it at overlapping times: always none, whatever ran at the same time
 * (the exclusion constraint's promise, checked independently of it by tests and operators).
 */
export async function overlappingPairs(db: Executor, t: Tenant): Promise<number> {
  const r = await sql<{ n: string }>`
    select count(*) as n from community_bookings a
    join community_bookings b on b.municipality_id = a.municipality_id and b.room_id = a.room_id and a.id < b.id
    where a.municipality_id = ${t.municipalityId}
      and a.status in ('pending', 'approved') and b.status in ('pending', 'approved')
      and a.starts_at < upper(b.blocks) and b.starts_at < upper(a.blocks)`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

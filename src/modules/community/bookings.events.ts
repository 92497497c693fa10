import type { Tenant } from '../../platform/db/tenant.ts';
import { violatedConstraint } from '../../platform/db/transaction.ts';
import type { Tx } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import {
  type EventBooking,
  eventBookingsAhead,
  moveBooking,
  repointBookings,
} from './bookings.lifecycle.repository.ts';
import { setStatus } from './bookings.repository.ts';
import { placeBookings, takenError } from './bookings.service.ts';
import { lockRoom, type RoomRow } from './rooms.repository.ts';

/** One date of an event that needs the room: the occurrence and its time. */
export interface EventDate {
  occurrenceId: string;
  startsAt: Date;
  endsAt: Date;
}

/** The dates an event needs its room for, as one request checked as a whole. */
export interface EventRoomRequest {
  roomId: string;
  eventId: string;
  title: string;
  bookedByUserId: string | null;
  dates: readonly EventDate[];
}

/**
 * Books a room for every date of an event, all or none, inside the caller's transaction: pending where the room
 * needs approval, else approved (purpose `event`, linked to the event and each booking to its date). A date that
 * overlaps another pending or approved booking (the room's buffer included) fails the whole request with 409
 * `community.booking.conflict`, naming the date; the exclusion constraint decides, whatever ran at the same time.
 * A room of another municipality, or one no longer bookable, is a 404. Opening hours and the longest booking are
 * the room's rules for people's requests, not for an event its organiser placed.
 */
export async function bookRoomForEvent(tx: Tx, t: Tenant, req: EventRoomRequest): Promise<{ seriesId: string }> {
  const room = await lockRoom(tx, t, req.roomId);
  if (!room?.active) throw notFound('room');
  return placeFor(tx, t, room, req, req.dates);
}

async function placeFor(
  tx: Tx,
  t: Tenant,
  room: RoomRow,
  req: Omit<EventRoomRequest, 'dates'>,
  dates: EventDate[] | readonly EventDate[],
) {
  const what = {
    bookedByUserId: req.bookedByUserId,
    eventId: req.eventId,
    purpose: 'event' as const,
    title: req.title,
  };
  const { seriesId } = await placeBookings(tx, t, room, what, dates);
  return { seriesId };
}

/** What the events part asks after any change of an event's dates. */
export interface EventRoomSync {
  eventId: string;
  /** The room the event is in now; null when it is in none (an address) or the event is cancelled. */
  roomId: string | null;
  title: string;
  bookedByUserId: string | null;
  /** Every live date (scheduled, not cancelled) that has not begun. */
  dates: readonly EventDate[];
  /** Which live dates without a booking to book: all (a new series, a new room) or only these (new dates). */
  book: 'all' | ReadonlySet<string>;
  now: Date;
}

/** What a sync did, for the audit. */
export interface RoomSyncResult {
  booked: number;
  moved: number;
  released: number;
}

/**
 * Makes an event's bookings ahead exactly its live dates, inside the caller's transaction: the booking of a date
 * that was cancelled or dropped, of a date in another room, or of the whole event once cancelled, is cancelled
 * (kept as a row, never deleted, so the figures stay honest); a moved date's booking moves with it, checked again
 * by the exclusion constraint (409 naming the date if the new time is taken; the caller's transaction then rolls
 * back, nothing changed); dates to book get a booking. Bookings that have begun are history and stay.
 */
export async function syncRoomForEvent(tx: Tx, t: Tenant, req: EventRoomSync): Promise<RoomSyncResult> {
  const held = await eventBookingsAhead(tx, t, req.eventId, req.now);
  const live = new Map(req.dates.map((d) => [d.occurrenceId, d]));
  const kept = new Map<string, EventBooking>();
  const gone: string[] = [];
  for (const b of held) {
    const mine = b.roomId === req.roomId && b.occurrenceId !== null && live.has(b.occurrenceId);
    if (mine && b.occurrenceId && !kept.has(b.occurrenceId)) kept.set(b.occurrenceId, b);
    else gone.push(b.id);
  }
  const at = { from: ['pending', 'approved'] as const, to: 'cancelled' as const, by: req.bookedByUserId, at: req.now };
  const released = (await setStatus(tx, t, gone, at)).length;
  const result: RoomSyncResult = { booked: 0, moved: 0, released };
  if (!req.roomId) return result;
  const moves = req.dates.filter((d) => {
    const b = kept.get(d.occurrenceId);
    return b && (b.startsAt.getTime() !== d.startsAt.getTime() || b.endsAt.getTime() !== d.endsAt.getTime());
  });
  const fresh = req.dates.filter(
    (d) => !kept.has(d.occurrenceId) && (req.book === 'all' || req.book.has(d.occurrenceId)),
  );
  if (moves.length === 0 && fresh.length === 0) return result;
  const room = await lockRoom(tx, t, req.roomId);
  if (!room?.active) throw notFound('room');
  for (const d of moves) await moveOne(tx, t, room, kept.get(d.occurrenceId)!, d);
  if (fresh.length > 0) await placeFor(tx, t, room, { ...req, roomId: room.id }, fresh);
  return { ...result, moved: moves.length, booked: fresh.length };
}

/**
 * Moves one booking to its date's new time. In a room that needs approval the new time is asked for again
 * (pending): the approver agreed to the old time, not to any time (decision 0141).
 */
async function moveOne(tx: Tx, t: Tenant, room: RoomRow, b: EventBooking, d: EventDate): Promise<void> {
  const blockedUntil = new Date(d.endsAt.getTime() + room.bufferMinutes * 60_000);
  const status = room.needsApproval ? 'pending' : 'approved';
  try {
    await moveBooking(tx, t, b.id, { startsAt: d.startsAt, endsAt: d.endsAt, blockedUntil, status });
  } catch (err) {
    if (violatedConstraint(err) === 'community_bookings_no_overlap') throw takenError(d.startsAt, d.endsAt);
    throw err;
  }
}

/** Releases every booking ahead of an event (cancelled as a whole): its rows stay, cancelled. */
export function releaseRoomForEvent(
  tx: Tx,
  t: Tenant,
  req: { eventId: string; by: string | null; now: Date },
): Promise<RoomSyncResult> {
  const none = { eventId: req.eventId, roomId: null, title: '', bookedByUserId: req.by, dates: [], now: req.now };
  return syncRoomForEvent(tx, t, { ...none, book: new Set() });
}

/** A split series: the bookings of the dates that moved to the new event now belong to it (one new request). */
export function handBookingsOn(
  tx: Tx,
  t: Tenant,
  occurrenceIds: readonly string[],
  toEventId: string,
): Promise<number> {
  return repointBookings(tx, t, occurrenceIds, { eventId: toEventId, seriesId: crypto.randomUUID() });
}

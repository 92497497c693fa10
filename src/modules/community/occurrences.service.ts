import type { Tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { expandSeries, type SeriesDate } from '../../lib/calendar/index.ts';
import { type EventDate, type RoomSyncResult, syncRoomForEvent } from './bookings.events.ts';
import { invalidEvent } from './events.policy.ts';
import type { EventRow } from './events.repository.ts';
import {
  deleteUnusedOccurrences,
  insertOccurrences,
  type OccurrenceRow,
  occurrencesOf,
  setOccurrenceStatus,
  updateOccurrence,
} from './occurrences.repository.ts';
import { notifyOccurrenceChange } from './registrations.notify.ts';

/** Dates are kept one year ahead; the daily job moves the horizon on. */
export const HORIZON_DAYS = 365;
const DAY = 86_400_000;

export const horizonOf = (now: Date) => new Date(now.getTime() + HORIZON_DAYS * DAY);

/** What a sync did, for the audit and the tests. */
export interface SyncResult {
  added: number;
  updated: number;
  removed: number;
  cancelled: number;
  /** What happened to the room bookings, when anything did (booked, moved, released). */
  bookingsMade?: number;
  bookingsMoved?: number;
  bookingsReleased?: number;
}

/** Where a sync runs and on whose behalf: the transaction, the tenant, the moment, the person booking the room. */
export interface SyncCall {
  tx: Tx;
  tenant: Tenant;
  now: Date;
  bookedBy: string | null;
  /** The series' title in its source language (the room booking's title). */
  title: string;
  /** Book the room for new dates (false when the room's calendar already refused them: the dates come anyway). */
  book: boolean;
  /** Book every live date without a booking, not only new ones (the event moved to another room). */
  bookAll?: boolean;
}

/** The live dates of an event that have not begun: what its room bookings must be. */
async function liveDates(call: SyncCall, event: EventRow): Promise<EventDate[]> {
  if (event.status === 'cancelled') return [];
  const all = await occurrencesOf(call.tx, call.tenant, event.id);
  return all
    .filter((o) => o.status === 'scheduled' && o.startsAt > call.now)
    .map((o) => ({ occurrenceId: o.id, startsAt: o.startsAt, endsAt: o.endsAt }));
}

/**
 * Brings the event's room bookings in line with its live dates (bookings.events.ts): released, moved, and booked
 * for the dates in `book` (none when `call.book` is false). A taken time is the 409 naming the date.
 */
export async function roomSync(
  call: SyncCall,
  event: EventRow,
  book: 'all' | ReadonlySet<string>,
): Promise<RoomSyncResult> {
  return syncRoomForEvent(call.tx, call.tenant, {
    eventId: event.id,
    roomId: event.status === 'cancelled' ? null : event.roomId,
    title: call.title,
    bookedByUserId: call.bookedBy,
    dates: await liveDates(call, event),
    book: call.book ? book : new Set(),
    now: call.now,
  });
}

/** The same for a series form: a taken slot or a room gone is the form's problem (422 on the room), not a 5xx. */
export async function syncRoom(
  call: SyncCall,
  event: EventRow,
  book: 'all' | ReadonlySet<string>,
): Promise<RoomSyncResult> {
  try {
    return await roomSync(call, event, book);
  } catch (err) {
    if (err instanceof AppError && err.status === 409) {
      throw invalidEvent({ roomId: { key: 'community.events.error.roomTaken' } });
    }
    if (err instanceof AppError && err.status === 404) throw invalidEvent({ roomId: { key: 'validation.choice' } });
    throw err;
  }
}

function placesFor(event: EventRow, o: OccurrenceRow): number | null {
  return o.capacity ?? event.capacity;
}

/** Refuses a capacity below the places already taken on a date: nobody loses a confirmed place by an edit. */
function checkPlaces(o: OccurrenceRow, places: number | null, field: string): void {
  if (places !== null && places < o.confirmedCount) {
    throw invalidEvent({
      [field]: { key: 'community.events.error.capacityBelow', values: { count: o.confirmedCount } },
    });
  }
}

/** Keeps a date the rule still gives: a new length and places apply; a moved date keeps its own times. */
async function keep(call: SyncCall, event: EventRow, o: OccurrenceRow, d: SeriesDate): Promise<boolean> {
  const places = placesFor(event, o);
  const moved = o.startsAt.getTime() !== o.originalStart.getTime();
  const endsAt = moved ? o.endsAt : d.endsAt;
  if (endsAt.getTime() === o.endsAt.getTime() && places === o.places) return false;
  checkPlaces(o, places, 'capacity');
  await updateOccurrence(call.tx, call.tenant, o.id, { endsAt, places }, call.now);
  return true;
}

/** Lets go of a date the rule no longer gives: removed when nobody registered, else cancelled and told. */
async function drop(call: SyncCall, gone: readonly OccurrenceRow[], result: SyncResult): Promise<void> {
  const unused = gone.filter((o) => o.confirmedCount === 0 && o.waitlistSeq === 0).map((o) => o.id);
  result.removed += await deleteUnusedOccurrences(call.tx, call.tenant, unused);
  for (const o of gone) {
    if (unused.includes(o.id) || o.status === 'cancelled') continue;
    await setOccurrenceStatus(call.tx, call.tenant, o.id, 'cancelled', call.now);
    await notifyOccurrenceChange(call.tx, call.tenant, o.id, 'cancelled');
    result.cancelled += 1;
  }
}

/**
 * Brings the stored dates of a series in line with its rule, from now to the horizon. A date the rule still
 * gives keeps its row (its id, registrations and counters); new dates are added (and the room booked for them);
 * dates the rule no longer gives are removed, or cancelled with notice where someone had registered. Past dates
 * are history and stay as they were.
 */
export async function syncOccurrences(call: SyncCall, event: EventRow): Promise<SyncResult> {
  const result: SyncResult = { added: 0, updated: 0, removed: 0, cancelled: 0 };
  const series = {
    startsLocal: event.startsLocal,
    timeZone: event.timeZone,
    durationMinutes: event.durationMinutes,
    rrule: event.rrule,
  };
  const wanted = expandSeries(series, call.now, horizonOf(call.now));
  const stored = await occurrencesOf(call.tx, call.tenant, event.id, call.now);
  const byStart = new Map(stored.map((o) => [o.originalStart.getTime(), o]));
  const fresh: SeriesDate[] = [];
  for (const d of wanted) {
    const o = byStart.get(d.originalStart.getTime());
    if (!o) fresh.push(d);
    else if (await keep(call, event, o, d)) result.updated += 1;
    byStart.delete(d.originalStart.getTime());
  }
  await drop(call, [...byStart.values()], result);
  const added = await insertOccurrences(call.tx, call.tenant, event.id, fresh, event.capacity);
  result.added = added.length;
  // Only the dates this call really added: a concurrent run that added them first booked them already.
  const book = call.bookAll ? 'all' : new Set(added.map((o) => o.id));
  const room = await syncRoom(call, event, book);
  if (room.booked + room.moved + room.released > 0) {
    Object.assign(result, { bookingsMade: room.booked, bookingsMoved: room.moved, bookingsReleased: room.released });
  }
  return result;
}

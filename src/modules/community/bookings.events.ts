import type { Tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { placeBookings } from './bookings.service.ts';
import { lockRoom } from './rooms.repository.ts';

/** The dates an event needs its room for, as one request checked as a whole. */
export interface EventRoomRequest {
  roomId: string;
  eventId: string;
  title: string;
  bookedByUserId: string | null;
  dates: readonly { startsAt: Date; endsAt: Date }[];
}

/**
 * Books a room for every date of an event, all or none, inside the caller's transaction: pending where the room
 * needs approval, else approved (purpose `event`, linked to the event). A date that overlaps another pending or
 * approved booking (the room's buffer included) fails the whole request with 409 `community.booking.conflict`,
 * naming the date; the exclusion constraint decides, whatever ran at the same time. A room of another
 * municipality, or one no longer bookable, is a 404. The organiser's role and the lead time were the events
 * part's to check (an organiser places a series whose dates the events part materialises); opening hours and
 * the longest booking are the room's and apply to people's requests, not to an event its manager placed.
 */
export async function bookRoomForEvent(tx: Tx, t: Tenant, req: EventRoomRequest): Promise<{ seriesId: string }> {
  const room = await lockRoom(tx, t, req.roomId);
  if (!room?.active) throw notFound('room');
  const what = {
    bookedByUserId: req.bookedByUserId,
    eventId: req.eventId,
    purpose: 'event' as const,
    title: req.title,
  };
  const { seriesId } = await placeBookings(tx, t, room, what, req.dates);
  return { seriesId };
}

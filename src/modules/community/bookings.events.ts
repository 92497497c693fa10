import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import { violatedConstraint } from '../../platform/db/transaction.ts';
import type { Tx } from '../../platform/db/types.ts';
import { conflict, notFound } from '../../platform/http/app-error.ts';

/** The dates an event needs its room for, as one request checked as a whole. */
export interface EventRoomRequest {
  roomId: string;
  eventId: string;
  title: string;
  bookedByUserId: string | null;
  dates: readonly { startsAt: Date; endsAt: Date }[];
}

/**
 * Books a room for every date of an event, all or none: pending where the room needs approval, else approved.
 * A date that overlaps another pending or approved booking (the room's buffer included) fails the whole request
 * with 409 `community.booking.conflict`; the exclusion constraint decides, whatever ran at the same time.
 */
export async function bookRoomForEvent(tx: Tx, t: Tenant, req: EventRoomRequest): Promise<{ seriesId: string }> {
  const room = await tx
    .selectFrom('community_rooms')
    .select(['needs_approval', 'buffer_minutes'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', req.roomId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!room) throw notFound('room');
  const seriesId = crypto.randomUUID();
  const buffer = room.buffer_minutes * 60_000;
  try {
    for (const d of req.dates) {
      const until = new Date(d.endsAt.getTime() + buffer);
      await tx
        .insertInto('community_bookings')
        .values({
          municipality_id: t.municipalityId,
          room_id: req.roomId,
          series_id: seriesId,
          booked_by_user_id: req.bookedByUserId,
          event_id: req.eventId,
          purpose: 'event',
          title: req.title,
          starts_at: d.startsAt,
          ends_at: d.endsAt,
          blocks: sql<string>`tstzrange(${d.startsAt.toISOString()}::timestamptz, ${until.toISOString()}::timestamptz, '[)')`,
          status: room.needs_approval ? 'pending' : 'approved',
        })
        .execute();
    }
  } catch (err) {
    if (violatedConstraint(err) === 'community_bookings_no_overlap') {
      throw conflict('community.booking.conflict', 'community.booking.conflict');
    }
    throw err;
  }
  return { seriesId };
}

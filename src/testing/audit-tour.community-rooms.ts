import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import sharp from 'sharp';
import type { Client } from './app.ts';
import { type TourWrite, uploadAudited } from './audit-trail.ts';
import { multipartBody } from './multipart.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The rooms part's writes in the audit tour: a room added, changed and translated, its photos added, described,
 * moved and removed, a booking made and cancelled, a waiting request approved, a past booking's use recorded.
 * `admin` holds every municipal role in Meppen; `record` takes the uploads, which are not plain forms.
 */
export async function tourCommunityRooms(
  db: Kysely<Database>,
  admin: Client,
  municipalityId: string,
  post: Post,
  record: (w: TourWrite) => void,
) {
  const q = '/:locale/m/:municipality';
  const base = '/de/m/meppen';
  const room = {
    name: 'Tourraum',
    street: 'Am Markt 1',
    postcode: '49716',
    city: 'Meppen',
    capacity: '12',
    bookableBy: 'volunteer',
    needsApproval: 'on',
    maxBookingHours: '4',
    leadTimeHours: '0',
    bufferMinutes: '0',
    active: 'on',
    sourceLocale: 'de',
  };
  await post(admin, `POST ${q}/admin/rooms`, `${base}/admin/rooms`, room);
  const { id } = await db
    .selectFrom('community_rooms')
    .select('id')
    .where('name', '=', 'Tourraum')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/admin/rooms/:id`, `${base}/admin/rooms/${id}`, { ...room, capacity: '14' });
  await post(admin, `POST ${q}/admin/rooms/:id/texts/:lang`, `${base}/admin/rooms/${id}/texts/en`, {
    description: 'A small room on the market square.',
  });
  await tourRoomPhotos(db, admin, id, post, record);
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const booking = { date: day, from: '10:00', to: '11:00', purpose: 'meeting', title: 'Tourtreffen', weeks: '1' };
  await post(admin, `POST ${q}/rooms/:id/book`, `${base}/rooms/${id}/book`, booking);
  const own = await db
    .selectFrom('community_bookings')
    .select('id')
    .where('title', '=', 'Tourtreffen')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/bookings/:id/cancel`, `${base}/bookings/${own.id}/cancel`, {});
  // A waiting request as a volunteer leaves it (an approver's own requests need no decision).
  const starts = new Date(`${day}T14:00:00Z`);
  const ends = new Date(`${day}T15:00:00Z`);
  const waiting = await db
    .insertInto('community_bookings')
    .values({
      municipality_id: municipalityId,
      room_id: id,
      purpose: 'group',
      title: 'Wartende Anfrage',
      starts_at: starts,
      ends_at: ends,
      blocks: `[${starts.toISOString()},${ends.toISOString()})`,
      status: 'pending',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const decide = `${base}/admin/bookings/${waiting.id}/decision`;
  await post(admin, `POST ${q}/admin/bookings/:id/decision`, decide, { decision: 'approve' });
  const past = await db
    .selectFrom('community_bookings')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'approved')
    .where('starts_at', '<', new Date())
    .orderBy('starts_at')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/admin/bookings/:id/used`, `${base}/admin/bookings/${past.id}/used`, { used: 'yes' });
}

async function tourRoomPhotos(
  db: Kysely<Database>,
  admin: Client,
  room: string,
  post: Post,
  record: (w: TourWrite) => void,
) {
  const q = '/:locale/m/:municipality/admin/rooms/:id/photos';
  const url = `/de/m/meppen/admin/rooms/${room}/photos`;
  await admin.get(url);
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c96' } })
    .png()
    .toBuffer();
  for (const alt of ['Tourraum von vorn', 'Tourraum von hinten']) {
    const body = multipartBody({ _csrf: admin.csrf, alt }, { name: 'raum.png', type: 'image/png', data: image });
    record(await uploadAudited(db, admin, `POST ${q}`, url, body));
  }
  const [first] = await db
    .selectFrom('community_room_photos')
    .select('id')
    .where('room_id', '=', room)
    .orderBy('position')
    .execute();
  await post(admin, `POST ${q}/:photo`, `${url}/${first!.id}`, { alt: 'Tourraum, Blick zum Fenster' });
  await post(admin, `POST ${q}/:photo/move`, `${url}/${first!.id}/move`, { way: 'later' });
  await post(admin, `POST ${q}/:photo/delete`, `${url}/${first!.id}/delete`, {});
}

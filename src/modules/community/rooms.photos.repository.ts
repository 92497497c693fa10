import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { StoredImage } from '../../platform/media/image.ts';
import './rooms.photos.tables.ts';

/** A room's photo without its bytes: what pages list. */
export interface RoomPhoto {
  id: string;
  roomId: string;
  position: number;
  width: number;
  height: number;
  altText: string;
}

const META = ['id', 'room_id as roomId', 'position', 'width', 'height', 'alt_text as altText'] as const;

/** The photos of the given rooms, each room's in their order. */
export function roomPhotos(db: Executor, t: Tenant, roomIds: readonly string[]): Promise<RoomPhoto[]> {
  if (roomIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('community_room_photos')
    .select(META)
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', 'in', roomIds)
    .orderBy('room_id')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

/** A room's photos in order, locked for the rest of the transaction (a change of order or count follows). */
export function lockRoomPhotos(db: Executor, t: Tenant, roomId: string): Promise<RoomPhoto[]> {
  return db
    .selectFrom('community_room_photos')
    .select(META)
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', '=', roomId)
    .orderBy('position')
    .orderBy('created_at')
    .forUpdate()
    .execute();
}

/** One photo's bytes, if it belongs to this room of the tenant. */
export function roomPhotoData(db: Executor, t: Tenant, roomId: string, id: string) {
  return db
    .selectFrom('community_room_photos')
    .select(['data', 'content_type'])
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', '=', roomId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertRoomPhoto(
  db: Executor,
  t: Tenant,
  v: { roomId: string; position: number; image: StoredImage; altText: string },
): Promise<string> {
  const row = await db
    .insertInto('community_room_photos')
    .values({
      municipality_id: t.municipalityId,
      room_id: v.roomId,
      position: v.position,
      content_type: 'image/webp',
      data: v.image.data,
      width: v.image.width,
      height: v.image.height,
      bytes: v.image.data.byteLength,
      alt_text: v.altText,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRoomPhotoAlt(
  db: Executor,
  t: Tenant,
  v: { roomId: string; id: string; altText: string; now: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('community_room_photos')
    .set({ alt_text: v.altText, updated_at: v.now })
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', '=', v.roomId)
    .where('id', '=', v.id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Numbers a room's photos 1, 2, 3… in the order given (only rows whose place changed are written). */
export async function setRoomPhotoOrder(
  db: Executor,
  t: Tenant,
  roomId: string,
  photos: readonly { id: string; position: number }[],
): Promise<void> {
  for (const [i, p] of photos.entries()) {
    if (p.position === i + 1) continue;
    await db
      .updateTable('community_room_photos')
      .set({ position: i + 1 })
      .where('municipality_id', '=', t.municipalityId)
      .where('room_id', '=', roomId)
      .where('id', '=', p.id)
      .execute();
  }
}

export async function deleteRoomPhoto(db: Executor, t: Tenant, roomId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('community_room_photos')
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', '=', roomId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

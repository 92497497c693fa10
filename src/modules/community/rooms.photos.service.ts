import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { StoredImage } from '../../platform/media/image.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { findRoom } from './rooms.repository.ts';
import {
  deleteRoomPhoto,
  insertRoomPhoto,
  lockRoomPhotos,
  setRoomPhotoOrder,
  updateRoomPhotoAlt,
} from './rooms.photos.repository.ts';

/** The most photos a room keeps: enough to show it, few enough for a light page. */
export const MAX_ROOM_PHOTOS = 8;

const SUBJECT = 'community.room_photo';

/** This tenant's room's photos, locked; 404 for a room of another municipality or none. */
async function photosOf(uc: UseCase, roomId: string) {
  const t = useCaseTenant(uc);
  if (!(await findRoom(uc.tx, t, roomId))) throw notFound('room');
  return lockRoomPhotos(uc.tx, t, roomId);
}

/** Adds a checked, re-encoded photo with its description at the end of the room's photos. */
export async function addRoomPhoto(uc: UseCase, roomId: string, image: StoredImage, altText: string): Promise<string> {
  const photos = await photosOf(uc, roomId);
  if (photos.length >= MAX_ROOM_PHOTOS) {
    const fields = { photo: { key: 'media.photo.error.tooMany', values: { max: MAX_ROOM_PHOTOS } } };
    throw new AppError('community.room_photo.too_many', 422, 'error.badRequest', {}, fields);
  }
  const position = photos.length + 1;
  const id = await insertRoomPhoto(uc.tx, useCaseTenant(uc), { roomId, position, image, altText });
  const after = { roomId, position, width: image.width, height: image.height, bytes: image.data.byteLength };
  uc.record({ action: 'create', subjectType: SUBJECT, subjectId: id, after });
  return id;
}

/** Changes a photo's description (alt text). */
export async function describeRoomPhoto(uc: UseCase, roomId: string, id: string, altText: string): Promise<void> {
  const photos = await photosOf(uc, roomId);
  if (!photos.some((p) => p.id === id)) throw notFound('photo');
  await updateRoomPhotoAlt(uc.tx, useCaseTenant(uc), { roomId, id, altText, now: uc.now });
  uc.record({ action: 'update', subjectType: SUBJECT, subjectId: id, after: { roomId, altText: true } });
}

/** Moves a photo one place earlier or later (at either end it stays); the first photo is the room's cover. */
export async function moveRoomPhoto(uc: UseCase, roomId: string, id: string, way: 'earlier' | 'later') {
  const photos = await photosOf(uc, roomId);
  const from = photos.findIndex((p) => p.id === id);
  if (from < 0) throw notFound('photo');
  const to = Math.min(photos.length - 1, Math.max(0, from + (way === 'earlier' ? -1 : 1)));
  const order = [...photos];
  order.splice(to, 0, ...order.splice(from, 1));
  await setRoomPhotoOrder(uc.tx, useCaseTenant(uc), roomId, order);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: id,
    before: { position: from + 1 },
    after: { position: to + 1 },
  });
}

/** Removes a photo; the ones after it move up. */
export async function removeRoomPhoto(uc: UseCase, roomId: string, id: string): Promise<void> {
  const photos = await photosOf(uc, roomId);
  if (!(await deleteRoomPhoto(uc.tx, useCaseTenant(uc), roomId, id))) throw notFound('photo');
  await setRoomPhotoOrder(
    uc.tx,
    useCaseTenant(uc),
    roomId,
    photos.filter((p) => p.id !== id),
  );
  uc.record({ action: 'delete', subjectType: SUBJECT, subjectId: id, before: { roomId } });
}

import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { contentTexts, type Shown, sourceHash } from '../../platform/i18n/content-texts.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { quartiereOf } from '../directory/index.ts';
import {
  findRoom,
  insertRoom,
  type RoomRow,
  type RoomText,
  type RoomValues,
  roomTexts,
  saveRoomText,
  updateRoom,
} from './rooms.repository.ts';
import type { RoomInput } from './rooms.schema.ts';

const SUMMARY = [
  'quartierId',
  'capacity',
  'openingHours',
  'needsApproval',
  'maxBookingMinutes',
  'leadTimeHours',
  'bufferMinutes',
  'active',
] as const satisfies readonly (keyof RoomValues)[];

/** The stored values of a form, checking what the schema cannot: the Quartier is this municipality's. */
async function valuesOf(db: Executor, t: Tenant, input: RoomInput, keep?: RoomRow): Promise<RoomValues> {
  if (input.quartierId) {
    const own = await quartiereOf(db, t);
    if (!own.some((q) => q.id === input.quartierId)) {
      throw new AppError(
        'community.room.invalid',
        422,
        'error.badRequest',
        {},
        {
          quartierId: { key: 'validation.choice' },
        },
      );
    }
  }
  return {
    quartierId: input.quartierId ?? null,
    providerId: keep?.providerId ?? null,
    name: input.name,
    street: input.street,
    postcode: input.postcode,
    city: input.city,
    capacity: input.capacity,
    equipment: input.equipment,
    wheelchairAccessible: input.wheelchairAccessible,
    stepFree: input.stepFree,
    accessibleToilet: input.accessibleToilet,
    hearingLoop: input.hearingLoop,
    openingHours: input.openingHours ?? null,
    bookableBy: input.bookableBy,
    needsApproval: input.needsApproval,
    maxBookingMinutes: input.maxBookingHours * 60,
    leadTimeHours: input.leadTimeHours,
    bufferMinutes: input.bufferMinutes,
    active: input.active,
    sourceLocale: input.sourceLocale,
  };
}

/** Adds a room with its rules and its description in the source language. */
export async function createRoom(uc: UseCase, input: RoomInput): Promise<string> {
  const t = useCaseTenant(uc);
  const v = await valuesOf(uc.tx, t, input);
  const id = await insertRoom(uc.tx, t, v);
  const description = input.description ?? '';
  await saveRoomText(uc.tx, t, { roomId: id, locale: v.sourceLocale, description, sourceHash: null, now: uc.now });
  uc.record({ action: 'create', subjectType: 'community.room', subjectId: id, after: summarize(v, SUMMARY, ['name']) });
  return id;
}

/**
 * Changes a room and its rules. Bookings already made stay as they are (a rule applies to requests from now on);
 * a changed source text makes its translations outdated (their hash no longer matches).
 */
export async function changeRoom(uc: UseCase, id: string, input: RoomInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findRoom(uc.tx, t, id);
  if (!before) throw notFound('room');
  const v = await valuesOf(uc.tx, t, input, before);
  await updateRoom(uc.tx, t, id, v, uc.now);
  const description = input.description ?? '';
  await saveRoomText(uc.tx, t, { roomId: id, locale: v.sourceLocale, description, sourceHash: null, now: uc.now });
  uc.record({
    action: 'update',
    subjectType: 'community.room',
    subjectId: id,
    before: summarize(before, SUMMARY),
    after: summarize(v, SUMMARY),
  });
}

/** Saves a room's description in another language, remembering which source text it was made from. */
export async function translateRoom(uc: UseCase, id: string, locale: Locale, description: string): Promise<void> {
  const t = useCaseTenant(uc);
  const room = await findRoom(uc.tx, t, id);
  if (!room) throw notFound('room');
  const texts = await roomTexts(uc.tx, t, [id]);
  const hash = locale === room.sourceLocale ? null : roomContentTexts.translationHash(texts, room.sourceLocale);
  await saveRoomText(uc.tx, t, { roomId: id, locale, description, sourceHash: hash, now: uc.now });
  uc.record({ action: 'update', subjectType: 'community.room', subjectId: id, after: { translated: locale } });
}

/** Room descriptions as the platform's content texts; an empty description counts as none. */
export const roomContentTexts = contentTexts<RoomText>({
  hash: (source) => sourceHash(source.description),
  written: (x) => x.description !== '',
});

/** The description a reader sees: their language when it exists, else the source; and whether it is outdated. */
export type ShownRoomText = Shown<RoomText>;

export function roomTextIn(texts: readonly RoomText[], sourceLocale: string, locale: string): ShownRoomText | null {
  return roomContentTexts.shownIn(texts, sourceLocale, locale);
}

import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** A room as pages and rules read it. */
export interface RoomRow {
  id: string;
  quartierId: string | null;
  providerId: string | null;
  name: string;
  street: string;
  postcode: string;
  city: string;
  capacity: number;
  equipment: string[];
  wheelchairAccessible: boolean;
  stepFree: boolean;
  accessibleToilet: boolean;
  hearingLoop: boolean;
  openingHours: string | null;
  bookableBy: string[];
  needsApproval: boolean;
  maxBookingMinutes: number;
  leadTimeHours: number;
  bufferMinutes: number;
  active: boolean;
  sourceLocale: string;
}

/** The stored columns of a room (without keys and times). */
export type RoomValues = Omit<RoomRow, 'id'>;

function rooms(db: Executor, t: Tenant) {
  return db
    .selectFrom('community_rooms')
    .select([
      'id',
      'quartier_id as quartierId',
      'provider_id as providerId',
      'name',
      'street',
      'postcode',
      'city',
      'capacity',
      'equipment',
      'wheelchair_accessible as wheelchairAccessible',
      'step_free as stepFree',
      'accessible_toilet as accessibleToilet',
      'hearing_loop as hearingLoop',
      'opening_hours as openingHours',
      'bookable_by as bookableBy',
      'needs_approval as needsApproval',
      'max_booking_minutes as maxBookingMinutes',
      'lead_time_hours as leadTimeHours',
      'buffer_minutes as bufferMinutes',
      'active',
      'source_locale as sourceLocale',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** A municipality's rooms by name; only the bookable ones for the public, optionally of one Quartier. */
export function listRooms(
  db: Executor,
  t: Tenant,
  filter: { activeOnly: boolean; quartierId?: string },
): Promise<RoomRow[]> {
  let q = rooms(db, t);
  if (filter.activeOnly) q = q.where('active', '=', true);
  if (filter.quartierId) q = q.where('quartier_id', '=', filter.quartierId);
  return q.orderBy('name').orderBy('id').execute();
}

/** One room of this tenant (any state); undefined for another tenant's id. */
export function findRoom(db: Executor, t: Tenant, id: string): Promise<RoomRow | undefined> {
  return rooms(db, t).where('id', '=', id).executeTakeFirst();
}

/** One room, locked for the rest of the transaction (its rules are read and a booking follows). */
export function lockRoom(db: Executor, t: Tenant, id: string): Promise<RoomRow | undefined> {
  return rooms(db, t).where('id', '=', id).forShare().executeTakeFirst();
}

function columns(v: RoomValues) {
  return {
    quartier_id: v.quartierId,
    provider_id: v.providerId,
    name: v.name,
    street: v.street,
    postcode: v.postcode,
    city: v.city,
    capacity: v.capacity,
    equipment: v.equipment,
    wheelchair_accessible: v.wheelchairAccessible,
    step_free: v.stepFree,
    accessible_toilet: v.accessibleToilet,
    hearing_loop: v.hearingLoop,
    opening_hours: v.openingHours,
    bookable_by: v.bookableBy,
    needs_approval: v.needsApproval,
    max_booking_minutes: v.maxBookingMinutes,
    lead_time_hours: v.leadTimeHours,
    buffer_minutes: v.bufferMinutes,
    active: v.active,
    source_locale: v.sourceLocale,
  };
}

export async function insertRoom(db: Executor, t: Tenant, v: RoomValues): Promise<string> {
  const row = await db
    .insertInto('community_rooms')
    .values({ municipality_id: t.municipalityId, ...columns(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRoom(db: Executor, t: Tenant, id: string, v: RoomValues, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('community_rooms')
    .set({ ...columns(v), updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A room's description per language. */
export interface RoomText {
  roomId: string;
  locale: string;
  description: string;
  sourceHash: string | null;
}

export function roomTexts(db: Executor, t: Tenant, roomIds: readonly string[]): Promise<RoomText[]> {
  if (roomIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('community_room_texts')
    .select(['room_id as roomId', 'locale', 'description', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', 'in', roomIds)
    .execute();
}

export async function saveRoomText(db: Executor, t: Tenant, v: RoomText & { now: Date }): Promise<void> {
  await db
    .insertInto('community_room_texts')
    .values({
      municipality_id: t.municipalityId,
      room_id: v.roomId,
      locale: v.locale,
      description: v.description,
      source_hash: v.sourceHash,
    })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'room_id', 'locale'])
        .doUpdateSet({ description: v.description, source_hash: v.sourceHash, updated_at: v.now }),
    )
    .execute();
}

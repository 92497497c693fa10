import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** A service as pages and rules read it. */
export interface ServiceRow {
  id: string;
  providerId: string | null;
  quartierId: string | null;
  topics: string[];
  languages: string[];
  channels: string[];
  roomId: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  wheelchairAccessible: boolean;
  stepFree: boolean;
  hearingLoop: boolean;
  audience: string;
  slotMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  cancelCutoffHours: number;
  walkInHours: string | null;
  contactPhone: string | null;
  active: boolean;
  sourceLocale: string;
}

/** The stored columns of a service (without keys and times). */
export type ServiceValues = Omit<ServiceRow, 'id'>;

/** A service's title and description in one language. */
export interface ServiceText {
  serviceId: string;
  locale: string;
  title: string;
  description: string;
  sourceHash: string | null;
}

/** A counsellor of a service, with the name shown to people who book. */
export interface CounsellorRow {
  id: string;
  serviceId: string;
  userId: string;
  displayName: string;
  languages: string[];
  active: boolean;
}

function services(db: Executor, t: Tenant) {
  return db
    .selectFrom('counselling_services')
    .select([
      'id',
      'provider_id as providerId',
      'quartier_id as quartierId',
      'topics',
      'languages',
      'channels',
      'room_id as roomId',
      'street',
      'postcode',
      'city',
      'wheelchair_accessible as wheelchairAccessible',
      'step_free as stepFree',
      'hearing_loop as hearingLoop',
      'audience',
      'slot_minutes as slotMinutes',
      'buffer_minutes as bufferMinutes',
      'min_notice_hours as minNoticeHours',
      'horizon_days as horizonDays',
      'cancel_cutoff_hours as cancelCutoffHours',
      'walk_in_hours as walkInHours',
      'contact_phone as contactPhone',
      'active',
      'source_locale as sourceLocale',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** Places a service in a room (the seed's places step, once the rooms exist). */
export async function setServiceRoom(db: Executor, t: Tenant, id: string, roomId: string): Promise<void> {
  await db
    .updateTable('counselling_services')
    .set({ room_id: roomId })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** The services of a municipality; the public filters (topic, language, Quartier) as given; `ids` limits to those. */
export async function listServices(
  db: Executor,
  t: Tenant,
  f: { activeOnly: boolean; topic?: string; language?: string; quartierId?: string; ids?: readonly string[] },
): Promise<ServiceRow[]> {
  if (f.ids && f.ids.length === 0) return [];
  let q = services(db, t);
  if (f.activeOnly) q = q.where('active', '=', true);
  if (f.topic) q = q.where((eb) => eb(eb.val(f.topic!), '=', eb.fn.any('topics')));
  if (f.language) q = q.where((eb) => eb(eb.val(f.language!), '=', eb.fn.any('languages')));
  if (f.quartierId) q = q.where('quartier_id', '=', f.quartierId);
  if (f.ids) q = q.where('id', 'in', f.ids);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function findService(db: Executor, t: Tenant, id: string): Promise<ServiceRow | undefined> {
  return services(db, t).where('id', '=', id).executeTakeFirst();
}

function columns(t: Tenant, v: ServiceValues) {
  return {
    municipality_id: t.municipalityId,
    provider_id: v.providerId,
    quartier_id: v.quartierId,
    topics: v.topics,
    languages: v.languages,
    channels: v.channels,
    room_id: v.roomId,
    street: v.street,
    postcode: v.postcode,
    city: v.city,
    wheelchair_accessible: v.wheelchairAccessible,
    step_free: v.stepFree,
    hearing_loop: v.hearingLoop,
    audience: v.audience,
    slot_minutes: v.slotMinutes,
    buffer_minutes: v.bufferMinutes,
    min_notice_hours: v.minNoticeHours,
    horizon_days: v.horizonDays,
    cancel_cutoff_hours: v.cancelCutoffHours,
    walk_in_hours: v.walkInHours,
    contact_phone: v.contactPhone,
    active: v.active,
    source_locale: v.sourceLocale,
  };
}

export async function insertService(db: Executor, t: Tenant, v: ServiceValues): Promise<string> {
  const row = await db
    .insertInto('counselling_services')
    .values(columns(t, v))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateService(db: Executor, t: Tenant, id: string, v: ServiceValues, now: Date): Promise<void> {
  await db
    .updateTable('counselling_services')
    .set({ ...columns(t, v), updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function serviceTexts(db: Executor, t: Tenant, ids: readonly string[]): Promise<ServiceText[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('counselling_service_texts')
    .select(['service_id as serviceId', 'locale', 'title', 'description', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('service_id', 'in', ids)
    .execute();
}

/** Writes a service's text in one language (insert or replace). */
export async function saveServiceText(db: Executor, t: Tenant, x: ServiceText & { now: Date }): Promise<void> {
  const values = { title: x.title, description: x.description, source_hash: x.sourceHash, updated_at: x.now };
  await db
    .insertInto('counselling_service_texts')
    .values({ municipality_id: t.municipalityId, service_id: x.serviceId, locale: x.locale, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'service_id', 'locale']).doUpdateSet(values))
    .execute();
}

/** The counsellors of some services (all when `ids` is not given), active ones first. */
export async function counsellorsOf(
  db: Executor,
  t: Tenant,
  f: { serviceIds?: readonly string[]; userId?: string },
): Promise<CounsellorRow[]> {
  if (f.serviceIds && f.serviceIds.length === 0) return [];
  let q = db
    .selectFrom('counselling_counsellors')
    .select([
      'id',
      'service_id as serviceId',
      'user_id as userId',
      'display_name as displayName',
      'languages',
      'active',
    ])
    .where('municipality_id', '=', t.municipalityId);
  if (f.serviceIds) q = q.where('service_id', 'in', f.serviceIds);
  if (f.userId) q = q.where('user_id', '=', f.userId);
  return q.orderBy('active', 'desc').orderBy('display_name').orderBy('id').execute();
}

/** Adds a person as counsellor of a service, or makes them active again with the new name and languages. */
export async function upsertCounsellor(
  db: Executor,
  t: Tenant,
  c: { serviceId: string; userId: string; displayName: string; languages: string[] },
): Promise<string> {
  const set = { display_name: c.displayName, languages: c.languages, active: true };
  const row = await db
    .insertInto('counselling_counsellors')
    .values({ municipality_id: t.municipalityId, service_id: c.serviceId, user_id: c.userId, ...set })
    .onConflict((oc) => oc.columns(['municipality_id', 'service_id', 'user_id']).doUpdateSet(set))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setCounsellorActive(
  db: Executor,
  t: Tenant,
  serviceId: string,
  id: string,
  active: boolean,
): Promise<boolean> {
  const r = await db
    .updateTable('counselling_counsellors')
    .set({ active })
    .where('municipality_id', '=', t.municipalityId)
    .where('service_id', '=', serviceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

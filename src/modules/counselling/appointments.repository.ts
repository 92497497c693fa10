import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

// SQL of the appointments part: counselling_appointments only (services and counsellors are read, never written).

export interface ServiceRules {
  id: string;
  topics: string[];
  languages: string[];
  channels: string[];
  slot_minutes: number;
  buffer_minutes: number;
  cancel_cutoff_hours: number;
  time_zone: string;
}

/** The booking rules of an active service. */
export function findServiceRules(db: Executor, t: Tenant, serviceId: string): Promise<ServiceRules | undefined> {
  return db
    .selectFrom('counselling_services')
    .select([
      'id',
      'topics',
      'languages',
      'channels',
      'slot_minutes',
      'buffer_minutes',
      'cancel_cutoff_hours',
      'time_zone',
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', serviceId)
    .where('active', '=', true)
    .executeTakeFirst();
}

export interface NewAppointment {
  id: string;
  serviceId: string;
  counsellorId: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  channel: string;
  topic: string;
  language: string;
  interpreterLanguage: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  tokenHash: string;
  codeHash: string;
  bookedBy: string | null;
  rebookedFrom: string | null;
}

export async function insertAppointment(db: Executor, t: Tenant, a: NewAppointment): Promise<{ uid: string }> {
  return db
    .insertInto('counselling_appointments')
    .values({
      municipality_id: t.municipalityId,
      id: a.id,
      service_id: a.serviceId,
      counsellor_id: a.counsellorId,
      starts_at: a.startsAt,
      ends_at: a.endsAt,
      blocks: `[${a.startsAt.toISOString()},${a.blockedUntil.toISOString()})`,
      channel: a.channel,
      topic: a.topic,
      language: a.language,
      interpreter_language: a.interpreterLanguage,
      name: a.name,
      email: a.email,
      phone: a.phone,
      locale: a.locale,
      token_hash: a.tokenHash,
      code_hash: a.codeHash,
      booked_by_user_id: a.bookedBy,
      rebooked_from: a.rebookedFrom,
    })
    .returning('uid')
    .executeTakeFirstOrThrow();
}

const COLUMNS = [
  'id',
  'service_id',
  'counsellor_id',
  'starts_at',
  'ends_at',
  'status',
  'channel',
  'topic',
  'language',
  'interpreter_language',
  'name',
  'email',
  'phone',
  'locale',
  'uid',
  'sequence',
  'cancelled_at',
  'erased_at',
] as const;

export type AppointmentRow = Awaited<ReturnType<typeof findAppointment>> & object;

/** One appointment by id (`lock`: for update, so that cancel and rebook of one booking run one after another). */
export function findAppointment(db: Executor, t: Tenant, id: string, lock = false) {
  const q = db
    .selectFrom('counselling_appointments')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

/** The appointment a secret opens (link token or code), by its hash. */
export async function findBySecretHash(
  db: Executor,
  t: Tenant,
  kind: 'token' | 'code',
  hash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('counselling_appointments')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where(kind === 'token' ? 'token_hash' : 'code_hash', '=', hash)
    .executeTakeFirst();
  return row?.id;
}

/** An active appointment of the same person (name and contact) at the same counsellor and start: a double submit. */
export async function sameBooking(
  db: Executor,
  t: Tenant,
  a: Pick<NewAppointment, 'counsellorId' | 'startsAt' | 'name' | 'email' | 'phone'>,
): Promise<boolean> {
  let q = db
    .selectFrom('counselling_appointments')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('counsellor_id', '=', a.counsellorId)
    .where('starts_at', '=', a.startsAt)
    .where('status', '<>', 'cancelled')
    .where('name', '=', a.name);
  q = a.email ? q.where('email', '=', a.email) : q.where('email', 'is', null);
  q = a.phone ? q.where('phone', '=', a.phone) : q.where('phone', 'is', null);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Marks an appointment cancelled and raises its calendar SEQUENCE; returns the new sequence. */
export async function markCancelled(db: Executor, t: Tenant, id: string, now: Date): Promise<number> {
  const row = await db
    .updateTable('counselling_appointments')
    .set((eb) => ({ status: 'cancelled', cancelled_at: now, sequence: eb('sequence', '+', 1) }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .returning('sequence')
    .executeTakeFirstOrThrow();
  return row.sequence;
}

/**
 * Hands an appointment's link and code on: returns the hashes it answered to and gives it `fresh` ones (random,
 * matching no secret), so that the hashes can move to the appointment that replaces it.
 */
export async function handOnSecrets(
  db: Executor,
  t: Tenant,
  id: string,
  fresh: { tokenHash: string; codeHash: string },
): Promise<{ tokenHash: string; codeHash: string }> {
  const row = await db
    .selectFrom('counselling_appointments')
    .select(['token_hash', 'code_hash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('counselling_appointments')
    .set({ token_hash: fresh.tokenHash, code_hash: fresh.codeHash })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
  return { tokenHash: row.token_hash, codeHash: row.code_hash };
}

/** Whether a counsellor counsels (actively) for a service. */
export async function counsellorOfService(db: Executor, t: Tenant, serviceId: string, counsellorId: string) {
  const row = await db
    .selectFrom('counselling_counsellors')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('service_id', '=', serviceId)
    .where('id', '=', counsellorId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether an active appointment of the counsellor (with its break) overlaps [from, to). */
export async function counsellorBusy(db: Executor, t: Tenant, counsellorId: string, from: Date, to: Date) {
  const row = await db
    .selectFrom('counselling_appointments')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('counsellor_id', '=', counsellorId)
    .where('status', '<>', 'cancelled')
    .where('starts_at', '<', to)
    .where((eb) => eb(eb.fn('upper', ['blocks']), '>', from))
    .executeTakeFirst();
  return row !== undefined;
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** What a mail or the booking's page says about the appointment's service: title (in `locale` or the source's), place. */
export async function serviceFacts(
  db: Executor,
  t: Tenant,
  serviceId: string,
  counsellorId: string | null,
  locale: string,
) {
  const m = t.municipalityId;
  // A service without a counsellor yet still has its title and place (its booking page says no time is free).
  const s = await db
    .selectFrom('counselling_services as s')
    .leftJoin('counselling_counsellors as c', (j) =>
      j.onRef('c.municipality_id', '=', 's.municipality_id').on('c.id', '=', counsellorId ?? NO_ID),
    )
    .select(['s.street', 's.postcode', 's.city', 's.time_zone', 's.source_locale', 's.contact_phone', 's.slot_minutes'])
    .select(['s.cancel_cutoff_hours', 'c.display_name'])
    .where('s.municipality_id', '=', m)
    .where('s.id', '=', serviceId)
    .executeTakeFirst();
  if (!s) return undefined;
  const texts = await db
    .selectFrom('counselling_service_texts')
    .select(['locale', 'title'])
    .where('municipality_id', '=', m)
    .where('service_id', '=', serviceId)
    .execute();
  const title = (texts.find((x) => x.locale === locale) ?? texts.find((x) => x.locale === s.source_locale) ?? texts[0])
    ?.title;
  const place = s.street ? `${s.street}, ${s.postcode ?? ''} ${s.city ?? ''}`.trim() : '';
  return { ...s, title: title ?? '', place };
}

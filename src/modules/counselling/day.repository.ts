import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { AppointmentStatus } from './counselling.tables.ts';

// SQL of the counsellor's day: the appointments of a day, the counsellors an account is, contacts written once.

/** One appointment on the day list (the person's name is the only personal datum shown). */
export interface DayAppointment {
  id: string;
  serviceId: string;
  counsellorId: string;
  counsellorName: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  channel: string;
  topic: string;
  language: string;
  interpreterLanguage: string | null;
  name: string | null;
  serviceTitle: string;
}

/** The services an account counsels for in a municipality (active counsellor rows), with slot length and topics. */
export async function servicesOfCounsellor(db: Executor, t: Tenant, userId: string, locale: string) {
  return db
    .selectFrom('counselling_counsellors as c')
    .innerJoin('counselling_services as s', (j) =>
      j.onRef('s.municipality_id', '=', 'c.municipality_id').onRef('s.id', '=', 'c.service_id'),
    )
    .select(['c.id as counsellorId', 's.id as serviceId', 's.slot_minutes', 's.topics', 's.languages', 's.channels'])
    .select(titleOf(locale))
    .where('c.municipality_id', '=', t.municipalityId)
    .where('c.user_id', '=', userId)
    .where('c.active', '=', true)
    .orderBy('s.created_at')
    .execute();
}

// The title in the reader's language, else German (the source), else any.
function titleOf<A extends string = 'title'>(locale: string, alias: A = 'title' as A) {
  return sql<string>`coalesce(
    (select title from counselling_service_texts x where x.municipality_id = s.municipality_id and x.service_id = s.id
      order by (x.locale = ${locale}) desc, (x.locale = 'de') desc limit 1), '')`.as(alias);
}

/** Accounts that counsel in a municipality (for the admin's choice of whose day to see). */
export async function counsellorsOfMunicipality(db: Executor, t: Tenant) {
  return db
    .selectFrom('counselling_counsellors')
    .select(['user_id as userId', (eb) => eb.fn.min('display_name').as('name')])
    .where('municipality_id', '=', t.municipalityId)
    .where('active', '=', true)
    .groupBy('user_id')
    .orderBy('name')
    .execute();
}

/** Appointments (not cancelled) from–to, of one account's counsellor rows or (null) of the whole municipality. */
export async function appointmentsOfDay(
  db: Executor,
  t: Tenant,
  q: { userId: string | null; from: Date; to: Date; locale: string },
): Promise<DayAppointment[]> {
  let query = db
    .selectFrom('counselling_appointments as a')
    .innerJoin('counselling_counsellors as c', (j) =>
      j.onRef('c.municipality_id', '=', 'a.municipality_id').onRef('c.id', '=', 'a.counsellor_id'),
    )
    .innerJoin('counselling_services as s', (j) =>
      j.onRef('s.municipality_id', '=', 'a.municipality_id').onRef('s.id', '=', 'a.service_id'),
    )
    .select([
      'a.id',
      'a.service_id as serviceId',
      'a.counsellor_id as counsellorId',
      'c.display_name as counsellorName',
      'a.starts_at as startsAt',
      'a.ends_at as endsAt',
      'a.status',
      'a.channel',
      'a.topic',
      'a.language',
      'a.interpreter_language as interpreterLanguage',
      'a.name',
    ])
    .select(titleOf(q.locale, 'serviceTitle'))
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.status', '<>', 'cancelled')
    .where('a.starts_at', '>=', q.from)
    .where('a.starts_at', '<', q.to);
  // A counsellor sees the appointments of the services they counsel for, with themselves as the counsellor.
  if (q.userId) query = query.where('c.user_id', '=', q.userId);
  const rows = await query.orderBy('a.starts_at').execute();
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) }));
}

/** One appointment with its counsellor's account, locked for a change (done, no-show, rebook). */
export async function appointmentForUpdate(db: Executor, t: Tenant, id: string) {
  return db
    .selectFrom('counselling_appointments as a')
    .innerJoin('counselling_counsellors as c', (j) =>
      j.onRef('c.municipality_id', '=', 'a.municipality_id').onRef('c.id', '=', 'a.counsellor_id'),
    )
    .innerJoin('counselling_services as s', (j) =>
      j.onRef('s.municipality_id', '=', 'a.municipality_id').onRef('s.id', '=', 'a.service_id'),
    )
    .selectAll('a')
    .select([
      'c.user_id as counsellor_user_id',
      's.time_zone',
      's.topics as service_topics',
      's.channels as service_channels',
    ])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.id', '=', id)
    .forUpdate('a')
    .executeTakeFirst();
}
export type AppointmentForUpdate = NonNullable<Awaited<ReturnType<typeof appointmentForUpdate>>>;

/** Sets an appointment's status (done or no-show), only from booked; false when it was not booked any more. */
export async function setAppointmentStatus(db: Executor, t: Tenant, id: string, status: 'done' | 'no_show') {
  const r = await db
    .updateTable('counselling_appointments')
    .set({ status })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The counted fields of a contact. */
export interface ContactValues {
  service_id: string;
  day: string;
  kind: 'appointment' | 'walk_in';
  topic: string;
  language: string;
  interpreter_language: string | null;
  channel: string;
  duration_minutes: number;
  gender: string | null;
  age_band: string | null;
  appointment_id: string | null;
}

/** Inserts a contact; null when the appointment already has one (the unique key: done twice counts once). */
export async function insertContact(db: Executor, t: Tenant, v: ContactValues): Promise<string | null> {
  const row = await db
    .insertInto('counselling_contacts')
    .values({ municipality_id: t.municipalityId, ...v })
    .onConflict((oc) => oc.columns(['municipality_id', 'appointment_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findContact(db: Executor, t: Tenant, id: string) {
  return db
    .selectFrom('counselling_contacts')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateContact(db: Executor, t: Tenant, id: string, v: Partial<ContactValues>) {
  await db
    .updateTable('counselling_contacts')
    .set(v)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** How many booked appointments an account has from–to in a municipality (the "my day" tile's number). */
export async function bookedCount(db: Executor, t: Tenant, userId: string, from: Date, to: Date): Promise<number> {
  const row = await db
    .selectFrom('counselling_appointments as a')
    .innerJoin('counselling_counsellors as c', (j) =>
      j.onRef('c.municipality_id', '=', 'a.municipality_id').onRef('c.id', '=', 'a.counsellor_id'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('a.municipality_id', '=', t.municipalityId)
    .where('c.user_id', '=', userId)
    .where('a.status', '=', 'booked')
    .where('a.starts_at', '>=', from)
    .where('a.starts_at', '<', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The walk-ins counted on a local day, of one account's services or (null) of the whole municipality. */
export async function walkInsOfDay(db: Executor, t: Tenant, q: { userId: string | null; day: string; locale: string }) {
  let query = db
    .selectFrom('counselling_contacts as k')
    .innerJoin('counselling_services as s', (j) =>
      j.onRef('s.municipality_id', '=', 'k.municipality_id').onRef('s.id', '=', 'k.service_id'),
    )
    .select(['k.id', 'k.topic', 'k.duration_minutes as minutes', 'k.created_at as createdAt'])
    .select(titleOf(q.locale, 'serviceTitle'))
    .where('k.municipality_id', '=', t.municipalityId)
    .where('k.kind', '=', 'walk_in')
    .where('k.day', '=', q.day);
  if (q.userId) {
    const own = db
      .selectFrom('counselling_counsellors')
      .select('service_id')
      .where('municipality_id', '=', t.municipalityId)
      .where('user_id', '=', q.userId);
    query = query.where('k.service_id', 'in', own);
  }
  return query.orderBy('k.created_at').execute();
}
export type WalkIn = Awaited<ReturnType<typeof walkInsOfDay>>[number];

import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** One service a person counsels for: their counsellor row there and the service's title. */
export interface CounsellorSeat {
  counsellorId: string;
  userId: string;
  serviceId: string;
  displayName: string;
  title: string;
}

export interface HoursRow {
  id: string;
  counsellorId: string;
  weekday: number;
  starts: string;
  ends: string;
  validFrom: string;
  validUntil: string | null;
}

export interface ExceptionRow {
  id: string;
  counsellorId: string;
  day: string;
  starts: string | null;
  ends: string | null;
  reason: string;
}

const hhmm = (t: string | null) => (t === null ? null : t.slice(0, 5));
const dayOf = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** The counsellor rows of one person in the tenant (one per service), with the services' German titles. */
export async function seatsOfUser(db: Executor, t: Tenant, userId: string): Promise<CounsellorSeat[]> {
  const rows = await db
    .selectFrom('counselling_counsellors as c')
    .leftJoin('counselling_service_texts as x', (j) =>
      j
        .onRef('x.municipality_id', '=', 'c.municipality_id')
        .onRef('x.service_id', '=', 'c.service_id')
        .on('x.locale', '=', 'de'),
    )
    .select(['c.id', 'c.user_id', 'c.service_id', 'c.display_name', 'x.title'])
    .where('c.municipality_id', '=', t.municipalityId)
    .where('c.user_id', '=', userId)
    .orderBy('x.title')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    counsellorId: r.id,
    userId: r.user_id,
    serviceId: r.service_id,
    displayName: r.display_name,
    title: r.title ?? '',
  }));
}

/** The person behind a counsellor row of the tenant (null for an unknown row or another tenant's). */
export async function userOfCounsellor(db: Executor, t: Tenant, counsellorId: string): Promise<string | null> {
  const row = await db
    .selectFrom('counselling_counsellors')
    .select('user_id')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', counsellorId)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** The weekly hours of counsellor rows, by weekday and time. */
export async function hoursOf(db: Executor, t: Tenant, counsellorIds: readonly string[]): Promise<HoursRow[]> {
  if (counsellorIds.length === 0) return [];
  const rows = await db
    .selectFrom('counselling_hours')
    .select(['id', 'counsellor_id', 'weekday', 'starts', 'ends', 'valid_from', 'valid_until'])
    .where('municipality_id', '=', t.municipalityId)
    .where('counsellor_id', 'in', counsellorIds)
    .orderBy('weekday')
    .orderBy('starts')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    counsellorId: r.counsellor_id,
    weekday: r.weekday,
    starts: hhmm(r.starts)!,
    ends: hhmm(r.ends)!,
    validFrom: dayOf(r.valid_from),
    validUntil: r.valid_until === null ? null : dayOf(r.valid_until),
  }));
}

/** The exceptions of counsellor rows from a day on, by day. */
export async function exceptionsOf(
  db: Executor,
  t: Tenant,
  counsellorIds: readonly string[],
  fromDay: string,
): Promise<ExceptionRow[]> {
  if (counsellorIds.length === 0) return [];
  const rows = await db
    .selectFrom('counselling_exceptions')
    .select(['id', 'counsellor_id', 'day', 'starts', 'ends', 'reason'])
    .where('municipality_id', '=', t.municipalityId)
    .where('counsellor_id', 'in', counsellorIds)
    .where('day', '>=', fromDay)
    .orderBy('day')
    .orderBy('starts')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    counsellorId: r.counsellor_id,
    day: dayOf(r.day),
    starts: hhmm(r.starts),
    ends: hhmm(r.ends),
    reason: r.reason,
  }));
}

export async function insertHours(db: Executor, t: Tenant, v: Omit<HoursRow, 'id'>): Promise<string> {
  const row = await db
    .insertInto('counselling_hours')
    .values({
      municipality_id: t.municipalityId,
      counsellor_id: v.counsellorId,
      weekday: v.weekday,
      starts: v.starts,
      ends: v.ends,
      valid_from: v.validFrom,
      valid_until: v.validUntil,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Removes a weekly range of one of `counsellorIds` (0 rows: not theirs, or gone). */
export async function deleteHours(db: Executor, t: Tenant, counsellorIds: readonly string[], id: string) {
  if (counsellorIds.length === 0) return 0;
  const r = await db
    .deleteFrom('counselling_hours')
    .where('municipality_id', '=', t.municipalityId)
    .where('counsellor_id', 'in', counsellorIds)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertException(db: Executor, t: Tenant, v: Omit<ExceptionRow, 'id'>): Promise<string> {
  const row = await db
    .insertInto('counselling_exceptions')
    .values({
      municipality_id: t.municipalityId,
      counsellor_id: v.counsellorId,
      day: v.day,
      starts: v.starts,
      ends: v.ends,
      reason: v.reason as 'other',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Removes an exception of one of `counsellorIds` (0 rows: not theirs, or gone). */
export async function deleteException(db: Executor, t: Tenant, counsellorIds: readonly string[], id: string) {
  if (counsellorIds.length === 0) return 0;
  const r = await db
    .deleteFrom('counselling_exceptions')
    .where('municipality_id', '=', t.municipalityId)
    .where('counsellor_id', 'in', counsellorIds)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Every person who counsels in the tenant (one of their counsellor rows each), by name. */
export async function counsellorsOfTenant(db: Executor, t: Tenant): Promise<{ counsellorId: string; name: string }[]> {
  const rows = await db
    .selectFrom('counselling_counsellors')
    .select(['id', 'user_id', 'display_name'])
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('display_name')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const seen = new Set<string>();
  const out: { counsellorId: string; name: string }[] = [];
  for (const r of rows) {
    if (seen.has(r.user_id)) continue;
    seen.add(r.user_id);
    out.push({ counsellorId: r.id, name: r.display_name });
  }
  return out;
}

/** Sets a service's walk-in hours (opening_hours syntax) unless it has some already (demo only). */
export async function setWalkInHours(db: Executor, t: Tenant, serviceId: string, hours: string): Promise<void> {
  await db
    .updateTable('counselling_services')
    .set({ walk_in_hours: hours })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', serviceId)
    .where('walk_in_hours', 'is', null)
    .execute();
}

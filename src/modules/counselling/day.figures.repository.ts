import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

// SQL of the contact figures: contacts and no-shows counted per month and service, never a row per person.

/** Contacts of a year grouped by month, service and every counted field (sums, no rows of single contacts). */
export async function contactGroups(db: Executor, t: Tenant, q: { year: number; serviceId: string | null }) {
  let query = db
    .selectFrom('counselling_contacts')
    .select([
      sql<number>`date_part('month', day)::int`.as('month'),
      'service_id',
      'kind',
      'topic',
      'language',
      'interpreter_language',
      'channel',
      'gender',
      'age_band',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.sum<string>('duration_minutes').as('minutes'),
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('day', '>=', `${q.year}-01-01`)
    .where('day', '<=', `${q.year}-12-31`);
  if (q.serviceId) query = query.where('service_id', '=', q.serviceId);
  const rows = await query
    .groupBy([
      'month',
      'service_id',
      'kind',
      'topic',
      'language',
      'interpreter_language',
      'channel',
      'gender',
      'age_band',
    ])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n), minutes: Number(r.minutes) }));
}
export type ContactGroup = Awaited<ReturnType<typeof contactGroups>>[number];

/** No-shows of a year per month and service (months in the service's zone). */
export async function noShowGroups(db: Executor, t: Tenant, q: { year: number; serviceId: string | null }) {
  let query = db
    .selectFrom('counselling_appointments as a')
    .innerJoin('counselling_services as s', (j) =>
      j.onRef('s.municipality_id', '=', 'a.municipality_id').onRef('s.id', '=', 'a.service_id'),
    )
    .select([
      sql<number>`extract(month from (a.starts_at at time zone s.time_zone))::int`.as('month'),
      'a.service_id',
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.status', '=', 'no_show')
    .where(sql<number>`extract(year from (a.starts_at at time zone s.time_zone))::int`, '=', q.year);
  if (q.serviceId) query = query.where('a.service_id', '=', q.serviceId);
  const rows = await query.groupBy(['month', 'a.service_id']).execute();
  return rows.map((r) => ({ month: r.month, service_id: r.service_id, n: Number(r.n) }));
}

/** The services of a municipality with their titles (for the figures' choice and headings). */
export async function servicesWithTitles(db: Executor, t: Tenant, locale: string) {
  return db
    .selectFrom('counselling_services as s')
    .select('s.id')
    .select(
      sql<string>`coalesce((select title from counselling_service_texts x where x.municipality_id = s.municipality_id
        and x.service_id = s.id order by (x.locale = ${locale}) desc, (x.locale = 'de') desc limit 1), '')`.as('title'),
    )
    .where('s.municipality_id', '=', t.municipalityId)
    .orderBy('s.created_at')
    .execute();
}

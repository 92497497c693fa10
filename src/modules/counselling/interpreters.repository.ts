import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import './counselling.tables.ts';

// The pool (interpreters and their weekly hours) and the requests they accept. Every query filters by the tenant.

export interface Interpreter {
  id: string;
  user_id: string;
  display_name: string;
  languages: string[];
  active: boolean;
}

export interface WeeklyHours {
  weekday: number;
  starts: string;
  ends: string;
}

/** A request as an interpreter sees it: the service, the time and the language; never the person. */
export interface OpenRequest {
  id: string;
  language: string;
  startsAt: Date;
  endsAt: Date;
  serviceId: string;
  status: string;
}

const COLUMNS = ['id', 'user_id', 'display_name', 'languages', 'active'] as const;

export function listInterpreters(db: Executor, t: Tenant): Promise<Interpreter[]> {
  return db
    .selectFrom('counselling_interpreters')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}

export async function findInterpreter(db: Executor, t: Tenant, id: string): Promise<Interpreter | undefined> {
  return db
    .selectFrom('counselling_interpreters')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The interpreter record of a person in the tenant (one per person and municipality). */
export async function interpreterOfUser(db: Executor, t: Tenant, userId: string): Promise<Interpreter | undefined> {
  return db
    .selectFrom('counselling_interpreters')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertInterpreter(
  db: Executor,
  t: Tenant,
  v: { userId: string; displayName: string; languages: string[]; active: boolean },
): Promise<string> {
  const row = await db
    .insertInto('counselling_interpreters')
    .values({
      municipality_id: t.municipalityId,
      user_id: v.userId,
      display_name: v.displayName,
      languages: v.languages,
      active: v.active,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateInterpreter(
  db: Executor,
  t: Tenant,
  id: string,
  v: { displayName: string; languages: string[]; active: boolean },
): Promise<boolean> {
  const r = await db
    .updateTable('counselling_interpreters')
    .set({ display_name: v.displayName, languages: v.languages, active: v.active })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export function hoursOf(db: Executor, t: Tenant, interpreterId: string): Promise<WeeklyHours[]> {
  return db
    .selectFrom('counselling_interpreter_hours')
    .select([
      'weekday',
      sql<string>`to_char(starts, 'HH24:MI')`.as('starts'),
      sql<string>`to_char(ends, 'HH24:MI')`.as('ends'),
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('interpreter_id', '=', interpreterId)
    .orderBy('weekday')
    .orderBy('starts')
    .execute();
}

/** Replaces an interpreter's weekly hours (the form sends them all). */
export async function replaceHours(
  db: Executor,
  t: Tenant,
  interpreterId: string,
  hours: WeeklyHours[],
): Promise<void> {
  await db
    .deleteFrom('counselling_interpreter_hours')
    .where('municipality_id', '=', t.municipalityId)
    .where('interpreter_id', '=', interpreterId)
    .execute();
  if (hours.length === 0) return;
  await db
    .insertInto('counselling_interpreter_hours')
    .values(hours.map((h) => ({ municipality_id: t.municipalityId, interpreter_id: interpreterId, ...h })))
    .execute();
}

// A request the interpreter could take: open, in one of their languages, in the future, inside one of their weekly
// hours on the appointment's local day (the service's time zone), and not overlapping one they already accepted.
const takeable = (t: Tenant, it: Interpreter, now: Date) => sql`
  r.municipality_id = ${t.municipalityId} and r.status = 'open' and r.language = any(${it.languages}::text[])
  and lower(r.blocks) > ${now}
  and exists (select 1 from counselling_interpreter_hours h
     where h.municipality_id = r.municipality_id and h.interpreter_id = ${it.id}
       and h.weekday = extract(isodow from (lower(r.blocks) at time zone s.time_zone))
       and h.starts <= (lower(r.blocks) at time zone s.time_zone)::time
       and (upper(r.blocks) at time zone s.time_zone)::date = (lower(r.blocks) at time zone s.time_zone)::date
       and h.ends >= (upper(r.blocks) at time zone s.time_zone)::time)
  and not exists (select 1 from counselling_interpreter_requests b
     where b.municipality_id = r.municipality_id and b.interpreter_id = ${it.id} and b.status = 'accepted'
       and b.blocks && r.blocks)`;

const FROM = sql`counselling_interpreter_requests r
  join counselling_appointments a on a.municipality_id = r.municipality_id and a.id = r.appointment_id
  join counselling_services s on s.municipality_id = a.municipality_id and s.id = a.service_id`;

/** The open requests this interpreter could accept now, soonest first. */
export async function takeableRequests(db: Executor, t: Tenant, it: Interpreter, now: Date): Promise<OpenRequest[]> {
  const { rows } = await sql<OpenRequest>`
    select r.id, r.language, r.status, lower(r.blocks) as "startsAt", upper(r.blocks) as "endsAt",
           a.service_id as "serviceId"
      from ${FROM} where ${takeable(t, it, now)} order by lower(r.blocks), r.id limit 200`.execute(db);
  return rows;
}

export async function countTakeable(db: Executor, t: Tenant, it: Interpreter, now: Date): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from ${FROM} where ${takeable(t, it, now)}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The interpreter's accepted assignments from `since` on. */
export async function assignmentsOf(
  db: Executor,
  t: Tenant,
  interpreterId: string,
  since: Date,
): Promise<OpenRequest[]> {
  const { rows } = await sql<OpenRequest>`
    select r.id, r.language, r.status, lower(r.blocks) as "startsAt", upper(r.blocks) as "endsAt",
           a.service_id as "serviceId"
      from ${FROM}
     where r.municipality_id = ${t.municipalityId} and r.interpreter_id = ${interpreterId}
       and r.status = 'accepted' and upper(r.blocks) > ${since}
     order by lower(r.blocks), r.id`.execute(db);
  return rows;
}

/** Whether the request's local time lies inside one of the interpreter's weekly hours. */
export async function availableFor(db: Executor, t: Tenant, it: Interpreter, requestId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`
    select exists (select 1 from ${FROM} where r.id = ${requestId} and ${takeable(t, it, new Date(0))}) as ok`.execute(
    db,
  );
  return rows[0]?.ok === true;
}

/** Locks a request for the acceptance (a second acceptance waits here, then sees the first). */
export function lockRequest(db: Executor, t: Tenant, id: string) {
  return db
    .selectFrom('counselling_interpreter_requests')
    .select(['id', 'status', 'language', 'interpreter_id', 'appointment_id', 'blocks'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markAccepted(
  db: Executor,
  t: Tenant,
  id: string,
  interpreterId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('counselling_interpreter_requests')
    .set({ status: 'accepted', interpreter_id: interpreterId, accepted_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute();
}

/** Active interpreters of the pool who speak `language` (to tell them of a new request). */
export function poolOfLanguage(db: Executor, t: Tenant, language: string): Promise<{ user_id: string }[]> {
  return db
    .selectFrom('counselling_interpreters')
    .select('user_id')
    .where('municipality_id', '=', t.municipalityId)
    .where('active', '=', true)
    .where(sql<boolean>`${language} = any(languages)`)
    .execute();
}

/** Titles of services in a locale, falling back to the service's source text. */
export async function serviceTitles(
  db: Executor,
  t: Tenant,
  ids: string[],
  locale: string,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('counselling_service_texts as x')
    .innerJoin('counselling_services as s', (j) =>
      j.onRef('s.municipality_id', '=', 'x.municipality_id').onRef('s.id', '=', 'x.service_id'),
    )
    .select(['x.service_id', 'x.locale', 'x.title', 's.source_locale'])
    .where('x.municipality_id', '=', t.municipalityId)
    .where('x.service_id', 'in', ids)
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) if (r.locale === r.source_locale || !out.has(r.service_id)) out.set(r.service_id, r.title);
  for (const r of rows) if (r.locale === locale) out.set(r.service_id, r.title);
  return out;
}

/** Whether the interpreter already accepted a request at an overlapping time (the constraint has the last word). */
export async function overlapsAccepted(
  db: Executor,
  t: Tenant,
  interpreterId: string,
  blocks: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('counselling_interpreter_requests')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('interpreter_id', '=', interpreterId)
    .where('status', '=', 'accepted')
    .where(sql<boolean>`blocks && ${blocks}::tstzrange`)
    .executeTakeFirst();
  return row !== undefined;
}

import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';

// Test fixtures: a service with a counsellor and weekly hours, and an interpreter, written straight into the core
// tables, so that each part's tests have something to book, list or accept whatever the other parts' pages do.

export interface FixtureService {
  serviceId: string;
  counsellorId: string;
  /** The counsellor's account (role counsellor in the municipality). */
  userId: string;
}

let serial = 0;

async function userWithRole(db: Kysely<Database>, m: string, role: 'counsellor' | 'interpreter', name: string) {
  serial++;
  const user = await db
    .insertInto('users')
    .values({
      email: `${role}-${process.pid}-${serial}-${Date.now()}@example.test`,
      display_name: name,
      password_hash: null,
      totp_secret: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('role_assignments').values({ user_id: user.id, role, municipality_id: m }).execute();
  return user.id;
}

/**
 * An active service in municipality `m` (in person at an address, by phone too), its German title, one counsellor
 * with an account, and weekly hours Monday to Friday `hours` (default 09:00–12:00) valid from 2026-01-01.
 */
export async function fixtureService(
  db: Kysely<Database>,
  m: string,
  o: {
    title?: string;
    languages?: string[];
    topics?: string[];
    slotMinutes?: number;
    bufferMinutes?: number;
    minNoticeHours?: number;
    horizonDays?: number;
    cancelCutoffHours?: number;
    hours?: [string, string];
    weekdays?: number[];
    userId?: string;
  } = {},
): Promise<FixtureService> {
  const service = await db
    .insertInto('counselling_services')
    .values({
      municipality_id: m,
      topics: o.topics ?? ['migration', 'residence', 'housing'],
      languages: o.languages ?? ['de', 'ar', 'fa'],
      channels: ['in_person', 'phone'],
      street: 'Am Markt 1',
      postcode: '49716',
      city: 'Meppen',
      slot_minutes: o.slotMinutes ?? 30,
      buffer_minutes: o.bufferMinutes ?? 0,
      min_notice_hours: o.minNoticeHours ?? 0,
      horizon_days: o.horizonDays ?? 60,
      cancel_cutoff_hours: o.cancelCutoffHours ?? 2,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('counselling_service_texts')
    .values({
      municipality_id: m,
      service_id: service.id,
      locale: 'de',
      title: o.title ?? `Beratung ${++serial}`,
      description: 'Beratung zu Aufenthalt, Wohnen und Behörden.',
    })
    .execute();
  const userId = o.userId ?? (await userWithRole(db, m, 'counsellor', 'Beraterin Test'));
  const counsellor = await db
    .insertInto('counselling_counsellors')
    .values({
      municipality_id: m,
      service_id: service.id,
      user_id: userId,
      display_name: 'Frau Test',
      languages: o.languages ?? ['de', 'ar'],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [from, to] = o.hours ?? ['09:00', '12:00'];
  await db
    .insertInto('counselling_hours')
    .values(
      (o.weekdays ?? [1, 2, 3, 4, 5]).map((weekday) => ({
        municipality_id: m,
        counsellor_id: counsellor.id,
        weekday,
        starts: from,
        ends: to,
        valid_from: '2026-01-01',
      })),
    )
    .execute();
  return { serviceId: service.id, counsellorId: counsellor.id, userId };
}

/** An interpreter of municipality `m` for `languages`, with an account (role interpreter), available on weekdays. */
export async function fixtureInterpreter(
  db: Kysely<Database>,
  m: string,
  languages: string[],
): Promise<{ interpreterId: string; userId: string }> {
  const userId = await userWithRole(db, m, 'interpreter', 'Sprachmittler Test');
  const row = await db
    .insertInto('counselling_interpreters')
    .values({ municipality_id: m, user_id: userId, display_name: 'Sprachmittler Test', languages })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('counselling_interpreter_hours')
    .values(
      [1, 2, 3, 4, 5].map((weekday) => ({
        municipality_id: m,
        interpreter_id: row.id,
        weekday,
        starts: '08:00',
        ends: '18:00',
      })),
    )
    .execute();
  return { interpreterId: row.id, userId };
}

/** The number of pairs of active appointments of one counsellor that overlap (must always be 0). */
export async function overlappingAppointments(db: Kysely<Database>, m: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from counselling_appointments a join counselling_appointments b
      on a.municipality_id = b.municipality_id and a.counsellor_id = b.counsellor_id and a.id < b.id
     where a.municipality_id = ${m} and a.status <> 'cancelled' and b.status <> 'cancelled'
       and a.starts_at < b.ends_at and b.starts_at < a.ends_at`.execute(db);
  return rows[0]?.n ?? 0;
}

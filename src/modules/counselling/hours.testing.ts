import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/types.ts';

// Test helper: an appointment written straight into the table (as the booking part's use case would), so that the
// hours part can test the slots and the database guard without the booking pages.

const hex = () => randomBytes(32).toString('hex');

/** Inserts an active appointment of a counsellor from `startsAt` for `minutes`, blocking `breakMinutes` more. */
export async function insertTestAppointment(
  db: Kysely<Database>,
  m: string,
  a: { serviceId: string; counsellorId: string; startsAt: Date; minutes: number; breakMinutes?: number },
): Promise<string> {
  const endsAt = new Date(a.startsAt.getTime() + a.minutes * 60_000);
  const until = new Date(endsAt.getTime() + (a.breakMinutes ?? 0) * 60_000);
  const row = await db
    .insertInto('counselling_appointments')
    .values({
      municipality_id: m,
      service_id: a.serviceId,
      counsellor_id: a.counsellorId,
      starts_at: a.startsAt,
      ends_at: endsAt,
      blocks: sql<string>`tstzrange(${a.startsAt.toISOString()}::timestamptz, ${until.toISOString()}::timestamptz, '[)')`,
      channel: 'in_person',
      topic: 'migration',
      language: 'ar',
      name: 'Test',
      locale: 'de',
      token_hash: hex(),
      code_hash: hex(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { tenant } from '../../platform/db/tenant.ts';
import type { Database } from '../../platform/db/types.ts';
import { type PoolMailEnv, requestInterpreter } from './interpreters.requests.ts';

// Test fixtures: an appointment (written straight into the core table, whatever the booking pages do) that asks the
// pool for an interpreter through the seam, as the appointments part does.

const hash = () => createHash('sha256').update(randomBytes(16)).digest('hex');

/** An appointment of the service's counsellor at `starts` (an ISO string with its offset) with an open request. */
export async function appointmentWithRequest(
  db: Kysely<Database>,
  m: string,
  s: { serviceId: string; counsellorId: string },
  starts: string,
  o: { minutes?: number; language?: string; name?: string; env?: PoolMailEnv } = {},
): Promise<string> {
  const startsAt = new Date(starts);
  const endsAt = new Date(startsAt.getTime() + (o.minutes ?? 60) * 60_000);
  const language = o.language ?? 'ar';
  const a = await db
    .insertInto('counselling_appointments')
    .values({
      municipality_id: m,
      service_id: s.serviceId,
      counsellor_id: s.counsellorId,
      starts_at: startsAt,
      ends_at: endsAt,
      blocks: `[${startsAt.toISOString()},${endsAt.toISOString()})`,
      channel: 'in_person',
      topic: 'residence',
      language,
      interpreter_language: language,
      name: o.name ?? 'Test',
      locale: 'de',
      token_hash: hash(),
      code_hash: hash(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return db
    .transaction()
    .execute((tx) => requestInterpreter(tx, tenant(m), { appointmentId: a.id, language, startsAt, endsAt }, o.env));
}

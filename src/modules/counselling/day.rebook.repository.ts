import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { AppointmentForUpdate } from './day.repository.ts';

// SQL of rebooking for the person (the day part's own, until the appointments part offers `bookForPerson`).

/** Cancels the old appointment; its link and code hashes are replaced so the new appointment can take them. */
export async function retireAppointment(db: Executor, t: Tenant, id: string, now: Date, hashes: [string, string]) {
  await db
    .updateTable('counselling_appointments')
    .set({
      status: 'cancelled',
      cancelled_at: now,
      token_hash: hashes[0],
      code_hash: hashes[1],
      sequence: sql`sequence + 1`,
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function bufferOf(db: Executor, t: Tenant, serviceId: string): Promise<number> {
  const row = await db
    .selectFrom('counselling_services')
    .select('buffer_minutes')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return row.buffer_minutes;
}

/** The new appointment: the old one's person, topic, language and link, at the new time. */
export async function insertRebooked(
  db: Executor,
  t: Tenant,
  a: AppointmentForUpdate,
  v: { counsellorId: string; startsAt: Date; endsAt: Date; blockedUntil: Date; by: string | null },
): Promise<string> {
  const row = await db
    .insertInto('counselling_appointments')
    .values({
      municipality_id: t.municipalityId,
      service_id: a.service_id,
      counsellor_id: v.counsellorId,
      starts_at: v.startsAt,
      ends_at: v.endsAt,
      blocks: `[${v.startsAt.toISOString()},${v.blockedUntil.toISOString()})`,
      channel: a.channel,
      topic: a.topic,
      language: a.language,
      interpreter_language: a.interpreter_language,
      name: a.name,
      email: a.email,
      phone: a.phone,
      locale: a.locale,
      token_hash: a.token_hash,
      code_hash: a.code_hash,
      booked_by_user_id: v.by,
      rebooked_from: a.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

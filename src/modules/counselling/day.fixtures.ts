import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';
import { instantOf, localDay } from './slots.ts';

// Test fixtures of the day part: an appointment written straight into the core table (whatever the appointments
// part's booking pages do), with a name, so that the day list has someone to show.

const hash = () => createHash('sha256').update(randomBytes(16)).digest('hex');

/** A booked appointment of `minutes` from `startsAt` with the service's counsellor. */
export async function fixtureAppointment(
  db: Kysely<Database>,
  m: string,
  o: {
    serviceId: string;
    counsellorId: string;
    startsAt: Date;
    minutes?: number;
    name?: string;
    language?: string;
    interpreterLanguage?: string | null;
    topic?: string;
  },
): Promise<string> {
  const endsAt = new Date(o.startsAt.getTime() + (o.minutes ?? 30) * 60_000);
  const row = await db
    .insertInto('counselling_appointments')
    .values({
      municipality_id: m,
      service_id: o.serviceId,
      counsellor_id: o.counsellorId,
      starts_at: o.startsAt,
      ends_at: endsAt,
      blocks: `[${o.startsAt.toISOString()},${endsAt.toISOString()})`,
      channel: 'in_person',
      topic: o.topic ?? 'residence',
      language: o.language ?? 'ar',
      interpreter_language: o.interpreterLanguage ?? null,
      name: o.name ?? 'Samira Haddad',
      phone: '+4959310000',
      locale: 'ar',
      token_hash: hash(),
      code_hash: hash(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The local day (Europe/Berlin) `days` after `now`, at `hh:mm` local, as an instant. */
export function berlinAt(now: Date, days: number, hh: number, mm = 0): Date {
  const day = localDay(new Date(now.getTime() + days * 86_400_000), 'Europe/Berlin');
  return instantOf(day, hh * 60 + mm, 'Europe/Berlin');
}

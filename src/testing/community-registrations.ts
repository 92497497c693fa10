import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { codeHash, codeSecret, registrationCode } from '../modules/community/registrations.code.ts';
import { daysFrom, fixtureOccurrence } from '../modules/community/registrations.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import { demoEmail } from '../seed/demo-accounts.ts';

/**
 * Dates of an event organised by Meppen's demo volunteer — one coming with a registration, one begun an hour ago —
 * so that the crawls reach the organiser's pages (list, CSV, attendance) by links, whatever the events demo holds.
 * Returns the pages a crawl may start from: the coming date's registration form, the registration's page, the
 * organiser's attendance form of the date that began and list of the coming date's registrations.
 */
export async function registrationsToRead(
  db: Kysely<Database>,
  now: Date,
): Promise<{ register: string; holder: string; attendance: string; list: string }> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
  const volunteer = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', demoEmail('ehrenamt.meppen'))
    .executeTakeFirstOrThrow();
  const organised = { organiserUserId: volunteer.id, title: 'Sprachcafé am Esterfeld' };
  const coming = await fixtureOccurrence(db, m.id, { startsAt: daysFrom(now, 4), places: 12, ...organised });
  const began = await fixtureOccurrence(db, m.id, {
    startsAt: new Date(now.getTime() - 3600_000),
    places: 12,
    ...organised,
  });
  const id = randomUUID();
  const code = registrationCode(await codeSecret(db), id);
  await db
    .insertInto('community_registrations')
    .values({
      id,
      municipality_id: m.id,
      occurrence_id: coming.occurrenceId,
      name: 'Crawl',
      email: 'crawl@example.org',
      locale: 'de',
      party_size: 1,
      consent_at: now,
      status: 'confirmed',
      token_hash: codeHash(code),
    })
    .execute();
  await db
    .updateTable('community_occurrences')
    .set({ confirmed_count: 1 })
    .where('id', '=', coming.occurrenceId)
    .execute();
  return {
    register: `/de/m/meppen/events/${coming.eventId}/occurrences/${coming.occurrenceId}/register`,
    holder: `/de/m/meppen/registrations/${code}`,
    attendance: `/de/m/meppen/admin/events/${began.eventId}/occurrences/${began.occurrenceId}/registrations/attendance`,
    list: `/de/m/meppen/admin/events/${coming.eventId}/occurrences/${coming.occurrenceId}/registrations`,
  };
}

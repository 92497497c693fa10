import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import { appointmentWithRequest } from '../modules/counselling/interpreters.fixtures.ts';

const DAY = 86_400_000;

/** An open Dari request `days` ahead at 10:00 Berlin time (a fresh service, so that it never collides). */
export async function openRequest(db: Kysely<Database>, municipalityId: string, days: number): Promise<string> {
  const s = await fixtureService(db, municipalityId, { weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const day = new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  // 10:00 in Berlin is 08:00 or 09:00 UTC; 09:00Z lies inside 00:00–23:59 local either way.
  return appointmentWithRequest(db, municipalityId, s, `${day}T09:00:00Z`, { language: 'prs' });
}

/** Puts the person with this e-mail address into the pool (Dari, Farsi; every day) by writing the rows directly. */
export async function joinPool(db: Kysely<Database>, municipalityId: string, email: string): Promise<void> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const it = await db
    .insertInto('counselling_interpreters')
    .values({ municipality_id: municipalityId, user_id: user.id, display_name: 'Tour', languages: ['prs', 'fa'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('counselling_interpreter_hours')
    .values(
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        municipality_id: municipalityId,
        interpreter_id: it.id,
        weekday,
        starts: '00:00',
        ends: '23:59',
      })),
    )
    .execute();
}

/**
 * The pages that show every form of the interpreters part to `email` (who holds every municipal role): the pool and
 * its new form, and the interpreter page with an open request to accept (the person is put into the pool for it).
 */
export async function interpreterFormPages(db: Kysely<Database>, municipalityId: string, email: string) {
  await joinPool(db, municipalityId, email);
  await openRequest(db, municipalityId, 30);
  return ['/de/m/meppen/admin/counselling/interpreters', '/de/m/meppen/interpreting'];
}

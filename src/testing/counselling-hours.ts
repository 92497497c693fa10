import type { Kysely } from 'kysely';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import type { Database } from '../platform/db/types.ts';

/** A day `days` after `now` (YYYY-MM-DD), for exceptions that must lie ahead. */
export function dayAhead(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Makes the person with `email` a counsellor of two services in municipality `m` (hours on Monday and Tuesday, a
 * day off ahead) so that every form of the hours pages shows: their own page and a keeper's page of the same
 * person. Returns the start pages for a crawl.
 */
export async function hoursFormsFixture(
  db: Kysely<Database>,
  m: string,
  slug: string,
  email: string,
): Promise<string[]> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const a = await fixtureService(db, m, { title: 'Sprechstunde Formulare', weekdays: [1], userId: user.id });
  await fixtureService(db, m, { title: 'Beratung Formulare', weekdays: [2], userId: user.id });
  await db
    .insertInto('counselling_exceptions')
    .values({ municipality_id: m, counsellor_id: a.counsellorId, day: dayAhead(new Date(), 20), reason: 'leave' })
    .execute();
  return [
    `/de/m/${slug}/admin/counselling/hours`,
    `/de/m/${slug}/admin/counselling/counsellors/${a.counsellorId}/hours`,
  ];
}

import { eventTitle } from './registrations.read.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { RegistrationStatus } from './registrations.tables.ts';

/** One of a person's own registrations, as "My registrations" lists it. */
export interface MyRegistration {
  id: string;
  municipalityId: string;
  municipalityName: string;
  municipalitySlug: string;
  status: RegistrationStatus;
  occurrenceStatus: 'scheduled' | 'cancelled';
  startsAt: Date;
  title: string;
}

/**
 * The registrations a signed-in person made with their account, in every municipality (a person registers where
 * they like): the one read here that is not scoped to a tenant, because it is scoped to the person, as their
 * account is. Names of municipalities come from the caller.
 */
export async function registrationsOfUser(
  db: Executor,
  userId: string,
  locale: string,
): Promise<Omit<MyRegistration, 'municipalityName' | 'municipalitySlug'>[]> {
  const rows = await db
    .selectFrom('community_registrations as r')
    .innerJoin('community_occurrences as o', (j) =>
      j.onRef('o.municipality_id', '=', 'r.municipality_id').onRef('o.id', '=', 'r.occurrence_id'),
    )
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .select((eb) => [
      'r.id',
      'r.municipality_id',
      'r.status',
      'o.status as occurrence_status',
      'o.starts_at',
      eventTitle(eb, locale).as('title'),
    ])
    .where('r.user_id', '=', userId)
    .where('r.erased_at', 'is', null)
    .orderBy('o.starts_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    municipalityId: r.municipality_id,
    status: r.status,
    occurrenceStatus: r.occurrence_status,
    startsAt: new Date(r.starts_at),
    title: r.title,
  }));
}

/** How many coming dates a person is registered for (the count on their "My Zuhause" tile). */
export async function comingRegistrationsOfUser(db: Executor, userId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('community_registrations as r')
    .innerJoin('community_occurrences as o', (j) =>
      j.onRef('o.municipality_id', '=', 'r.municipality_id').onRef('o.id', '=', 'r.occurrence_id'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('r.user_id', '=', userId)
    .where('r.status', '<>', 'cancelled')
    .where('o.status', '=', 'scheduled')
    .where('o.starts_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';

// Test fixtures: an event and one date of it written straight into the core tables (the events part builds the
// real forms; these tests need only a date to register for).

export interface FixtureOccurrence {
  eventId: string;
  occurrenceId: string;
}

/** A published event with one date `startsAt` and `places` places (null: no limit). */
export async function fixtureOccurrence(
  db: Kysely<Database>,
  municipalityId: string,
  o: {
    startsAt: Date;
    places: number | null;
    title?: string;
    status?: 'scheduled' | 'cancelled';
    eventStatus?: 'draft' | 'published' | 'cancelled';
    organiserUserId?: string | null;
    registration?: 'required' | 'none';
  },
): Promise<FixtureOccurrence> {
  const local = o.startsAt.toISOString().slice(0, 19);
  const event = await db
    .insertInto('community_events')
    .values({
      municipality_id: municipalityId,
      type_key: 'cooking_evening',
      status: o.eventStatus ?? 'published',
      organiser_user_id: o.organiserUserId ?? null,
      organiser_name: 'Landfrauen',
      address: 'Dorfstraße 1, 27330 Asendorf',
      starts_local: local,
      duration_minutes: 150,
      capacity: o.places,
      registration: o.registration ?? 'required',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('community_event_texts')
    .values({
      municipality_id: municipalityId,
      event_id: event.id,
      locale: 'de',
      title: o.title ?? 'Internationaler Kochabend',
      description: 'Wir kochen gemeinsam Gerichte aus aller Welt.',
    })
    .execute();
  const occ = await db
    .insertInto('community_occurrences')
    .values({
      municipality_id: municipalityId,
      event_id: event.id,
      original_start: o.startsAt,
      starts_at: o.startsAt,
      ends_at: new Date(o.startsAt.getTime() + 150 * 60_000),
      status: o.status ?? 'scheduled',
      capacity: o.places,
      places: o.places,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { eventId: event.id, occurrenceId: occ.id };
}

/** A time `days` days from `from`, at 18:00 UTC (19:00 or 20:00 in Germany). */
export function daysFrom(from: Date, days: number): Date {
  const d = new Date(from.getTime() + days * 86_400_000);
  d.setUTCHours(18, 0, 0, 0);
  return d;
}

/** One more date of an event made by `fixtureOccurrence`. */
export async function addOccurrence(
  db: Kysely<Database>,
  municipalityId: string,
  eventId: string,
  o: { startsAt: Date; places: number | null; status?: 'scheduled' | 'cancelled'; movedTo?: Date },
): Promise<string> {
  const starts = o.movedTo ?? o.startsAt;
  const row = await db
    .insertInto('community_occurrences')
    .values({
      municipality_id: municipalityId,
      event_id: eventId,
      original_start: o.startsAt,
      starts_at: starts,
      ends_at: new Date(starts.getTime() + 150 * 60_000),
      status: o.status ?? 'scheduled',
      capacity: o.places,
      places: o.places,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

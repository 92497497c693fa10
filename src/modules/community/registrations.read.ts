import { type Expression, type ExpressionBuilder, sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Database, Executor } from '../../platform/db/types.ts';

// Reads of the core tables as the registrations part needs them: one date of an event with its title in the
// reader's language (or the event's source language), its place and how full it is.

/** One date of an event as a registration page shows it. */
export interface OccurrenceForRegistration {
  id: string;
  eventId: string;
  startsAt: Date;
  endsAt: Date;
  originalStart: Date;
  status: 'scheduled' | 'cancelled';
  places: number | null;
  confirmed: number;
  waiting: number;
  eventStatus: 'draft' | 'published' | 'cancelled';
  registration: 'required' | 'none';
  organiserUserId: string | null;
  organiserName: string;
  title: string;
  /** The language the title is in (the reader's, or the event's source language when not translated). */
  titleLocale: string;
  place: string;
}

/** An event's title in `locale`, else in its source language, else empty (the query names the event `e`). */
export function eventTitle(eb: ExpressionBuilder<Database & { e: Database['community_events'] }, 'e'>, locale: string) {
  const text = (locale: Expression<string>) =>
    eb
      .selectFrom('community_event_texts as x')
      .select('x.title')
      .whereRef('x.municipality_id', '=', 'e.municipality_id')
      .whereRef('x.event_id', '=', 'e.id')
      .where((x) => x.eb('x.locale', '=', locale));
  return eb.fn.coalesce(text(eb.val(locale)), text(eb.ref('e.source_locale')), sql<string>`''`);
}

/** The language of the title `eventTitle` gives: `locale` where the event has a text in it, else its source's. */
export function eventTitleLocale(
  eb: ExpressionBuilder<Database & { e: Database['community_events'] }, 'e'>,
  locale: string,
) {
  const own = eb
    .selectFrom('community_event_texts as x')
    .select('x.locale')
    .whereRef('x.municipality_id', '=', 'e.municipality_id')
    .whereRef('x.event_id', '=', 'e.id')
    .where('x.locale', '=', locale);
  return eb.fn.coalesce(own, eb.ref('e.source_locale'));
}

/** The date `occurrenceId` of event `eventId` in the tenant, or null (another municipality's id is simply absent). */
export async function findOccurrence(
  db: Executor,
  t: Tenant,
  eventId: string,
  occurrenceId: string,
  locale: string,
): Promise<OccurrenceForRegistration | null> {
  const row = await db
    .selectFrom('community_occurrences as o')
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .leftJoin('community_rooms as r', (j) =>
      j.onRef('r.municipality_id', '=', 'e.municipality_id').onRef('r.id', '=', 'e.room_id'),
    )
    .select((eb) => [
      'o.id',
      'o.event_id',
      'o.starts_at',
      'o.ends_at',
      'o.original_start',
      'o.status',
      'o.places',
      'o.confirmed_count',
      'e.status as event_status',
      'e.registration',
      'e.organiser_user_id',
      'e.organiser_name',
      eventTitle(eb, locale).as('title'),
      eventTitleLocale(eb, locale).as('title_locale'),
      sql<string>`coalesce(r.name || ', ' || r.street || ', ' || r.postcode || ' ' || r.city, e.address, '')`.as(
        'place',
      ),
      eb
        .selectFrom('community_registrations as w')
        .select((w) => w.fn.countAll<string>().as('n'))
        .whereRef('w.municipality_id', '=', 'o.municipality_id')
        .whereRef('w.occurrence_id', '=', 'o.id')
        .where('w.status', '=', 'waitlisted')
        .as('waiting'),
    ])
    .where('o.municipality_id', '=', t.municipalityId)
    .where('o.event_id', '=', eventId)
    .where('o.id', '=', occurrenceId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    eventId: row.event_id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    originalStart: new Date(row.original_start),
    status: row.status,
    places: row.places,
    confirmed: row.confirmed_count,
    waiting: Number(row.waiting ?? 0),
    eventStatus: row.event_status,
    registration: row.registration,
    organiserUserId: row.organiser_user_id,
    organiserName: row.organiser_name,
    title: row.title,
    titleLocale: row.title_locale,
    place: row.place,
  };
}

/** The event an occurrence belongs to (for links from a registration, which knows only its date). */
export async function eventOfOccurrence(db: Executor, t: Tenant, occurrenceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('community_occurrences')
    .select('event_id')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', occurrenceId)
    .executeTakeFirst();
  return row?.event_id ?? null;
}

/** Places still free on a date (null: no limit). */
export function placesLeft(o: Pick<OccurrenceForRegistration, 'places' | 'confirmed'>): number | null {
  return o.places === null ? null : Math.max(0, o.places - o.confirmed);
}

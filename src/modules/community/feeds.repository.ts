import { type ExpressionBuilder, sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Database, Executor } from '../../platform/db/types.ts';
import './community.tables.ts';

// Reads of the feeds part (calendar feeds, the events API, the Quartier page): the core tables, never written
// here. Drafts are never shown; a cancelled series is, so that subscribers learn it was called off.

/** Which events a feed holds: all of a municipality's, a Quartier's, an organiser's, or one series. */
export type FeedScope =
  | { kind: 'municipality' }
  | { kind: 'quartier'; quartierId: string }
  | { kind: 'organiser'; organiserId: string }
  | { kind: 'event'; eventId: string };

export interface SeriesRow {
  id: string;
  uid: string;
  sequence: number;
  status: 'published' | 'cancelled';
  typeKey: string;
  startsLocal: string;
  timeZone: string;
  durationMinutes: number;
  rrule: string | null;
  sourceLocale: string;
  organiserName: string;
  address: string | null;
  roomName: string | null;
  roomStreet: string | null;
  roomPostcode: string | null;
  roomCity: string | null;
  updatedAt: Date;
}

export interface TextRow {
  eventId: string;
  locale: string;
  title: string;
  description: string;
}

export interface ChangedDate {
  eventId: string;
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  status: 'scheduled' | 'cancelled';
  sequence: number;
}

// The local start as text on both engines (the drivers would make a timestamp without zone a Date in some zone).
const startsLocalText = sql<string>`to_char(e.starts_local, 'YYYY-MM-DD"T"HH24:MI:SS')`.as('startsLocal');

/** What a feed says of a series (a SeriesRow), read by the series' feed and by each of its dates alike. */
const seriesColumns = [
  'e.id',
  'e.uid',
  'e.sequence',
  'e.status',
  'e.type_key as typeKey',
  startsLocalText,
  'e.time_zone as timeZone',
  'e.duration_minutes as durationMinutes',
  'e.rrule',
  'e.source_locale as sourceLocale',
  'e.organiser_name as organiserName',
  'e.address',
  'e.updated_at as updatedAt',
  'r.name as roomName',
  'r.street as roomStreet',
  'r.postcode as roomPostcode',
  'r.city as roomCity',
] as const;

type From = ExpressionBuilder<
  Database & { e: Database['community_events'] } & { r: Database['community_rooms'] },
  'e' | 'r'
>;

/** Events in a Quartier: placed there, or in a room of the Quartier. */
function inQuartier(eb: From, quartierId: string) {
  return eb.or([eb('e.quartier_id', '=', quartierId), eb('r.quartier_id', '=', quartierId)]);
}

function scoped(eb: From, scope: FeedScope) {
  switch (scope.kind) {
    case 'municipality':
      return eb.lit(true);
    case 'quartier':
      return inQuartier(eb, scope.quartierId);
    case 'organiser':
      return eb.or([
        eb('e.organiser_provider_id', '=', scope.organiserId),
        eb('e.organiser_user_id', '=', scope.organiserId),
      ]);
    case 'event':
      return eb('e.id', '=', scope.eventId);
  }
}

/**
 * The series a feed holds: published or called off, in the scope, with a date ending after `since` (a single
 * series' own feed holds it whatever its dates). Their place as the room or the address.
 */
export async function feedSeries(db: Executor, t: Tenant, scope: FeedScope, since: Date): Promise<SeriesRow[]> {
  const rows = await db
    .selectFrom('community_events as e')
    .leftJoin('community_rooms as r', (j) =>
      j.onRef('r.municipality_id', '=', 'e.municipality_id').onRef('r.id', '=', 'e.room_id'),
    )
    .select(seriesColumns)
    .where('e.municipality_id', '=', t.municipalityId)
    .where('e.status', 'in', ['published', 'cancelled'])
    .where((eb) => scoped(eb, scope))
    .where((eb) =>
      scope.kind === 'event'
        ? eb.lit(true)
        : eb.exists(
            eb
              .selectFrom('community_occurrences as o')
              .select('o.id')
              .whereRef('o.municipality_id', '=', 'e.municipality_id')
              .whereRef('o.event_id', '=', 'e.id')
              .where('o.ends_at', '>=', since),
          ),
    )
    .orderBy('e.starts_local')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, status: r.status as SeriesRow['status'] }));
}

/** Titles and descriptions of some events, in every language they have. */
export async function eventTexts(db: Executor, t: Tenant, eventIds: readonly string[]): Promise<TextRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('community_event_texts')
    .select(['event_id as eventId', 'locale', 'title', 'description'])
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', 'in', eventIds)
    .execute();
}

/** The dates of some series that differ from their rule: called off, or moved (start or length changed). */
export async function changedDates(db: Executor, t: Tenant, eventIds: readonly string[]): Promise<ChangedDate[]> {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('community_occurrences as o')
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .select([
      'o.event_id as eventId',
      'o.original_start as originalStart',
      'o.starts_at as startsAt',
      'o.ends_at as endsAt',
      'o.status',
      'o.sequence',
    ])
    .where('o.municipality_id', '=', t.municipalityId)
    .where('o.event_id', 'in', eventIds)
    .where((eb) =>
      eb.or([
        eb('o.status', '=', 'cancelled'),
        eb('o.starts_at', '<>', eb.ref('o.original_start')),
        eb('o.ends_at', '<>', sql<Date>`o.original_start + e.duration_minutes * interval '1 minute'`),
      ]),
    )
    .orderBy('o.original_start')
    .execute();
}

export interface OccurrenceFilter {
  from: Date;
  to: Date;
  typeKey?: string;
  quartierId?: string;
}

export interface OccurrenceRow extends SeriesRow {
  occurrenceId: string;
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  occurrenceStatus: 'scheduled' | 'cancelled';
  places: number | null;
  confirmedCount: number;
  quartierId: string | null;
  roomId: string | null;
  roomQuartierId: string | null;
  languages: string[];
  wheelchairAccessible: boolean;
  stepFree: boolean;
  signLanguage: boolean;
  hearingLoop: boolean;
  familyFriendly: boolean;
  childcare: boolean;
  costCents: number | null;
  registration: 'required' | 'none';
}

function occurrenceQuery(db: Executor, t: Tenant, f: OccurrenceFilter) {
  return db
    .selectFrom('community_occurrences as o')
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .leftJoin('community_rooms as r', (j) =>
      j.onRef('r.municipality_id', '=', 'e.municipality_id').onRef('r.id', '=', 'e.room_id'),
    )
    .where('o.municipality_id', '=', t.municipalityId)
    .where('e.status', 'in', ['published', 'cancelled'])
    .where('o.starts_at', '>=', f.from)
    .where('o.starts_at', '<', f.to)
    .$if(f.typeKey !== undefined, (q) => q.where('e.type_key', '=', f.typeKey!))
    .$if(f.quartierId !== undefined, (q) => q.where((eb) => inQuartier(eb, f.quartierId!)));
}

/** The dates starting in [from, to) with their series, in order of start; a page of them and how many in all. */
export async function occurrencesBetween(
  db: Executor,
  t: Tenant,
  f: OccurrenceFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: OccurrenceRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    occurrenceQuery(db, t, f)
      .select([
        'o.id as occurrenceId',
        'o.original_start as originalStart',
        'o.starts_at as startsAt',
        'o.ends_at as endsAt',
        'o.status as occurrenceStatus',
        'o.places',
        'o.confirmed_count as confirmedCount',
        ...seriesColumns,
        'e.quartier_id as quartierId',
        'e.room_id as roomId',
        'e.languages',
        'e.wheelchair_accessible as wheelchairAccessible',
        'e.step_free as stepFree',
        'e.sign_language as signLanguage',
        'e.hearing_loop as hearingLoop',
        'e.family_friendly as familyFriendly',
        'e.childcare',
        'e.cost_cents as costCents',
        'e.registration',
        'r.quartier_id as roomQuartierId',
      ])
      .orderBy('o.starts_at')
      .orderBy('o.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    occurrenceQuery(db, t, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      status: r.status as SeriesRow['status'],
    })),
    total: Number(count.n),
  };
}

/** The name an organiser (a provider or a person) is shown under on their public events; null when none. */
export async function organiserName(db: Executor, t: Tenant, organiserId: string): Promise<string | null> {
  const row = await db
    .selectFrom('community_events')
    .select('organiser_name')
    .where('municipality_id', '=', t.municipalityId)
    .where('status', 'in', ['published', 'cancelled'])
    .where((eb) => eb.or([eb('organiser_provider_id', '=', organiserId), eb('organiser_user_id', '=', organiserId)]))
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.organiser_name ?? null;
}

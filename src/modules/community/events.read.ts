import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { PageOf, PageSlice } from '../../platform/db/paginate.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { type EventRow, findEvent } from './events.repository.ts';
import { textsOf } from './events.texts.repository.ts';
import type { EventText } from './events.texts.ts';
import { type OccurrenceRow, occurrencesOf } from './occurrences.repository.ts';

/** A room as the events part shows it: its name and address (the rooms part owns the rest). */
export interface RoomPlace {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  wheelchairAccessible: boolean;
}

/** The tenant's active rooms (the form's choices, and the place of events held in them). */
export async function roomsOf(db: Executor, t: Tenant, ids?: readonly string[]): Promise<RoomPlace[]> {
  if (ids && ids.length === 0) return [];
  let q = db
    .selectFrom('community_rooms')
    .select(['id', 'name', 'street', 'postcode', 'city', 'wheelchair_accessible as wheelchairAccessible'])
    .where('municipality_id', '=', t.municipalityId);
  q = ids ? q.where('id', 'in', ids) : q.where('active', '=', true);
  return q.orderBy('name').execute();
}

export async function roomExists(db: Executor, t: Tenant, id: string): Promise<boolean> {
  return (await roomsOf(db, t)).some((r) => r.id === id);
}

/** What the public list filters by; all optional. Days are Europe/Berlin calendar days. */
export interface EventFilter {
  from: Date;
  to: Date | null;
  type?: string;
  lang?: string;
  accessible?: boolean;
  family?: boolean;
  free?: boolean;
  quartierId?: string;
  /** Words searched in the title and description of every language. */
  q?: string;
}

/** One date in the public list, with what its card shows. */
export interface ListedDate {
  id: string;
  eventId: string;
  startsAt: Date;
  endsAt: Date;
  originalStart: Date;
  status: 'scheduled' | 'cancelled';
  places: number | null;
  confirmedCount: number;
  typeKey: string;
  languages: string[];
  costCents: number | null;
  wheelchairAccessible: boolean;
  stepFree: boolean;
  familyFriendly: boolean;
  registration: 'required' | 'none';
  roomId: string | null;
  address: string | null;
  sourceLocale: Locale;
}

// LIKE's own characters typed by a person are searched for as they are.
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered(db: Executor, t: Tenant, f: EventFilter) {
  let q = db
    .selectFrom('community_occurrences as o')
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .where('o.municipality_id', '=', t.municipalityId)
    .where('e.status', '=', 'published')
    .where('o.starts_at', '>=', f.from);
  if (f.to) q = q.where('o.starts_at', '<', f.to);
  if (f.type) q = q.where('e.type_key', '=', f.type);
  if (f.lang) q = q.where(sql<boolean>`${f.lang} = any(e.languages)`);
  if (f.accessible)
    q = q.where((eb) => eb.or([eb('e.wheelchair_accessible', '=', true), eb('e.step_free', '=', true)]));
  if (f.family) q = q.where('e.family_friendly', '=', true);
  if (f.free) q = q.where('e.cost_cents', 'is', null);
  if (f.quartierId) q = q.where('e.quartier_id', '=', f.quartierId);
  if (f.q) {
    const like = likePattern(f.q);
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('community_event_texts as x')
          .select(sql`1`.as('one'))
          .whereRef('x.municipality_id', '=', 'e.municipality_id')
          .whereRef('x.event_id', '=', 'e.id')
          .where(sql<boolean>`(x.title ilike ${like} or x.description ilike ${like})`),
      ),
    );
  }
  return q;
}

const LISTED = [
  'o.id',
  'o.event_id as eventId',
  'o.starts_at as startsAt',
  'o.ends_at as endsAt',
  'o.original_start as originalStart',
  'o.status',
  'o.places',
  'o.confirmed_count as confirmedCount',
  'e.type_key as typeKey',
  'e.languages',
  'e.cost_cents as costCents',
  'e.wheelchair_accessible as wheelchairAccessible',
  'e.step_free as stepFree',
  'e.family_friendly as familyFriendly',
  'e.registration',
  'e.room_id as roomId',
  'e.address',
  'e.source_locale as sourceLocale',
] as const;

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** One page of published dates matching the filter, earliest first, with their events' texts. */
export async function listDates(
  db: Executor,
  t: Tenant,
  f: EventFilter,
  slice: PageSlice | null,
): Promise<PageOf<ListedDate> & { texts: EventText[]; rooms: RoomPlace[] }> {
  const base = filtered(db, t, f);
  let rowsQ = base.select(LISTED).orderBy('o.starts_at').orderBy('o.id');
  if (slice) rowsQ = rowsQ.limit(slice.limit).offset(slice.offset);
  const [raw, count] = await Promise.all([
    rowsQ.execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const rows = raw.map((r) => ({
    ...r,
    startsAt: asDate(r.startsAt),
    endsAt: asDate(r.endsAt),
    originalStart: asDate(r.originalStart),
    sourceLocale: r.sourceLocale as Locale,
  }));
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const roomIds = [...new Set(rows.flatMap((r) => (r.roomId ? [r.roomId] : [])))];
  const [texts, rooms] = await Promise.all([textsOf(db, t, eventIds), roomsOf(db, t, roomIds)]);
  return { rows, total: Number(count.n), texts, rooms };
}

/** An event's public page: the event, its texts, its room, its dates from `from` (the next ones first). */
export interface EventDetail {
  event: EventRow;
  texts: EventText[];
  room: RoomPlace | null;
  dates: OccurrenceRow[];
}

/** A published event with its dates ahead; null for a draft, an unknown id or another tenant's event. */
export async function publicEvent(db: Executor, t: Tenant, id: string, from: Date): Promise<EventDetail | null> {
  const event = await findEvent(db, t, id);
  if (!event || event.status === 'draft') return null;
  const [texts, rooms, all] = await Promise.all([
    textsOf(db, t, [id]),
    event.roomId ? roomsOf(db, t, [event.roomId]) : Promise.resolve([]),
    occurrencesOf(db, t, id),
  ]);
  // A date counts as ahead until it ends: an evening that has begun is still shown as happening.
  const dates = all.filter((o) => o.endsAt > from).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { event, texts, room: rooms[0] ?? null, dates };
}

/** The first active room of the tenant whose name starts so, with its buffer (the demo places events in rooms). */
export async function roomNamed(db: Executor, t: Tenant, prefix: string) {
  return db
    .selectFrom('community_rooms')
    .select(['id', 'buffer_minutes as bufferMinutes'])
    .where('municipality_id', '=', t.municipalityId)
    .where('active', '=', true)
    .where('name', 'like', `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .orderBy('name')
    .executeTakeFirst();
}

/** Whether a room is free (no pending or approved booking, buffers included) for a time. */
export async function roomFreeAt(
  db: Executor,
  t: Tenant,
  roomId: string,
  startsAt: Date,
  until: Date,
): Promise<boolean> {
  const r = await db
    .selectFrom('community_bookings')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('room_id', '=', roomId)
    .where('status', 'in', ['pending', 'approved'])
    .where(
      sql<boolean>`blocks && tstzrange(${startsAt.toISOString()}::timestamptz, ${until.toISOString()}::timestamptz, '[)')`,
    )
    .executeTakeFirst();
  return r === undefined;
}

import { expandSeries, type Series } from '../../lib/calendar/index.ts';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import './community.tables.ts';

// Test support of the feeds part (used by its tests only): rooms, series and their dates written straight into
// the core tables, as the events and rooms parts' forms will write them. Free of the test harness, so the
// module's boundary rules hold.

export interface Place {
  t: Tenant & { slug: string };
  quartierId: string;
}

/** A seeded municipality and one of its Quartiere. */
export async function placeOf(db: Executor, municipality: string, quartier: string): Promise<Place> {
  const m = await db
    .selectFrom('municipalities')
    .select('id')
    .where('slug', '=', municipality)
    .executeTakeFirstOrThrow();
  const q = await db
    .selectFrom('quartiere')
    .select('id')
    .where('municipality_id', '=', m.id)
    .where('slug', '=', quartier)
    .executeTakeFirstOrThrow();
  return { t: { ...tenant(m.id), slug: municipality }, quartierId: q.id };
}

export async function addRoom(
  db: Executor,
  t: Tenant,
  v: { name: string; quartierId: string | null; openingHours?: string | null; providerId?: string | null },
): Promise<string> {
  const row = await db
    .insertInto('community_rooms')
    .values({
      municipality_id: t.municipalityId,
      quartier_id: v.quartierId,
      provider_id: v.providerId ?? null,
      name: v.name,
      street: 'Am Neuen Markt 1',
      postcode: '49716',
      city: 'Meppen',
      capacity: 30,
      opening_hours: v.openingHours ?? null,
      wheelchair_accessible: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface SeriesInput extends Series {
  texts: Record<string, { title: string; description?: string }>;
  quartierId?: string | null;
  roomId?: string | null;
  address?: string | null;
  status?: 'draft' | 'published' | 'cancelled';
  typeKey?: string;
  organiserProviderId?: string | null;
  organiserName?: string;
  sequence?: number;
  capacity?: number | null;
}

/** A series with its texts and its dates from its first start up to `until` (as the events part makes them). */
export async function addSeries(
  db: Executor,
  t: Tenant,
  v: SeriesInput,
  until: Date,
): Promise<{ id: string; uid: string }> {
  const e = await db
    .insertInto('community_events')
    .values({
      municipality_id: t.municipalityId,
      quartier_id: v.quartierId ?? null,
      type_key: v.typeKey ?? 'language_cafe',
      status: v.status ?? 'published',
      organiser_provider_id: v.organiserProviderId ?? null,
      organiser_name: v.organiserName ?? 'Caritasverband Emsland',
      room_id: v.roomId ?? null,
      address: v.roomId ? null : (v.address ?? 'Marktplatz 1, 49716 Meppen'),
      starts_local: v.startsLocal,
      duration_minutes: v.durationMinutes,
      time_zone: v.timeZone,
      rrule: v.rrule,
      capacity: v.capacity ?? null,
      sequence: v.sequence ?? 0,
    })
    .returning(['id', 'uid'])
    .executeTakeFirstOrThrow();
  for (const [locale, text] of Object.entries(v.texts)) {
    await db
      .insertInto('community_event_texts')
      .values({
        municipality_id: t.municipalityId,
        event_id: e.id,
        locale,
        title: text.title,
        description: text.description ?? '',
      })
      .execute();
  }
  const dates = expandSeries(v, new Date('2000-01-01Z'), until);
  if (dates.length > 0) {
    await db
      .insertInto('community_occurrences')
      .values(
        dates.map((d) => ({
          municipality_id: t.municipalityId,
          event_id: e.id,
          original_start: d.originalStart,
          starts_at: d.startsAt,
          ends_at: d.endsAt,
          places: v.capacity ?? null,
        })),
      )
      .execute();
  }
  return e;
}

/** Calls one date of a series off. */
export async function cancelDate(db: Executor, t: Tenant, eventId: string, originalStart: Date): Promise<void> {
  await db
    .updateTable('community_occurrences')
    .set({ status: 'cancelled', sequence: (eb) => eb('sequence', '+', 1) })
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId)
    .where('original_start', '=', originalStart)
    .executeTakeFirstOrThrow();
}

/** Moves one date of a series (its place in the rule stays its RECURRENCE-ID). */
export async function moveDate(
  db: Executor,
  t: Tenant,
  eventId: string,
  originalStart: Date,
  to: { startsAt: Date; endsAt: Date; sequence: number },
): Promise<void> {
  await db
    .updateTable('community_occurrences')
    .set({ starts_at: to.startsAt, ends_at: to.endsAt, sequence: to.sequence })
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId)
    .where('original_start', '=', originalStart)
    .executeTakeFirstOrThrow();
}

const BERLIN = 'Europe/Berlin';

/** The scenario of the feed tests (anchor case 4), in Meppen with a series of Osnabrück beside it. */
export interface FeedScenario {
  meppen: Place;
  /** Weekly Tuesday 18:00 from 17 March to the split, 12 May called off, 19 May moved to 20 May 19:00. */
  before: { id: string; uid: string };
  /** The part from 2 June on, at 19:00: a new series of its own (30 dates). */
  after: { id: string; uid: string };
  /** A single date in another Quartier (Innenstadt), at an address. */
  single: { id: string; uid: string };
  draft: { id: string; uid: string };
  osnabrueck: { id: string; uid: string };
  officeRoomId: string;
  providerId: string;
}

export const at = (instant: string): Date => new Date(instant);

/** Writes the scenario (needs the demo directory: Meppen with Esterfeld and Innenstadt, Osnabrück). */
export async function feedScenario(db: Executor): Promise<FeedScenario> {
  const meppen = await placeOf(db, 'meppen', 'esterfeld');
  const innenstadt = await placeOf(db, 'meppen', 'innenstadt');
  const osna = await placeOf(db, 'osnabrueck', 'schinkel');
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('municipality_id', '=', meppen.t.municipalityId)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const officeRoomId = await addRoom(db, meppen.t, {
    name: 'Quartiersbüro Esterfeld',
    quartierId: meppen.quartierId,
    openingHours: 'Mo-Fr 09:00-12:00; Th 14:00-18:00',
  });
  const cafe = {
    timeZone: BERLIN,
    durationMinutes: 90,
    texts: {
      de: { title: 'Sprachcafé Esterfeld', description: 'Deutsch sprechen bei Tee und Gebäck.\nAlle sind willkommen.' },
      fa: { title: 'کافهٔ زبان استرفلد', description: 'آلمانی صحبت کردن با چای و شیرینی.' },
    },
  };
  const before = await addSeries(
    db,
    meppen.t,
    {
      ...cafe,
      startsLocal: '2026-03-17T18:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260601T235959',
      roomId: officeRoomId,
      organiserProviderId: provider.id,
      sequence: 2,
      capacity: 20,
    },
    at('2027-01-01Z'),
  );
  await cancelDate(db, meppen.t, before.id, at('2026-05-12T16:00:00Z'));
  await moveDate(db, meppen.t, before.id, at('2026-05-19T16:00:00Z'), {
    startsAt: at('2026-05-20T17:00:00Z'),
    endsAt: at('2026-05-20T18:30:00Z'),
    sequence: 3,
  });
  const after = await addSeries(
    db,
    meppen.t,
    { ...cafe, startsLocal: '2026-06-02T19:00', rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=30', quartierId: meppen.quartierId },
    at('2027-06-01Z'),
  );
  const single = await addSeries(
    db,
    meppen.t,
    {
      timeZone: BERLIN,
      durationMinutes: 120,
      startsLocal: '2026-05-16T10:00',
      rrule: null,
      quartierId: innenstadt.quartierId,
      typeKey: 'information_session',
      texts: { de: { title: 'Infoabend Wohnungssuche' } },
    },
    at('2027-01-01Z'),
  );
  const draft = await addSeries(
    db,
    meppen.t,
    { ...cafe, startsLocal: '2026-05-05T15:00', rrule: null, status: 'draft', quartierId: meppen.quartierId },
    at('2027-01-01Z'),
  );
  const osnabrueck = await addSeries(
    db,
    osna.t,
    { ...cafe, startsLocal: '2026-05-05T18:00', rrule: 'FREQ=WEEKLY;COUNT=5', quartierId: osna.quartierId },
    at('2027-01-01Z'),
  );
  return { meppen, before, after, single, draft, osnabrueck, officeRoomId, providerId: provider.id };
}

import { expandSeries, formatLocal, toFloating } from '../../lib/calendar/index.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { bookRoomForEvent } from './bookings.events.ts';
import { roomFreeAt, roomNamed } from './events.read.ts';
import { type EventRow, insertEvent } from './events.repository.ts';
import { DEMO_EVENTS, type DemoEvent } from './events.seed.data.ts';
import { upsertText } from './events.texts.repository.ts';
import { textHash } from './events.texts.ts';
import { type OccurrenceRow, occurrencesOf, setOccurrenceStatus, updateOccurrence } from './occurrences.repository.ts';
import { syncOccurrences } from './occurrences.service.ts';

const DAY = 86_400_000;

/** The series' first date: the first day the rule gives from tomorrow on, at the event's time (Berlin). */
function firstLocal(d: DemoEvent, now: Date): string {
  const tomorrow = formatLocal(toFloating(new Date(now.getTime() + DAY), 'Europe/Berlin')).slice(0, 10);
  const probe = {
    startsLocal: `${tomorrow}T${d.time}:00`,
    timeZone: 'Europe/Berlin',
    durationMinutes: d.minutes,
    rrule: d.rrule,
  };
  const first = expandSeries(probe, now, new Date(now.getTime() + 70 * DAY))[0];
  if (!first) throw new Error(`demo seed: no date for ${d.key}`);
  return formatLocal(toFloating(first.startsAt, 'Europe/Berlin'));
}

async function writeTexts(tx: Tx, municipalityId: string, eventId: string, d: DemoEvent, now: Date) {
  const t = tenant(municipalityId);
  const hash = textHash(d.texts.de);
  for (const [locale, text] of Object.entries(d.texts)) {
    const sourceHash = locale === 'de' ? null : hash;
    await upsertText(tx, t, { eventId, locale: locale as Locale, ...text, sourceHash }, now);
  }
}

/** Books the room (where the rooms part has one of that name) for every date it is free on. */
async function bookFreeDates(tx: Tx, e: EventRow, d: DemoEvent, dates: OccurrenceRow[], ctx: SeedContext) {
  const t = tenant(seedId(ctx, 'municipality', d.municipality));
  const room = d.roomName ? await roomNamed(tx, t, d.roomName) : undefined;
  if (!room || !e.roomId) return;
  const free: OccurrenceRow[] = [];
  for (const o of dates.filter((x) => x.status === 'scheduled')) {
    if (await roomFreeAt(tx, t, room.id, o.startsAt, new Date(o.endsAt.getTime() + room.bufferMinutes * 60_000))) {
      free.push(o);
    }
  }
  if (free.length === 0) return;
  const by = seedId(ctx, 'user', d.organiser);
  await bookRoomForEvent(tx, t, {
    roomId: room.id,
    eventId: e.id,
    title: d.texts.de.title,
    bookedByUserId: by,
    dates: free.map((o) => ({ occurrenceId: o.id, startsAt: o.startsAt, endsAt: o.endsAt })),
  });
}

/** The cooking evening shows a changed calendar: its second date cancelled, its third moved to the Saturday. */
async function changeSomeDates(tx: Tx, t: ReturnType<typeof tenant>, dates: OccurrenceRow[], now: Date) {
  const [, second, third] = dates;
  if (second) await setOccurrenceStatus(tx, t, second.id, 'cancelled', now);
  if (third) {
    const startsAt = new Date(third.startsAt.getTime() + DAY);
    const endsAt = new Date(third.endsAt.getTime() + DAY);
    await updateOccurrence(tx, t, third.id, { startsAt, endsAt, places: third.places }, now);
  }
}

async function seedEvent(tx: Tx, ctx: SeedContext, d: DemoEvent): Promise<void> {
  const municipalityId = seedId(ctx, 'municipality', d.municipality);
  const t = tenant(municipalityId);
  const room = d.roomName ? await roomNamed(tx, t, d.roomName) : undefined;
  const values = {
    quartierId: d.quartier ? seedId(ctx, 'quartier', `${d.municipality}/${d.quartier}`) : null,
    typeKey: d.type,
    organiserProviderId: seedId(ctx, 'provider', `${d.municipality}/${d.provider}`),
    organiserName: d.organiserName,
    roomId: room?.id ?? null,
    address: room ? null : d.address,
    languages: d.languages,
    wheelchairAccessible: d.flags.wheelchair ?? false,
    stepFree: d.flags.stepFree ?? d.flags.wheelchair ?? false,
    signLanguage: false,
    hearingLoop: d.flags.hearingLoop ?? false,
    familyFriendly: d.flags.family ?? false,
    childcare: d.flags.childcare ?? false,
    costCents: d.costCents,
    startsLocal: firstLocal(d, ctx.now),
    durationMinutes: d.minutes,
    timeZone: 'Europe/Berlin',
    rrule: d.rrule,
    capacity: d.capacity,
    registration: d.registration,
    sourceLocale: 'de' as Locale,
  };
  const organiserUserId = seedId(ctx, 'user', d.organiser);
  const { id, uid } = await insertEvent(tx, t, { ...values, organiserUserId, status: 'published' });
  await writeTexts(tx, municipalityId, id, d, ctx.now);
  const event: EventRow = { ...values, id, uid, status: 'published', sequence: 0, organiserUserId };
  const sync = { tx, tenant: t, now: ctx.now, bookedBy: organiserUserId, title: d.texts.de.title, book: false };
  await syncOccurrences(sync, event);
  let dates = await occurrencesOf(tx, t, id);
  if (d.key === 'asendorf/kochabend') {
    await changeSomeDates(tx, t, dates, ctx.now);
    dates = await occurrencesOf(tx, t, id);
  }
  await bookFreeDates(tx, event, d, dates, ctx);
  seedIds(ctx, 'event')[d.key] = id;
  const scheduled = dates.filter((o) => o.status === 'scheduled');
  scheduled.forEach((o, i) => {
    seedIds(ctx, 'occurrence')[`${d.key}/${i + 1}`] = o.id;
  });
}

/**
 * The demo calendar (after the rooms, order 300): Asendorf's monthly cooking evening of the Landfrauen (second
 * date cancelled, third moved), its round table and encounter café, and the language cafés of Meppen and
 * Osnabrück, each with German text and six translations. Records `event` ids by key (`asendorf/kochabend`) and
 * `occurrence` ids of the scheduled dates by key and number (`asendorf/kochabend/1`) for the registrations' demo.
 */
export const eventsSeed: ManifestSeedStep = {
  name: 'community.events',
  order: 310,
  async run(tx, ctx) {
    for (const d of DEMO_EVENTS) await seedEvent(tx, ctx, d);
  },
};

import { toFloating } from '../../lib/calendar/index.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { sourceHash } from '../../platform/i18n/content-texts.ts';
import { insertBooking, setUsed } from './bookings.repository.ts';
import { BOOKING_ZONE, slotsOf } from './bookings.rules.ts';
import { insertRoom, saveRoomText } from './rooms.repository.ts';
import { DEMO_BOOKINGS, DEMO_ROOMS } from './rooms.seed.data.ts';

const DAY = 86_400_000;

/** The Monday of the seed's week as a day (YYYY-MM-DD) plus `days`, in German local time. */
function dayFrom(now: Date, days: number): string {
  const local = toFloating(now, BOOKING_ZONE);
  const monday =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - ((local.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday + days * DAY).toISOString().slice(0, 10);
}

/**
 * The demo's rooms (Asendorf's village hall and the Landfrauen's kitchen, Meppen's Quartiersbüro Esterfeld, two
 * rooms in Osnabrück) with their rules and descriptions in every language, and bookings around the seed's week:
 * weekly groups, waiting requests, past dates with their use recorded or not. Records `room` ids by
 * `municipality/key` for later steps.
 */
export const roomsSeed: ManifestSeedStep = {
  name: 'community.rooms',
  order: 300,
  async run(tx, ctx) {
    const rooms = seedIds(ctx, 'room');
    for (const r of DEMO_ROOMS) {
      const t = tenant(seedId(ctx, 'municipality', r.key.split('/')[0]!));
      const id = await insertRoom(tx, t, {
        ...r.values,
        quartierId: r.quartier ? seedId(ctx, 'quartier', r.quartier) : null,
        providerId: r.provider ? seedId(ctx, 'provider', r.provider) : null,
        sourceLocale: 'de',
      });
      rooms[r.key] = id;
      for (const [locale, description] of Object.entries(r.texts)) {
        const hash = locale === 'de' ? null : sourceHash(r.texts.de);
        await saveRoomText(tx, t, { roomId: id, locale, description, sourceHash: hash, now: ctx.now });
      }
    }
    for (const b of DEMO_BOOKINGS) {
      const t = tenant(seedId(ctx, 'municipality', b.room.split('/')[0]!));
      const room = DEMO_ROOMS.find((x) => x.key === b.room)!;
      const seriesId = crypto.randomUUID();
      for (const s of slotsOf({ date: dayFrom(ctx.now, b.day), from: b.from, to: b.to, weeks: b.weeks }) ?? []) {
        const id = await insertBooking(tx, t, {
          roomId: rooms[b.room]!,
          seriesId,
          bookedByUserId: seedId(ctx, 'user', b.by),
          eventId: null,
          purpose: b.purpose,
          title: b.title,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          blockedUntil: new Date(s.endsAt.getTime() + room.values.bufferMinutes * 60_000),
          status: b.status,
        });
        if (b.used !== undefined && s.startsAt <= ctx.now) await setUsed(tx, t, id, b.used, ctx.now);
      }
    }
  },
};

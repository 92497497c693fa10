import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import type { SeedContext } from '../../platform/modules/seed-context.ts';
import { insertException, insertHours, seatsOfUser, setWalkInHours } from './hours.repository.ts';
import { localDay } from './slots.ts';

const DAY = 86_400_000;

/** Whose demo hours: an account (`user` key), the service (by a part of its German title), the weekly ranges. */
const DEMO_HOURS = [
  {
    municipality: 'osnabrueck',
    user: 'beratung.osnabrueck',
    title: 'Migrationsberatung',
    ranges: [
      [2, '09:00', '12:30'],
      [4, '09:00', '12:30'],
      [3, '14:00', '17:00'],
    ],
    walkIn: 'Tu 13:00-14:00',
    trainingDay: true,
  },
  {
    municipality: 'meppen',
    user: 'qm.meppen',
    title: 'Quartiersbüro',
    ranges: [
      [1, '14:00', '17:00'],
      [4, '09:00', '12:00'],
    ],
    walkIn: 'Mo 10:00-12:00; We 16:00-18:00',
    trainingDay: false,
  },
  {
    municipality: 'osnabrueck',
    user: 'beratung.osnabrueck.mansour',
    title: 'Jugendmigrationsdienst',
    ranges: [
      [1, '13:00', '16:00'],
      [3, '09:00', '12:00'],
    ],
    walkIn: 'Fr 14:00-16:00',
    trainingDay: false,
  },
  {
    municipality: 'meppen',
    user: 'beratung.meppen',
    title: 'Caritas',
    ranges: [
      [1, '09:00', '12:00'],
      [2, '09:00', '12:00'],
      [3, '09:00', '12:00'],
    ],
    walkIn: null,
    trainingDay: false,
  },
] as const;

/** The Wednesday two weeks after the seed's week begins (a training day of the demo). */
function trainingDay(now: Date): string {
  const today = localDay(now, 'Europe/Berlin');
  const d = new Date(`${today}T00:00:00Z`);
  const monday = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
  return new Date(monday + 16 * DAY).toISOString().slice(0, 10);
}

async function seedOne(tx: Tx, ctx: SeedContext, h: (typeof DEMO_HOURS)[number]) {
  const m = ctx.ids.municipality?.[h.municipality];
  const user = ctx.ids.user?.[h.user];
  if (!m || !user) return;
  const t = tenant(m);
  // The services step (110) gave the person a counsellor row per service; the demo's hours go to the named one.
  const seat = (await seatsOfUser(tx, t, user)).find((s) => s.title.includes(h.title));
  if (!seat) return;
  const validFrom = `${localDay(ctx.now, 'Europe/Berlin').slice(0, 4)}-01-01`;
  for (const [weekday, starts, ends] of h.ranges) {
    await insertHours(tx, t, { counsellorId: seat.counsellorId, weekday, starts, ends, validFrom, validUntil: null });
  }
  if (h.trainingDay) {
    const day = trainingDay(ctx.now);
    await insertException(tx, t, {
      counsellorId: seat.counsellorId,
      day,
      starts: null,
      ends: null,
      reason: 'training',
    });
  }
  if (h.walkIn) await setWalkInHours(tx, t, seat.serviceId, h.walkIn);
}

/**
 * The demo counsellors' weekly hours (MBE and JMD Osnabrück, Quartiersbüro Esterfeld and Caritas Meppen), a training day
 * in Osnabrück, and the walk-in hours of the services that have them (kept when the services step set its own).
 */
export const hoursSeed: ManifestSeedStep = {
  name: 'counselling.hours',
  order: 115,
  async run(tx, ctx) {
    for (const h of DEMO_HOURS) await seedOne(tx, ctx, h);
  },
};

import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedIds } from '../../platform/modules/seed-context.ts';
import { AGE_BANDS, GENDERS } from './counselling.tables.ts';
import type { ContactValues } from './day.repository.ts';
import { insertContacts, servicesForSeed } from './day.seed.repository.ts';
import { localDay } from './slots.ts';

// The demo's contact figures: about ten past weeks of counted contacts for the services of Osnabrück and Meppen
// (whatever the services step seeded), so that the figures page shows real-looking months. Numbers come from a
// fixed sequence, not Math.random, so that every seed gives the same figures; some cells stay below five.

const WEEKS = 10;

/** A small deterministic sequence (a linear congruential generator): the same demo every run. */
function sequence(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    // The low bits of this generator repeat quickly: take the high ones.
    return Math.floor(s / 65_536) % n;
  };
}

type SeedService = Awaited<ReturnType<typeof servicesForSeed>>[number];

/** The contacts of one service on the past weekdays: two to five a day, mostly the first topic and language. */
export function demoContacts(s: SeedService, now: Date, seed: number): ContactValues[] {
  const next = sequence(seed);
  const rows: ContactValues[] = [];
  for (let d = 1; d <= WEEKS * 7; d++) {
    const at = new Date(now.getTime() - d * 86_400_000);
    const weekday = at.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const count = 2 + next(4);
    for (let i = 0; i < count; i++) {
      const walkIn = next(4) === 0;
      // Skewed picks: the first topic and language are the common ones, the rest make the small cells.
      const pick = <T>(xs: readonly T[]) => xs[next(3) === 0 ? next(xs.length) : 0]!;
      const counted = next(3) > 0;
      rows.push({
        service_id: s.id,
        day: localDay(at, 'Europe/Berlin'),
        kind: walkIn ? 'walk_in' : 'appointment',
        topic: pick(s.topics),
        language: pick(s.languages),
        interpreter_language: !walkIn && next(8) === 0 ? (['ar', 'fa', 'prs', 'ti'] as const)[next(4)]! : null,
        channel: pick(s.channels),
        duration_minutes: walkIn ? 15 + 5 * next(4) : s.slot_minutes,
        gender: counted ? GENDERS[next(3) === 0 ? 1 : next(3)]! : null,
        age_band: counted ? AGE_BANDS[1 + next(3)]! : null,
        appointment_id: null,
      });
    }
  }
  return rows;
}

export const daySeed: ManifestSeedStep = {
  name: 'counselling.day',
  order: 125,
  async run(tx: Tx, ctx: SeedContext) {
    const municipalities = seedIds(ctx, 'municipality');
    let seed = 7;
    for (const slug of ['osnabrueck', 'meppen']) {
      const id = municipalities[slug];
      if (!id) continue;
      const t = tenant(id);
      for (const s of await servicesForSeed(tx, t)) await insertContacts(tx, t, demoContacts(s, ctx.now, seed++));
    }
  },
};

import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import type { MemberRole } from './housing.tables.ts';

// Demo: households Meppen has already housed, so that the housing office's "time to a home" shows figures at once
// (a size needs at least five cases before a median is shown). Each moved into a flat of Emsland Wohnbau that is
// now let; none of them waits any more.

/** Persons, days from registration to the accepted flat, and how long ago they were housed (days). */
const HOUSED: readonly [persons: number, waited: number, housedAgo: number][] = [
  [2, 140, 30],
  [2, 210, 75],
  [2, 95, 120],
  [2, 260, 200],
  [2, 180, 320],
  [4, 330, 45],
  [4, 410, 110],
  [4, 280, 190],
  [4, 365, 260],
  [4, 450, 400],
  [1, 120, 60],
  [3, 240, 150],
];

/** Streets of Meppen for the let flats, one per household. */
const STREETS = [
  'Obergerichtsstraße',
  'Hasestraße',
  'Bahnhofstraße',
  'Emslandstraße',
  'Kirchstraße',
  'Domhof',
  'Herzog-Arenberg-Straße',
  'Versener Straße',
  'Rathenaustraße',
  'Fürstenbergstraße',
  'Markt',
  'Burgstraße',
];

const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function members(persons: number): { role: MemberRole; age_group: '27-64' | '6-13' }[] {
  const adults = persons === 1 ? 1 : 2;
  return Array.from({ length: persons }, (_, i) =>
    i < adults
      ? { role: 'adult' as const, age_group: '27-64' as const }
      : { role: 'child' as const, age_group: '6-13' as const },
  );
}

async function housedHousehold(tx: Tx, m: string, provider: string, now: Date, i: number): Promise<void> {
  const [persons, waited, housedAgo] = HOUSED[i]!;
  const decided = new Date(now.getTime() - housedAgo * 86_400_000);
  const since = new Date(decided.getTime() - waited * 86_400_000);
  const flat = await tx
    .insertInto('housing_flats')
    .values({
      municipality_id: m,
      provider_id: provider,
      status: 'let',
      street: `${STREETS[i]} ${3 + 2 * i}`,
      postcode: '49716',
      city: 'Meppen',
      rooms: Math.max(1, persons),
      area_m2: 40 + 12 * persons,
      floor: i % 3,
      cold_rent_cents: (300 + 60 * persons) * 100,
      service_charges_cents: 12_000,
      wbs_required: i % 2 === 0,
      available_from: dayOffset(decided, 14),
      updated_at: decided,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const household = await tx
    .insertInto('housing_households')
    .values({
      municipality_id: m,
      consent_at: since,
      preferred_locale: (['ar', 'uk', 'fa', 'de', 'tr', 'ru'] as const)[i % 6],
      on_benefits: i % 3 !== 0,
      waiting_since: dayOffset(since, 0),
      urgency: i % 4,
      housed_at: decided,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('housing_household_members')
    .values(members(persons).map((x, p) => ({ municipality_id: m, household_id: household.id, position: p + 1, ...x })))
    .execute();
  await tx
    .insertInto('housing_applications')
    .values({
      municipality_id: m,
      flat_id: flat.id,
      household_id: household.id,
      status: 'accepted',
      created_at: new Date(decided.getTime() - 20 * 86_400_000),
      updated_at: decided,
      decided_at: decided,
    })
    .execute();
}

export const housingHistorySeed: ManifestSeedStep = {
  name: 'housing-history',
  // After the office's step, which looks for flats that are free: these are let.
  order: 410,
  async run(tx, ctx) {
    const m = seedId(ctx, 'municipality', 'meppen');
    const provider = seedId(ctx, 'provider', 'meppen/emsland-wohnbau');
    for (let i = 0; i < HOUSED.length; i++) await housedHousehold(tx, m, provider, ctx.now, i);
  },
};

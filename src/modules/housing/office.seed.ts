import { checkPair, parseMatchingInput } from '../../lib/matching/index.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { type SeedStep, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { toMatchingFlat, toMatchingHousehold } from './rounds.inputs.ts';
import { DEFAULT_POLICY } from './rounds.policy.ts';
import { freeFlatFacts, savedRuleVersions, waitingHouseholdFacts } from './rounds.repository.ts';
import './housing.tables.ts';
import './rounds.tables.ts';

// The housing office's demo: a draft round in Meppen over every waiting household and free flat, ready to run.
// The households and flats come from the earlier housing steps; where they have not run (or left Meppen empty),
// this step adds a small set of its own, and it makes sure the resident's household (Ahmad Al-Khatib) has a flat
// it fits, so that the demo shows an offer with its reason in Arabic.

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

type Member = { role: 'adult' | 'child'; age_group: '0-5' | '6-13' | '14-17' | '27-64' | '65+' };
const adult: Member = { role: 'adult', age_group: '27-64' };

async function addHousehold(
  tx: Tx,
  m: string,
  now: Date,
  h: {
    owner?: string;
    locale: string;
    urgency: number;
    waitedDays: number;
    rentEuros: number;
    members: Member[];
    stepFree?: boolean;
    reason?: string;
  },
): Promise<string> {
  const row = await tx
    .insertInto('housing_households')
    .values({
      municipality_id: m,
      owner_user_id: h.owner ?? null,
      consent_at: now,
      preferred_locale: h.locale as 'de',
      rent_limit_cents: h.rentEuros * 100,
      on_benefits: true,
      needs_step_free: h.stepFree ?? false,
      wbs_valid_until: day(now, 200),
      waiting_since: day(now, -h.waitedDays),
      urgency: h.urgency,
      urgency_reason: h.reason ?? null,
      must_leave_by: h.urgency >= 3 ? day(now, 45) : null,
      eligibility_outcome: 'eligible',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('housing_household_members')
    .values(h.members.map((x, i) => ({ municipality_id: m, household_id: row.id, position: i + 1, ...x })))
    .execute();
  return row.id;
}

type FlatSeed = {
  street: string;
  rooms: number;
  area: number;
  cold: number;
  service: number;
  lat: number;
  lon: number;
  stepFree?: boolean;
};

async function addFlat(tx: Tx, m: string, provider: string, quartier: string | null, now: Date, f: FlatSeed) {
  await tx
    .insertInto('housing_flats')
    .values({
      municipality_id: m,
      provider_id: provider,
      quartier_id: quartier,
      status: 'published',
      street: f.street,
      postcode: '49716',
      city: 'Meppen',
      lat: f.lat,
      lon: f.lon,
      rooms: f.rooms,
      area_m2: f.area,
      floor: f.stepFree ? 0 : 1,
      step_free: f.stepFree ?? false,
      cold_rent_cents: f.cold * 100,
      service_charges_cents: f.service * 100,
      heating_cents: 6000,
      deposit_cents: f.cold * 200,
      wbs_required: true,
      available_from: day(now, 14),
    })
    .execute();
}

const FLATS: FlatSeed[] = [
  { street: 'Esterfelder Stiege 14', rooms: 4, area: 84, cold: 520, service: 150, lat: 52.7002, lon: 7.3185 },
  { street: 'Nagelshof 23', rooms: 2, area: 48, cold: 330, service: 90, lat: 52.6921, lon: 7.2968 },
  { street: 'Kuhstraße 7', rooms: 3, area: 68, cold: 430, service: 120, lat: 52.6931, lon: 7.2921, stepFree: true },
];

/** A small waiting list when the households' step left Meppen without one: several urgencies and sizes. */
async function fallbackHouseholds(tx: Tx, m: string, now: Date) {
  const child = (age: Member['age_group']): Member => ({ role: 'child', age_group: age });
  await addHousehold(tx, m, now, {
    locale: 'uk',
    urgency: 2,
    waitedDays: 300,
    rentEuros: 560,
    members: [adult, child('6-13'), child('0-5')],
  });
  await addHousehold(tx, m, now, { locale: 'fa', urgency: 1, waitedDays: 520, rentEuros: 430, members: [adult] });
  await addHousehold(tx, m, now, { locale: 'de', urgency: 0, waitedDays: 90, rentEuros: 500, members: [adult, adult] });
  await addHousehold(tx, m, now, {
    locale: 'tr',
    urgency: 0,
    waitedDays: 700,
    rentEuros: 480,
    members: [{ role: 'adult', age_group: '65+' }],
    stepFree: true,
  });
}

export const officeSeed: SeedStep = {
  name: 'housing-office',
  async run(tx, ctx) {
    const m = seedId(ctx, 'municipality', 'meppen');
    const t = tenant(m);
    const now = ctx.now;
    const owner = seedIds(ctx, 'user')['bewohner.meppen'] ?? null;
    if ((await waitingHouseholdFacts(tx, t, null)).length === 0) await fallbackHouseholds(tx, m, now);
    let own = owner
      ? await tx
          .selectFrom('housing_households')
          .select('id')
          .where('municipality_id', '=', m)
          .where('owner_user_id', '=', owner)
          .executeTakeFirst()
      : undefined;
    if (owner && !own) {
      const id = await addHousehold(tx, m, now, {
        owner,
        locale: 'ar',
        urgency: 3,
        waitedDays: 430,
        rentEuros: 690,
        members: [adult, adult, { role: 'child', age_group: '6-13' }, { role: 'child', age_group: '0-5' }],
        reason: 'Auszug aus der Gemeinschaftsunterkunft',
      });
      own = { id };
    }
    const provider = seedIds(ctx, 'provider')['meppen/emsland-wohnbau'];
    const quartier = seedIds(ctx, 'quartier')['meppen/esterfeld'] ?? null;
    if (provider && (await freeFlatFacts(tx, t, null)).length === 0) {
      for (const f of FLATS) await addFlat(tx, m, provider, f.street.startsWith('Esterfeld') ? quartier : null, now, f);
    }
    const roundDate = now.toISOString().slice(0, 10);
    if (own && provider) {
      const [mine] = await waitingHouseholdFacts(tx, t, [own.id]);
      const fits = (await freeFlatFacts(tx, t, null)).some(
        (f) =>
          mine && checkPair(toMatchingHousehold(mine, roundDate), toMatchingFlat(f), roundDate).feasibility.feasible,
      );
      if (!fits) await addFlat(tx, m, provider, quartier, now, FLATS[0]!);
      seedIds(ctx, 'household')['meppen/bewohner'] = own.id;
    }
    const households = await waitingHouseholdFacts(tx, t, null);
    const flats = await freeFlatFacts(tx, t, null);
    const input = parseMatchingInput({
      roundDate,
      households: households.map((h) => toMatchingHousehold(h, roundDate)),
      flats: flats.map((f) => toMatchingFlat(f)),
    });
    if (!input.ok || households.length === 0 || flats.length === 0) return;
    const versions = await savedRuleVersions(
      tx,
      t,
      households.map((h) => h.id),
    );
    const month = new Intl.DateTimeFormat('de', { month: 'long', year: 'numeric' }).format(now);
    const round = await tx
      .insertInto('housing_rounds')
      .values({
        municipality_id: m,
        title: `Vergaberunde ${month}`,
        policy: DEFAULT_POLICY,
        round_date: roundDate,
        rule_version: versions.length > 0 ? versions.join(' + ').slice(0, 200) : 'none',
        input: JSON.stringify(input.value),
        created_by_user_id: seedIds(ctx, 'user')['admin.meppen'] ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    seedIds(ctx, 'round')['meppen/draft'] = round.id;
  },
};

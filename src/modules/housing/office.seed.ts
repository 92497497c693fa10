import { checkPair, parseMatchingInput } from '../../lib/matching/index.ts';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import { dateTimeFormat } from '../../platform/i18n/format.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { toMatchingFlat, toMatchingHousehold } from './rounds.inputs.ts';
import { DEFAULT_POLICY } from './rounds.policy.ts';
import { replaceResults, type RoundRow, updateRound } from './rounds.repository.ts';
import { freeFlatFacts, waitingHouseholdFacts } from './rounds.candidates.ts';
import { roundRules } from './rounds.rules.ts';
import { solveAll } from './rounds.service.ts';
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

async function addFlat(
  tx: Tx,
  m: string,
  provider: string,
  quartier: string | null,
  now: Date,
  f: FlatSeed,
  place = MEPPEN,
) {
  await tx
    .insertInto('housing_flats')
    .values({
      municipality_id: m,
      provider_id: provider,
      quartier_id: quartier,
      status: 'published',
      street: f.street,
      postcode: place.postcode,
      city: place.city,
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

const MEPPEN = { postcode: '49716', city: 'Meppen' };
const OSNABRUECK = { postcode: '49084', city: 'Osnabrück' };

const FLATS: FlatSeed[] = [
  { street: 'Esterfelder Stiege 14', rooms: 4, area: 84, cold: 520, service: 150, lat: 52.7002, lon: 7.3185 },
  { street: 'Nagelshof 23', rooms: 2, area: 48, cold: 330, service: 90, lat: 52.6921, lon: 7.2968 },
  { street: 'Kuhstraße 7', rooms: 3, area: 68, cold: 430, service: 120, lat: 52.6931, lon: 7.2921, stepFree: true },
];

const OSNABRUECK_FLATS: FlatSeed[] = [
  { street: 'Schinkelstraße 42', rooms: 3, area: 74, cold: 560, service: 160, lat: 52.2805, lon: 8.0811 },
  { street: 'Buerschestraße 18', rooms: 2, area: 52, cold: 430, service: 120, lat: 52.2789, lon: 8.0762 },
  { street: 'Tannenburgstraße 5', rooms: 2, area: 45, cold: 380, service: 100, lat: 52.2771, lon: 8.0843 },
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

/** A draft round over every waiting household and free flat of the municipality, its inputs frozen. */
async function frozenRound(
  tx: Tx,
  t: Tenant,
  now: Date,
  by: string | null,
  options: { title?: string; without?: string } = {},
): Promise<RoundRow | undefined> {
  const roundDate = now.toISOString().slice(0, 10);
  const households = (await waitingHouseholdFacts(tx, t, null)).filter((h) => h.id !== options.without);
  const rules = await roundRules(tx, t.municipalityId, roundDate);
  const flats = await freeFlatFacts(tx, t, null);
  const input = parseMatchingInput({
    roundDate,
    households: households.map((h) => toMatchingHousehold(h, roundDate, rules.limits)),
    flats: flats.map((f) => toMatchingFlat(f)),
  });
  if (!input.ok || households.length === 0 || flats.length === 0) return undefined;
  const month = dateTimeFormat('de', { month: 'long', year: 'numeric' }).format(now);
  return tx
    .insertInto('housing_rounds')
    .values({
      municipality_id: t.municipalityId,
      title: options.title ?? `Vergaberunde ${month}`,
      policy: DEFAULT_POLICY,
      round_date: roundDate,
      rule_version: rules.ruleVersion,
      input: JSON.stringify(input.value),
      created_by_user_id: by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Osnabrück's round has been run: its proposals wait for the office's confirmation. */
async function osnabrueckRound(tx: Tx, ctx: SeedContext): Promise<void> {
  const m = seedIds(ctx, 'municipality').osnabrueck;
  const provider = seedIds(ctx, 'provider')['osnabrueck/wio'];
  if (!m || !provider) return;
  const t = tenant(m);
  const now = ctx.now;
  if ((await waitingHouseholdFacts(tx, t, null)).length === 0) {
    const kid: Member = { role: 'child', age_group: '6-13' };
    await addHousehold(tx, m, now, {
      locale: 'uk',
      urgency: 2,
      waitedDays: 250,
      rentEuros: 720,
      members: [adult, kid],
    });
    await addHousehold(tx, m, now, {
      locale: 'ar',
      urgency: 0,
      waitedDays: 610,
      rentEuros: 600,
      members: [adult, adult],
    });
    await addHousehold(tx, m, now, { locale: 'de', urgency: 1, waitedDays: 120, rentEuros: 560, members: [adult] });
    await addHousehold(tx, m, now, {
      locale: 'fa',
      urgency: 2,
      waitedDays: 380,
      rentEuros: 760,
      members: [adult, adult, { role: 'child', age_group: '0-5' }],
    });
  }
  if ((await freeFlatFacts(tx, t, null)).length === 0) {
    const schinkel = seedIds(ctx, 'quartier')['osnabrueck/schinkel'] ?? null;
    for (const f of OSNABRUECK_FLATS) await addFlat(tx, m, provider, schinkel, now, f, OSNABRUECK);
  }
  const round = await frozenRound(tx, t, now, seedIds(ctx, 'user')['admin.osnabrueck'] ?? null);
  if (!round) return;
  await runInSeed(tx, t, round, now);
}

/** Runs a seeded round at once (no use case: the demo is written, not changed): proposals await confirmation. */
async function runInSeed(tx: Tx, t: Tenant, round: RoundRow, now: Date): Promise<void> {
  const run = await solveAll(round.input, round.policy);
  const proposals = run.result.proposals.map((p) => ({
    householdId: p.householdId,
    flatId: p.flatId,
    explanation: { ...p.score },
  }));
  const unplaced = run.result.unmatched.map((u) => ({ householdId: u.householdId, reason: u.reason }));
  await replaceResults(tx, t, round.id, proposals, unplaced);
  await updateRound(tx, t, round.id, { status: 'run', progress: 100, comparison: run.figures, runAt: now }, now);
}

/** Makes sure the resident's household (Ahmad Al-Khatib, Arabic) waits in Meppen and some free flat fits it. */
async function residentWithAFlat(tx: Tx, ctx: SeedContext, t: Tenant): Promise<void> {
  const m = t.municipalityId;
  const now = ctx.now;
  const owner = seedIds(ctx, 'user')['bewohner.meppen'];
  const provider = seedIds(ctx, 'provider')['meppen/emsland-wohnbau'];
  const quartier = seedIds(ctx, 'quartier')['meppen/esterfeld'] ?? null;
  if (!owner || !provider) return;
  const found = await tx
    .selectFrom('housing_households')
    .select('id')
    .where('municipality_id', '=', m)
    .where('owner_user_id', '=', owner)
    .executeTakeFirst();
  const id =
    found?.id ??
    (await addHousehold(tx, m, now, {
      owner,
      locale: 'ar',
      urgency: 3,
      waitedDays: 430,
      rentEuros: 690,
      members: [adult, adult, { role: 'child', age_group: '6-13' }, { role: 'child', age_group: '0-5' }],
      reason: 'Auszug aus der Gemeinschaftsunterkunft',
    }));
  if ((await freeFlatFacts(tx, t, null)).length === 0) {
    for (const f of FLATS) await addFlat(tx, m, provider, f.street.startsWith('Esterfeld') ? quartier : null, now, f);
  }
  const roundDate = now.toISOString().slice(0, 10);
  const { limits } = await roundRules(tx, m, roundDate);
  const [mine] = await waitingHouseholdFacts(tx, t, [id]);
  const fits = (await freeFlatFacts(tx, t, null)).some(
    (f) =>
      mine &&
      checkPair(toMatchingHousehold(mine, roundDate, limits), toMatchingFlat(f), roundDate).feasibility.feasible,
  );
  if (!fits) await addFlat(tx, m, provider, quartier, now, FLATS[0]!);
  seedIds(ctx, 'household')['meppen/bewohner'] = id;
}

export const officeSeed: ManifestSeedStep = {
  name: 'housing-office',
  // After the rules, flats and households steps (the housing office reads what they wrote).
  order: 400,
  async run(tx, ctx) {
    const t = tenant(seedId(ctx, 'municipality', 'meppen'));
    if ((await waitingHouseholdFacts(tx, t, null)).length === 0)
      await fallbackHouseholds(tx, t.municipalityId, ctx.now);
    await residentWithAFlat(tx, ctx, t);
    // An earlier round, run over the others, whose proposals still wait for the office's confirmation.
    const month = dateTimeFormat('de', { month: 'long', year: 'numeric' }).format(ctx.now);
    const without = seedIds(ctx, 'household')['meppen/bewohner'];
    const earlier = await frozenRound(tx, t, ctx.now, null, {
      title: `Vorrunde ${month}`,
      ...(without ? { without } : {}),
    });
    if (earlier) await runInSeed(tx, t, earlier, ctx.now);
    const round = await frozenRound(tx, t, ctx.now, seedIds(ctx, 'user')['admin.meppen'] ?? null);
    if (round) seedIds(ctx, 'round')['meppen/draft'] = round.id;
    await osnabrueckRound(tx, ctx);
  },
};

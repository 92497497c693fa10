import { type Selectable, sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { FlatFacts, HouseholdFacts } from './rounds.inputs.ts';
import type { ProposalExplanation, RoundPolicy, RoundStatus, RoundTable } from './rounds.tables.ts';
import './housing.tables.ts';
import './rounds.tables.ts';

// The only file with SQL for matching rounds; every function takes the tenant first and filters by it.

/** A DATE column as 'YYYY-MM-DD' on both engines. */
export function day(v: string | Date): string {
  return typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);
}

/** Households still waiting: not housed, no accepted flat. `ids` narrows to a chosen set. */
export async function waitingHouseholdFacts(
  db: Executor,
  t: Tenant,
  ids: readonly string[] | null,
): Promise<HouseholdFacts[]> {
  if (ids && ids.length === 0) return [];
  let q = db
    .selectFrom('housing_households as h')
    .selectAll('h')
    .where('h.municipality_id', '=', t.municipalityId)
    .where('h.housed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('housing_applications as a')
            .select('a.id')
            .whereRef('a.municipality_id', '=', 'h.municipality_id')
            .whereRef('a.household_id', '=', 'h.id')
            .where('a.status', '=', 'accepted'),
        ),
      ),
    )
    .orderBy('h.waiting_since')
    .orderBy('h.id');
  if (ids) q = q.where('h.id', 'in', ids);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const members = await db
    .selectFrom('housing_household_members')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where(
      'household_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((h) => ({
    id: h.id,
    members: members
      .filter((m) => m.household_id === h.id)
      .map((m) => ({ role: m.role, ageGroup: m.age_group, disabled: m.disabled, singleParent: m.single_parent })),
    rentLimitCents: h.rent_limit_cents,
    wbsValidUntil: h.wbs_valid_until ? day(h.wbs_valid_until) : null,
    needsStepFree: h.needs_step_free,
    needsWheelchair: h.needs_wheelchair,
    hasPets: h.has_pets,
    waitingSince: day(h.waiting_since),
    urgency: h.urgency,
    wishedQuartierIds: h.wished_quartier_ids ?? [],
    near:
      h.near_lat !== null && h.near_lon !== null && h.near_max_km !== null
        ? { lat: h.near_lat, lon: h.near_lon, maxKm: Number(h.near_max_km) }
        : null,
  }));
}

/** The rule versions the households saved with their eligibility results. */
export async function savedRuleVersions(db: Executor, t: Tenant, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('housing_households')
    .select('eligibility_rule_version')
    .distinct()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .where('eligibility_rule_version', 'is not', null)
    .execute();
  return rows.map((r) => r.eligibility_rule_version!).sort();
}

/** Free flats: published and not let to anyone through an accepted application. */
export async function freeFlatFacts(db: Executor, t: Tenant, ids: readonly string[] | null): Promise<FlatFacts[]> {
  if (ids && ids.length === 0) return [];
  let q = db
    .selectFrom('housing_flats as f')
    .selectAll('f')
    .where('f.municipality_id', '=', t.municipalityId)
    .where('f.status', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('housing_applications as a')
            .select('a.id')
            .whereRef('a.municipality_id', '=', 'f.municipality_id')
            .whereRef('a.flat_id', '=', 'f.id')
            .where('a.status', '=', 'accepted'),
        ),
      ),
    )
    .orderBy('f.available_from')
    .orderBy('f.id');
  if (ids) q = q.where('f.id', 'in', ids);
  const rows = await q.execute();
  return rows.map((f) => ({
    id: f.id,
    quartierId: f.quartier_id,
    rooms: Number(f.rooms),
    areaM2: Number(f.area_m2),
    coldRentCents: f.cold_rent_cents,
    serviceChargesCents: f.service_charges_cents,
    wbsRequired: f.wbs_required,
    stepFree: f.step_free,
    wheelchairAccessible: f.wheelchair_accessible,
    petsAllowed: f.pets_allowed,
    availableFrom: day(f.available_from),
    lat: f.lat,
    lon: f.lon,
  }));
}

export type RoundRow = Selectable<RoundTable>;

export async function insertRound(
  db: Executor,
  t: Tenant,
  v: { title: string; policy: RoundPolicy; roundDate: string; ruleVersion: string; input: unknown; by: string | null },
): Promise<string> {
  const row = await db
    .insertInto('housing_rounds')
    .values({
      municipality_id: t.municipalityId,
      title: v.title,
      policy: v.policy,
      round_date: v.roundDate,
      rule_version: v.ruleVersion,
      input: JSON.stringify(v.input),
      created_by_user_id: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findRound(db: Executor, t: Tenant, id: string): Promise<RoundRow | undefined> {
  return (await db
    .selectFrom('housing_rounds')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()) as RoundRow | undefined;
}

/** The same round, locked for the rest of the transaction (a run and a confirmation never interleave). */
export async function lockRound(db: Executor, t: Tenant, id: string): Promise<RoundRow | undefined> {
  return (await db
    .selectFrom('housing_rounds')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()) as RoundRow | undefined;
}

export async function listRounds(db: Executor, t: Tenant, limit = 50) {
  return db
    .selectFrom('housing_rounds')
    .select(['id', 'title', 'policy', 'status', 'round_date', 'progress', 'created_at'])
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Rounds of a municipality whose proposals wait for a person's confirmation. */
export async function countRoundsAwaiting(db: Executor, t: Tenant): Promise<number> {
  const row = await db
    .selectFrom('housing_rounds')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('status', 'in', ['run', 'confirmed_partly'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateRound(
  db: Executor,
  t: Tenant,
  id: string,
  v: {
    status?: RoundStatus;
    policy?: RoundPolicy;
    progress?: number;
    preview?: unknown;
    comparison?: unknown;
    jobId?: string | null;
    runAt?: Date;
  },
  now: Date,
): Promise<void> {
  await db
    .updateTable('housing_rounds')
    .set({
      updated_at: now,
      ...(v.status ? { status: v.status } : {}),
      ...(v.policy ? { policy: v.policy } : {}),
      ...(v.progress !== undefined ? { progress: v.progress } : {}),
      ...(v.preview !== undefined ? { preview: JSON.stringify(v.preview) } : {}),
      ...(v.comparison !== undefined ? { comparison: JSON.stringify(v.comparison) } : {}),
      ...(v.jobId !== undefined ? { job_id: v.jobId } : {}),
      ...(v.runAt ? { run_at: v.runAt } : {}),
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Replaces a round's proposals and unplaced households with a new run's (confirmed ones are never replaced). */
export async function replaceResults(
  db: Executor,
  t: Tenant,
  roundId: string,
  proposals: { householdId: string; flatId: string; explanation: ProposalExplanation }[],
  unplaced: { householdId: string; reason: { code: string } }[],
): Promise<void> {
  const scope = { municipality_id: t.municipalityId, round_id: roundId };
  await db
    .deleteFrom('housing_round_proposals')
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .execute();
  await db
    .deleteFrom('housing_round_unplaced')
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .execute();
  if (proposals.length > 0) {
    await db
      .insertInto('housing_round_proposals')
      .values(
        proposals.map((p) => ({
          ...scope,
          household_id: p.householdId,
          flat_id: p.flatId,
          score: p.explanation.total,
          explanation: JSON.stringify(p.explanation),
        })),
      )
      .execute();
  }
  if (unplaced.length > 0) {
    await db
      .insertInto('housing_round_unplaced')
      .values(unplaced.map((u) => ({ ...scope, household_id: u.householdId, reason: JSON.stringify(u.reason) })))
      .execute();
  }
}

export async function proposalsOf(db: Executor, t: Tenant, roundId: string) {
  return db
    .selectFrom('housing_round_proposals as p')
    .leftJoin('housing_round_confirmations as c', (j) =>
      j
        .onRef('c.municipality_id', '=', 'p.municipality_id')
        .onRef('c.round_id', '=', 'p.round_id')
        .onRef('c.household_id', '=', 'p.household_id'),
    )
    .select([
      'p.household_id',
      'p.flat_id',
      'p.score',
      'p.explanation',
      'c.flat_id as confirmed_flat_id',
      'c.confirmed_at',
      'c.override_reason',
    ])
    .where('p.municipality_id', '=', t.municipalityId)
    .where('p.round_id', '=', roundId)
    .orderBy('p.score', 'desc')
    .orderBy('p.household_id')
    .execute();
}

export async function unplacedOf(db: Executor, t: Tenant, roundId: string) {
  return db
    .selectFrom('housing_round_unplaced')
    .select(['household_id', 'reason'])
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .orderBy('household_id')
    .execute();
}

export async function confirmationsOf(db: Executor, t: Tenant, roundId: string) {
  return db
    .selectFrom('housing_round_confirmations')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .execute();
}

export async function insertConfirmation(
  db: Executor,
  t: Tenant,
  v: {
    roundId: string;
    householdId: string;
    flatId: string;
    by: string | null;
    reason: string | null;
    applicationId: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('housing_round_confirmations')
    .values({
      municipality_id: t.municipalityId,
      round_id: v.roundId,
      household_id: v.householdId,
      flat_id: v.flatId,
      confirmed_by_user_id: v.by,
      override_reason: v.reason,
      application_id: v.applicationId,
      confirmed_at: v.at,
    })
    .execute();
}

/**
 * A confirmed proposal becomes an offer in the application flow: the household's application to the flat is
 * created or moved to 'offered', marked with the round and the reason. Returns the application id.
 */
export async function offerApplication(
  db: Executor,
  t: Tenant,
  v: { householdId: string; flatId: string; roundId: string; reason: string; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('housing_applications')
    .values({
      municipality_id: t.municipalityId,
      flat_id: v.flatId,
      household_id: v.householdId,
      status: 'offered',
      round_id: v.roundId,
      offer_reason: v.reason,
      created_at: v.at,
      updated_at: v.at,
    })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'flat_id', 'household_id']).doUpdateSet({
        status: 'offered',
        round_id: v.roundId,
        offer_reason: v.reason,
        updated_at: v.at,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the household already holds an accepted flat, or the flat is already let (both block an offer). */
export async function offerBlocked(db: Executor, t: Tenant, householdId: string, flatId: string): Promise<boolean> {
  const row = await db
    .selectFrom('housing_applications')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('status', '=', 'accepted')
    .where((eb) => eb.or([eb('household_id', '=', householdId), eb('flat_id', '=', flatId)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** The household owned by an account in a municipality, if any. */
export async function householdOfOwner(db: Executor, t: Tenant, userId: string) {
  return db
    .selectFrom('housing_households')
    .select(['id', 'preferred_locale'])
    .where('municipality_id', '=', t.municipalityId)
    .where('owner_user_id', '=', userId)
    .executeTakeFirst();
}

/** The latest round that included the household (frozen input), newest first. */
export async function latestRoundWithHousehold(db: Executor, t: Tenant, householdId: string) {
  return (await db
    .selectFrom('housing_rounds')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('status', 'in', ['confirmed_partly', 'confirmed_fully'])
    .where(sql<boolean>`input -> 'households' @> ${JSON.stringify([{ id: householdId }])}::jsonb`)
    .orderBy('run_at', 'desc')
    .limit(1)
    .executeTakeFirst()) as RoundRow | undefined;
}

/** The language a household reads in. */
export async function preferredLocaleOf(db: Executor, t: Tenant, householdId: string): Promise<Locale> {
  const row = await db
    .selectFrom('housing_households')
    .select('preferred_locale')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', householdId)
    .executeTakeFirst();
  return row?.preferred_locale ?? 'de';
}

/** Streets of flats, for labels on the office's pages. */
export async function flatStreets(db: Executor, t: Tenant, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('housing_flats')
    .select(['id', 'street'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.street]));
}

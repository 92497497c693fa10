import type { Kysely } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Database, Executor } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, summarize, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { quartiereOf } from '../directory/index.ts';
import { rulesInForce } from './rules.service.ts';
import {
  findHousehold,
  type HouseholdRow,
  householdIdOfOwner,
  insertHousehold,
  type MemberRow,
  membersOfHousehold,
  setUrgency,
  updateHousehold,
} from './households.repository.ts';
import type { CounselledHouseholdInput, HouseholdInput, UrgencyInput } from './households.schema.ts';

export type { HouseholdRow };

/** The audit keeps counts, flags and codes of a profile; never names, contact details or free text. */
function profileSummary(v: HouseholdInput) {
  return {
    ...summarize(v, ['singleParent', 'onBenefits', 'needsStepFree', 'needsWheelchair', 'hasPets', 'preferredLocale']),
    ...summarize(v, [], ['annualIncome', 'rentLimitCents', 'permitCategory', 'urgencyReason', 'contactName']),
    members: v.members.length,
    wishedQuartiere: v.wishedQuartierIds.length,
  };
}

/** Wished Quartiere must be the tenant's own (an id of another municipality is a field error, not a 404). */
async function checkQuartiere(db: Executor, t: Tenant, ids: string[]) {
  if (ids.length === 0) return;
  const own = new Set((await quartiereOf(db, t)).map((q) => q.id));
  if (ids.some((id) => !own.has(id))) {
    throw new AppError(
      'housing.quartier',
      422,
      'error.invalidInput',
      {},
      { wishedQuartiere: { key: 'validation.choice' } },
    );
  }
}

/**
 * The rent limit as stored: what the person entered, or else — for a household on benefits, whose rent the
 * Jobcenter pays only up to the appropriate costs (KdU) — the municipality's KdU limit in force today for the
 * household's size (persons counted as members, the last figure for larger households), or none.
 */
async function withRentLimit(db: Executor, t: Tenant, input: HouseholdInput, now: Date): Promise<HouseholdInput> {
  if (input.rentLimitCents !== null) return { ...input, rentLimitSource: 'entered' };
  // A household that pays its own rent has no KdU limit: it decides what it can afford.
  if (!input.onBenefits) return { ...input, rentLimitSource: 'none' };
  const kdu = (await rulesInForce(db, t.municipalityId, now)).kdu;
  const persons = Math.max(1, input.members.length);
  const euros = kdu?.limits[Math.min(persons, kdu.limits.length) - 1];
  return euros === undefined
    ? { ...input, rentLimitSource: 'none' }
    : { ...input, rentLimitCents: Math.round(euros * 100), rentLimitSource: 'kdu' };
}

/** A person creates their own household profile in the tenant (one per person and municipality). */
export async function createOwnHousehold(uc: UseCase, input: HouseholdInput): Promise<string> {
  const t = useCaseTenant(uc);
  if (!uc.actor) throw new Error('createOwnHousehold needs a signed-in person');
  if (await householdIdOfOwner(uc.tx, t, uc.actor)) {
    throw new AppError('housing.household_exists', 409, 'housing.households.error.exists');
  }
  await checkQuartiere(uc.tx, t, input.wishedQuartierIds);
  // The person consents by saving their own profile.
  const who = { owner: uc.actor, createdBy: null, consentAt: uc.now, now: uc.now };
  const id = await insertHousehold(uc.tx, t, await withRentLimit(uc.tx, t, input, uc.now), who);
  uc.record({ action: 'create', subjectType: 'housing.household', subjectId: id, after: profileSummary(input) });
  return id;
}

/** A counsellor creates a profile together with a household; the consent date is recorded. */
export async function createCounselledHousehold(uc: UseCase, input: CounselledHouseholdInput): Promise<string> {
  const t = useCaseTenant(uc);
  await checkQuartiere(uc.tx, t, input.wishedQuartierIds);
  const consentAt = new Date(`${input.consentOn}T12:00:00Z`);
  if (consentAt.getTime() > uc.now.getTime() + 86_400_000) {
    throw new AppError(
      'housing.consent',
      422,
      'error.invalidInput',
      {},
      { consentOn: { key: 'housing.households.error.consentFuture' } },
    );
  }
  const who = { owner: null, createdBy: uc.actor, consentAt, now: uc.now };
  const id = await insertHousehold(uc.tx, t, await withRentLimit(uc.tx, t, input, uc.now), who);
  const after = { ...profileSummary(input), consentOn: input.consentOn, counselled: true };
  uc.record({ action: 'create', subjectType: 'housing.household', subjectId: id, after });
  return id;
}

/** The household changes its own profile. */
export async function changeOwnHousehold(uc: UseCase, input: HouseholdInput): Promise<string> {
  const t = useCaseTenant(uc);
  const id = uc.actor ? await householdIdOfOwner(uc.tx, t, uc.actor) : null;
  if (!id) throw notFound('household');
  await checkQuartiere(uc.tx, t, input.wishedQuartierIds);
  await updateHousehold(uc.tx, t, id, await withRentLimit(uc.tx, t, input, uc.now), uc.now);
  uc.record({ action: 'update', subjectType: 'housing.household', subjectId: id, after: profileSummary(input) });
  return id;
}

/** Who may see and set a household's urgency: the housing office, or the counsellor who created it. */
export function mayCounsel(user: SessionUser | null, t: Tenant, h: Pick<HouseholdRow, 'created_by_user_id'>) {
  if (!user) return false;
  const here = user.roles.filter((r) => r.municipalityId === t.municipalityId);
  if (here.some((r) => r.role === 'municipality_admin')) return true;
  return here.some((r) => r.role === 'counsellor') && h.created_by_user_id === user.id;
}

/** Urgency, its reason and the date the household must leave by: set by the housing office or its counsellor. */
export async function changeUrgency(uc: UseCase, id: string, input: UrgencyInput, user: SessionUser | null) {
  const t = useCaseTenant(uc);
  const h = await findHousehold(uc.tx, t, id);
  if (!h || !mayCounsel(user, t, h)) throw notFound('household');
  await setUrgency(uc.tx, t, id, {
    urgency: input.urgency,
    reason: input.urgencyReason ?? null,
    mustLeaveBy: input.mustLeaveBy ?? null,
    ...(input.waitingSince ? { waitingSince: input.waitingSince } : {}),
    now: uc.now,
  });
  const after = { urgency: input.urgency, mustLeaveBy: input.mustLeaveBy ?? null, reason: !!input.urgencyReason };
  uc.record({
    action: 'update',
    subjectType: 'housing.household',
    subjectId: id,
    before: { urgency: h.urgency },
    after,
  });
}

/** A household's profile with its members. */
export interface HouseholdView {
  household: HouseholdRow;
  members: MemberRow[];
}

/**
 * Reads a whole profile, residence data included: the read is recorded in the audit log (who, which household,
 * why), in the same transaction as the read itself.
 */
export async function readHousehold(
  db: Kysely<Database>,
  t: Tenant,
  id: string,
  reader: { userId: string; requestId: string | null },
): Promise<HouseholdView | null> {
  return db.transaction().execute(async (tx) => {
    const household = await findHousehold(tx, t, id);
    if (!household) return null;
    const members = await membersOfHousehold(tx, t, id);
    await audit(tx, {
      actor: reader.userId,
      municipalityId: t.municipalityId,
      action: 'read',
      subjectType: 'housing.household',
      subjectId: id,
      reason: 'housing.households.reason.residenceRead',
      requestId: reader.requestId,
    });
    return { household, members };
  });
}

/** What other parts (flats "fits my household", the housing office, matching) may know of a household's needs. */
export interface HouseholdNeeds {
  householdId: string;
  members: number;
  children: number;
  singleParent: boolean;
  disabledMembers: number;
  rentLimitCents: number | null;
  rentLimitSource: 'kdu' | 'entered' | 'none';
  needsStepFree: boolean;
  needsWheelchair: boolean;
  hasPets: boolean;
  wishedQuartierIds: string[];
  near: { lat: number; lon: number; maxKm: number } | null;
  urgency: number;
  urgencyReason: string | null;
  mustLeaveBy: string | null;
  waitingSince: string;
  /** The last day of the household's WBS (a flat that requires one fits only while it is valid); null: none. */
  wbsValidUntil: string | null;
}

const day = (d: string | Date | null): string | null =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/** The needs of one household of the tenant (no residence data, no names); null when it is not the tenant's. */
export async function householdNeeds(db: Executor, t: Tenant, householdId: string): Promise<HouseholdNeeds | null> {
  const h = await findHousehold(db, t, householdId);
  if (!h) return null;
  return needsOf(h, await membersOfHousehold(db, t, householdId));
}

export function needsOf(h: HouseholdRow, members: MemberRow[]): HouseholdNeeds {
  return {
    householdId: h.id,
    members: members.length,
    children: members.filter((m) => m.role !== 'adult').length,
    singleParent: members.some((m) => m.single_parent),
    disabledMembers: members.filter((m) => m.disabled).length,
    rentLimitCents: h.rent_limit_cents,
    rentLimitSource: h.rent_limit_source,
    needsStepFree: h.needs_step_free,
    needsWheelchair: h.needs_wheelchair,
    hasPets: h.has_pets,
    wishedQuartierIds: h.wished_quartier_ids,
    near:
      h.near_lat !== null && h.near_lon !== null
        ? { lat: h.near_lat, lon: h.near_lon, maxKm: Number(h.near_max_km ?? 5) }
        : null,
    urgency: h.urgency,
    urgencyReason: h.urgency_reason,
    mustLeaveBy: day(h.must_leave_by),
    waitingSince: day(h.waiting_since) ?? '',
    wbsValidUntil: day(h.wbs_valid_until),
  };
}

/** The needs of the household a signed-in person owns in the tenant (null: none yet). */
export async function ownHouseholdNeeds(db: Executor, t: Tenant, userId: string): Promise<HouseholdNeeds | null> {
  const id = await householdIdOfOwner(db, t, userId);
  return id ? householdNeeds(db, t, id) : null;
}

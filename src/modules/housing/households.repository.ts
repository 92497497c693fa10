import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { HouseholdInput, MemberInput } from './households.schema.ts';
import type { NoticeKind } from './households.tables.ts';
import type { Selectable } from 'kysely';
import { personCount } from './housing.queries.ts';
import type { HouseholdMemberTable } from './housing.tables.ts';

export type MemberRow = Selectable<HouseholdMemberTable>;

/** The columns a household's profile form writes (residence data included: callers audit reading them). */
function profileColumns(v: HouseholdInput) {
  return {
    contact_name: v.contactName,
    contact_email: v.contactEmail,
    contact_phone: v.contactPhone,
    preferred_locale: v.preferredLocale,
    annual_income_euros: v.annualIncome,
    on_benefits: v.onBenefits,
    rent_limit_cents: v.rentLimitCents,
    rent_limit_source: v.rentLimitSource ?? (v.rentLimitCents === null ? ('none' as const) : ('entered' as const)),
    needs_step_free: v.needsStepFree,
    needs_wheelchair: v.needsWheelchair,
    has_pets: v.hasPets,
    permit_category: v.permitCategory,
    permit_valid_until: v.permitValidUntil,
    wished_quartier_ids: v.wishedQuartierIds,
    near_lat: v.near?.lat ?? null,
    near_lon: v.near?.lon ?? null,
    near_max_km: v.near?.maxKm ?? null,
    urgency_reason: v.urgencyReason,
    must_leave_by: v.mustLeaveBy,
    ...(v.eligibility
      ? { eligibility_outcome: v.eligibility.outcome, eligibility_rule_version: v.eligibility.ruleVersion }
      : {}),
  };
}

export async function insertHousehold(
  db: Executor,
  t: Tenant,
  v: HouseholdInput,
  who: { owner: string | null; createdBy: string | null; consentAt: Date; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('housing_households')
    .values({
      municipality_id: t.municipalityId,
      owner_user_id: who.owner,
      created_by_user_id: who.createdBy,
      consent_at: who.consentAt,
      waiting_since: who.now.toISOString().slice(0, 10),
      ...(v.eligibility ? { eligibility_checked_at: who.now } : {}),
      ...profileColumns(v),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceMembers(db, t, row.id, v.members, v.singleParent);
  return row.id;
}

export async function updateHousehold(db: Executor, t: Tenant, id: string, v: HouseholdInput, now: Date) {
  await db
    .updateTable('housing_households')
    .set({ ...profileColumns(v), updated_at: now, ...(v.eligibility ? { eligibility_checked_at: now } : {}) })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
  await replaceMembers(db, t, id, v.members, v.singleParent);
}

async function replaceMembers(db: Executor, t: Tenant, id: string, members: MemberInput[], singleParent: boolean) {
  await db
    .deleteFrom('housing_household_members')
    .where('municipality_id', '=', t.municipalityId)
    .where('household_id', '=', id)
    .execute();
  if (members.length === 0) return;
  const firstAdult = members.findIndex((m) => m.role === 'adult');
  await db
    .insertInto('housing_household_members')
    .values(
      members.map((m, i) => ({
        municipality_id: t.municipalityId,
        household_id: id,
        position: i + 1,
        role: m.role,
        age_group: m.ageGroup,
        first_name: m.firstName,
        disabled: m.disabled,
        // The single-parent addition belongs to the household; it is kept on its first adult.
        single_parent: singleParent && i === firstAdult,
      })),
    )
    .execute();
}

export async function setUrgency(
  db: Executor,
  t: Tenant,
  id: string,
  v: { urgency: number; reason: string | null; mustLeaveBy: string | null; waitingSince?: string; now: Date },
) {
  return db
    .updateTable('housing_households')
    .set({
      urgency: v.urgency,
      urgency_reason: v.reason,
      must_leave_by: v.mustLeaveBy,
      ...(v.waitingSince ? { waiting_since: v.waitingSince } : {}),
      updated_at: v.now,
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findHousehold(db: Executor, t: Tenant, id: string) {
  return db
    .selectFrom('housing_households')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;

export async function householdIdOfOwner(db: Executor, t: Tenant, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('housing_households')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('owner_user_id', '=', userId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export function membersOfHousehold(db: Executor, t: Tenant, id: string): Promise<MemberRow[]> {
  return db
    .selectFrom('housing_household_members')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('household_id', '=', id)
    .orderBy('position')
    .execute();
}

/** Households for staff: all of the tenant's, or those one counsellor created; no residence data. */
export function listHouseholds(db: Executor, t: Tenant, createdBy: string | null) {
  let q = db
    .selectFrom('housing_households as h')
    .select(['h.id', 'h.contact_name', 'h.urgency', 'h.waiting_since', 'h.consent_at', 'h.created_by_user_id'])
    .select(personCount(db, 'persons'))
    .where('h.municipality_id', '=', t.municipalityId);
  if (createdBy) q = q.where('h.created_by_user_id', '=', createdBy);
  return q.orderBy('h.urgency', 'desc').orderBy('h.waiting_since').orderBy('h.id').limit(500).execute();
}

export async function insertNotice(
  db: Executor,
  t: Tenant,
  v: { householdId: string; applicationId: string | null; kind: NoticeKind; now: Date },
) {
  await db
    .insertInto('housing_household_notices')
    .values({
      municipality_id: t.municipalityId,
      household_id: v.householdId,
      application_id: v.applicationId,
      kind: v.kind,
      created_at: v.now,
    })
    .execute();
}

export function recentNotices(db: Executor, t: Tenant, householdId: string) {
  return db
    .selectFrom('housing_household_notices')
    .select(['id', 'application_id', 'kind', 'created_at'])
    .where('municipality_id', '=', t.municipalityId)
    .where('household_id', '=', householdId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(20)
    .execute();
}

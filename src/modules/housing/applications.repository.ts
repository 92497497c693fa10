import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { membersOfOuterHousehold, personCount } from './housing.queries.ts';
import type { ApplicationStatus } from './housing.tables.ts';

/** Open states: the application is still in play (a household withdraws these when it accepts another flat). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['submitted', 'shortlisted', 'viewing', 'offered'];

/** The flat as the application pages need it: where, how big, what it costs, whose it is. */
export function findFlatForApplication(db: Executor, t: Tenant, flatId: string, lock = false) {
  const q = db
    .selectFrom('housing_flats')
    .select([
      'id',
      'provider_id',
      'status',
      'street',
      'postcode',
      'city',
      'rooms',
      'area_m2',
      'floor',
      'has_lift',
      'step_free',
      'wheelchair_accessible',
      'cold_rent_cents',
      'service_charges_cents',
      'heating_cents',
      'wbs_required',
      'pets_allowed',
      'available_from',
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', flatId);
  // Accepting locks the flat's row: accepts of one flat queue behind each other instead of racing.
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}
export type FlatForApplication = NonNullable<Awaited<ReturnType<typeof findFlatForApplication>>>;

export async function insertApplication(
  db: Executor,
  t: Tenant,
  v: { flatId: string; householdId: string; message: string | null; now: Date },
): Promise<string | null> {
  const row = await db
    .insertInto('housing_applications')
    .values({
      municipality_id: t.municipalityId,
      flat_id: v.flatId,
      household_id: v.householdId,
      message: v.message,
      created_at: v.now,
      updated_at: v.now,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'flat_id', 'household_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export function findApplication(db: Executor, t: Tenant, id: string) {
  return db
    .selectFrom('housing_applications')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/**
 * Moves an application from one of `from` to `to`, in one conditional statement: of two people acting on the same
 * application at once, one moves it and the other finds it moved (no row returned).
 */
export async function moveApplication(
  db: Executor,
  t: Tenant,
  id: string,
  from: readonly ApplicationStatus[],
  to: ApplicationStatus,
  extra: { offerReason?: string; now: Date },
): Promise<boolean> {
  const decided = ['accepted', 'declined', 'withdrawn', 'rejected'].includes(to);
  const row = await db
    .updateTable('housing_applications')
    .set({
      status: to,
      updated_at: extra.now,
      ...(extra.offerReason !== undefined ? { offer_reason: extra.offerReason } : {}),
      ...(decided ? { decided_at: extra.now } : {}),
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Withdraws a household's other open applications (it has accepted a flat); returns them for the notices. */
export function withdrawOthers(db: Executor, t: Tenant, householdId: string, keep: string, now: Date) {
  return db
    .updateTable('housing_applications')
    .set({ status: 'withdrawn', updated_at: now, decided_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('household_id', '=', householdId)
    .where('id', '!=', keep)
    .where('status', 'in', [...OPEN_STATUSES])
    .returning(['id'])
    .execute();
}

/** A household's applications with the flat's address, newest first. */
export function applicationsOfHousehold(db: Executor, t: Tenant, householdId: string) {
  return db
    .selectFrom('housing_applications as a')
    .innerJoin('housing_flats as f', (j) =>
      j.onRef('f.municipality_id', '=', 'a.municipality_id').onRef('f.id', '=', 'a.flat_id'),
    )
    .select(['a.id', 'a.flat_id', 'a.status', 'a.offer_reason', 'a.updated_at', 'f.street', 'f.city', 'f.rooms'])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.household_id', '=', householdId)
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id')
    .execute();
}
export type HouseholdApplicationRow = Awaited<ReturnType<typeof applicationsOfHousehold>>[number];

/** The applicants of a flat with what their fit needs (no residence data), oldest application first. */
export function applicantsOfFlat(db: Executor, t: Tenant, flatId: string) {
  return db
    .selectFrom('housing_applications as a')
    .innerJoin('housing_households as h', (j) =>
      j.onRef('h.municipality_id', '=', 'a.municipality_id').onRef('h.id', '=', 'a.household_id'),
    )
    .select([
      'a.id',
      'a.status',
      'a.created_at',
      'a.household_id',
      'h.contact_name',
      'h.contact_email',
      'h.contact_phone',
      'h.rent_limit_cents',
      'h.needs_step_free',
      'h.needs_wheelchair',
      'h.has_pets',
      'h.waiting_since',
    ])
    .select([
      personCount(db, 'persons'),
      membersOfOuterHousehold(db)
        .select(sql<number>`count(*)::int`.as('n'))
        .where((w) => w.or([w('m.disabled', '=', true), w('m.single_parent', '=', true)]))
        .as('additions'),
    ])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.flat_id', '=', flatId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}
export type ApplicantRow = Awaited<ReturnType<typeof applicantsOfFlat>>[number];

/** Flats of the tenant (of some providers, or all) that have applications, with how many wait for a decision. */
export function flatsWithApplicants(db: Executor, t: Tenant, providerIds: readonly string[] | 'all') {
  let q = db
    .selectFrom('housing_flats as f')
    .select((eb) => [
      'f.id',
      'f.street',
      'f.city',
      'f.rooms',
      'f.status',
      eb
        .selectFrom('housing_applications as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.municipality_id', '=', 'f.municipality_id')
        .whereRef('a.flat_id', '=', 'f.id')
        .where('a.status', '=', 'submitted')
        .as('waiting'),
      eb
        .selectFrom('housing_applications as a')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('a.municipality_id', '=', 'f.municipality_id')
        .whereRef('a.flat_id', '=', 'f.id')
        .as('total'),
    ])
    .where('f.municipality_id', '=', t.municipalityId)
    .where('f.status', 'in', ['published', 'reserved', 'let']);
  if (providerIds !== 'all') {
    if (providerIds.length === 0) return Promise.resolve([]);
    q = q.where('f.provider_id', 'in', [...providerIds]);
  }
  // Flats still being let first; those already let (the landlord's history) after them.
  return q.orderBy(sql`f.status = 'let'`).orderBy('f.street').orderBy('f.id').limit(500).execute();
}

/** How many offers wait for this household's answer. */
export async function offersWaiting(db: Executor, t: Tenant, householdId: string): Promise<number> {
  const row = await db
    .selectFrom('housing_applications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('household_id', '=', householdId)
    .where('status', 'in', ['offered', 'viewing'])
    .executeTakeFirst();
  return row?.n ?? 0;
}

import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { freeFlatsQuery, waitingHouseholds } from './housing.queries.ts';
import type { FlatFacts, HouseholdFacts } from './rounds.inputs.ts';
import './housing.tables.ts';

// Who and what a round can include: waiting households and free flats, read as the facts a round freezes.

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
  let q = waitingHouseholds(db, t).selectAll('h').orderBy('h.waiting_since').orderBy('h.id');
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

/** Free flats: published and not let to anyone through an accepted application. */
export async function freeFlatFacts(db: Executor, t: Tenant, ids: readonly string[] | null): Promise<FlatFacts[]> {
  if (ids && ids.length === 0) return [];
  let q = freeFlatsQuery(db, t).selectAll('f');
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

import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { freeFlatsQuery, householdSize, waitingHouseholds } from './housing.queries.ts';
import { day } from './rounds.candidates.ts';
import './housing.tables.ts';

// SQL of the housing office's overview: the waiting list, the free flats and the time-to-home cases.

export interface WaitingRow {
  id: string;
  size: number;
  urgency: number;
  waitingSince: string;
  mustLeaveBy: string | null;
  accessibility: 'none' | 'stepFree' | 'wheelchair';
  eligibility: string | null;
}

/** Waiting households (not housed, no accepted flat), by urgency (highest first), then waiting time (longest). */
export async function waitingList(db: Executor, t: Tenant): Promise<WaitingRow[]> {
  const rows = await waitingHouseholds(db, t)
    .select([
      'h.id',
      'h.urgency',
      'h.waiting_since',
      'h.must_leave_by',
      'h.needs_step_free',
      'h.needs_wheelchair',
      'h.eligibility_outcome',
    ])
    .select(householdSize(db))
    .orderBy('h.urgency', 'desc')
    .orderBy('h.waiting_since')
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    size: Math.max(1, Number(r.size ?? 0)),
    urgency: r.urgency,
    waitingSince: day(r.waiting_since),
    mustLeaveBy: r.must_leave_by ? day(r.must_leave_by) : null,
    accessibility: r.needs_wheelchair ? 'wheelchair' : r.needs_step_free ? 'stepFree' : 'none',
    eligibility: r.eligibility_outcome,
  }));
}

export interface FreeFlatRow {
  id: string;
  street: string;
  rooms: number;
  areaM2: number;
  grossColdRent: number;
  availableFrom: string;
  wbsRequired: boolean;
  stepFree: boolean;
}

/** Published flats not let through an accepted application, soonest available first. */
export async function freeFlats(db: Executor, t: Tenant): Promise<FreeFlatRow[]> {
  const rows = await freeFlatsQuery(db, t)
    .select([
      'f.id',
      'f.street',
      'f.rooms',
      'f.area_m2',
      'f.cold_rent_cents',
      'f.service_charges_cents',
      'f.available_from',
      'f.wbs_required',
      'f.step_free',
      'f.wheelchair_accessible',
    ])
    .execute();
  return rows.map((f) => ({
    id: f.id,
    street: f.street,
    rooms: Number(f.rooms),
    areaM2: Number(f.area_m2),
    grossColdRent: (f.cold_rent_cents + f.service_charges_cents) / 100,
    availableFrom: day(f.available_from),
    wbsRequired: f.wbs_required,
    stepFree: f.step_free || f.wheelchair_accessible,
  }));
}

/** Housed households: size, waiting since and the day their accepted application was decided. */
export async function housedCases(db: Executor, t: Tenant) {
  const rows = await db
    .selectFrom('housing_applications as a')
    .innerJoin('housing_households as h', (j) =>
      j.onRef('h.municipality_id', '=', 'a.municipality_id').onRef('h.id', '=', 'a.household_id'),
    )
    .select(['h.waiting_since', 'a.decided_at'])
    .select(householdSize(db))
    .where('a.municipality_id', '=', t.municipalityId)
    .where('a.status', '=', 'accepted')
    .where('a.decided_at', 'is not', null)
    .execute();
  return rows.map((r) => ({
    size: Math.max(1, Number(r.size ?? 0)),
    waitingSince: day(r.waiting_since),
    decidedAt: r.decided_at as Date,
  }));
}

import type { ApplicantRow, FlatForApplication } from './applications.repository.ts';

/** 'yes' fits, 'no' does not, 'unknown' the household gave nothing to compare with. */
export type Fit = 'yes' | 'no' | 'unknown';

/** How an applicant fits a flat: what a landlord may see before shortlisting (no name, no contact, no residence). */
export interface ApplicantFit {
  persons: number;
  size: Fit;
  rent: Fit;
  accessibility: Fit;
  pets: Fit;
  waitingDays: number;
}

/**
 * Living space a household may have on a WBS flat (WFB, RULES.md section 1): 50 m² for one person, 60 for two,
 * 75 for three, 85 for four, +10 for each further person; +10 for a single parent and for each disabled member.
 * The rules part holds these figures as dated data; this is only the landlord's quick view of the fit.
 */
export function spaceLimit(persons: number, additions: number): number {
  const base = [0, 50, 60, 75, 85][Math.min(persons, 4)] ?? 85;
  return base + Math.max(0, persons - 4) * 10 + additions * 10;
}

const num = (v: string | number) => (typeof v === 'number' ? v : Number.parseFloat(v));

export function fitOf(flat: FlatForApplication, a: ApplicantRow, now: Date): ApplicantFit {
  const persons = Number(a.persons ?? 0);
  const rooms = num(flat.rooms);
  const area = num(flat.area_m2);
  // Enough rooms for the household (two persons per room at most), and within the space limit on a WBS flat.
  const roomsFit = rooms >= Math.ceil(persons / 2);
  const spaceFit = !flat.wbs_required || area <= spaceLimit(persons, Number(a.additions ?? 0));
  const rent = flat.cold_rent_cents + flat.service_charges_cents;
  const needsAccess = a.needs_step_free || a.needs_wheelchair;
  const stepFree = flat.step_free || flat.wheelchair_accessible;
  const since = new Date(
    typeof a.waiting_since === 'string' ? `${a.waiting_since.slice(0, 10)}T00:00:00Z` : a.waiting_since,
  );
  return {
    persons,
    size: roomsFit && spaceFit ? 'yes' : 'no',
    rent: a.rent_limit_cents === null ? 'unknown' : rent <= a.rent_limit_cents ? 'yes' : 'no',
    accessibility: !needsAccess
      ? 'yes'
      : a.needs_wheelchair
        ? flat.wheelchair_accessible
          ? 'yes'
          : 'no'
        : stepFree
          ? 'yes'
          : 'no',
    pets: !a.has_pets || flat.pets_allowed ? 'yes' : 'no',
    waitingDays: Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000)),
  };
}

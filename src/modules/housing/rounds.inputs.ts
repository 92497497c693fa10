import type { Flat, Household } from '../../lib/matching/index.ts';
import type { AgeGroup, MemberRole } from './housing.tables.ts';

// How the housing tables become the matching library's input. Pure functions: the round freezes what they return.

/** A waiting household's facts as the round reads them (no names, no contact data). */
export interface HouseholdFacts {
  id: string;
  members: { role: MemberRole; ageGroup: AgeGroup | null; disabled: boolean; singleParent: boolean }[];
  rentLimitCents: number | null;
  wbsValidUntil: string | null;
  needsStepFree: boolean;
  needsWheelchair: boolean;
  hasPets: boolean;
  waitingSince: string;
  urgency: number;
  wishedQuartierIds: string[];
  near: { lat: number; lon: number; maxKm: number } | null;
}

/** A free flat's facts as the round reads them. */
export interface FlatFacts {
  id: string;
  quartierId: string | null;
  rooms: number;
  areaM2: number;
  coldRentCents: number;
  serviceChargesCents: number;
  wbsRequired: boolean;
  stepFree: boolean;
  wheelchairAccessible: boolean;
  petsAllowed: boolean;
  availableFrom: string;
  lat: number | null;
  lon: number | null;
}

// No rent limit entered: the flat's rent does not exclude it (the library needs a number).
const NO_RENT_LIMIT = 100_000;
// A wished Quartier counts as a strong wish (1–10).
const QUARTIER_WISH_WEIGHT = 8;

/**
 * Living-space limit (WFB): 1 person 50 m², 2 → 60, 3 → 75, 4 → 85, +10 per further person; +10 for a single
 * parent and +10 per member with a disability. The rules part keeps these figures as dated data (`rulesInForce`);
 * this is the fallback for a day no rule set covers.
 */
export function spaceLimitM2(members: HouseholdFacts['members']): number {
  const n = members.length;
  const base = n <= 1 ? 50 : n === 2 ? 60 : n === 3 ? 75 : 85 + 10 * (n - 4);
  const singleParent = members.some((m) => m.singleParent) ? 10 : 0;
  return base + singleParent + 10 * members.filter((m) => m.disabled).length;
}

function memberAge(role: MemberRole, group: AgeGroup | null): '0-5' | '6-17' | '18-64' | '65+' {
  if (role === 'unborn' || group === '0-5') return '0-5';
  if (group === '6-13' || group === '14-17') return '6-17';
  if (group === '65+') return '65+';
  if (group === null && role === 'child') return '6-17';
  return '18-64';
}

function memberRoles(members: HouseholdFacts['members']): Household['members'] {
  let adults = 0;
  const single = members.some((m) => m.singleParent);
  return members.map((m) => {
    const ageGroup = memberAge(m.role, m.ageGroup);
    if (m.role !== 'adult') return { role: 'child', ageGroup };
    adults++;
    // The first adult applies; a second one shares the bedroom unless the household is a single parent's.
    const role = adults === 1 ? 'applicant' : adults === 2 && !single ? 'partner' : 'relative';
    return { role, ageGroup };
  });
}

/** The limits the rules in force set, when they are known: living space by the members, gross cold rent by size. */
export interface RoundLimits {
  spaceM2(members: HouseholdFacts['members']): number;
  rentEuros(size: number): number | null;
}

/** The library's household: ids stay the database ids (pseudonymous to the library). */
export function toMatchingHousehold(h: HouseholdFacts, roundDate: string, limits?: RoundLimits): Household {
  const members: HouseholdFacts['members'] =
    h.members.length > 0 ? h.members : [{ role: 'adult', ageGroup: null, disabled: false, singleParent: false }];
  return {
    id: h.id,
    members: memberRoles(members),
    spaceLimitM2: limits ? limits.spaceM2(members) : spaceLimitM2(members),
    // The household's own limit (KdU or entered) first; else the municipality's KdU for its size; else none.
    rentLimit:
      h.rentLimitCents !== null ? h.rentLimitCents / 100 : (limits?.rentEuros(members.length) ?? NO_RENT_LIMIT),
    wbs: h.wbsValidUntil !== null && h.wbsValidUntil >= roundDate,
    accessibility: h.needsWheelchair ? 'wheelchair' : h.needsStepFree ? 'stepFree' : 'none',
    pets: h.hasPets ? 1 : 0,
    earliestMoveIn: roundDate,
    waitingSince: h.waitingSince > roundDate ? roundDate : h.waitingSince,
    urgency: Math.max(0, Math.min(3, h.urgency)),
    wishes: {
      areas: h.wishedQuartierIds.map((q) => ({ municipality: 'local', quartier: q, weight: QUARTIER_WISH_WEIGHT })),
      places: h.near
        ? [
            {
              location: { lat: h.near.lat, lon: h.near.lon },
              maxDistanceM: Math.max(1, Math.min(500_000, Math.round(h.near.maxKm * 1000))),
            },
          ]
        : [],
    },
  };
}

/**
 * The library's flat. Its "warm rent" is compared with the household's limit, which is a gross cold rent (KdU):
 * so it gets cold rent plus service charges, and heating stays out on both sides. A flat without coordinates
 * gets none of the distance points (placed far away on purpose rather than guessed).
 */
export function toMatchingFlat(f: FlatFacts): Flat {
  return {
    id: f.id,
    areaM2: f.areaM2,
    rooms: Math.max(1, Math.min(30, Math.floor(f.rooms))),
    warmRent: (f.coldRentCents + f.serviceChargesCents) / 100,
    wbsRequired: f.wbsRequired,
    stepFree: f.stepFree,
    wheelchairAccessible: f.wheelchairAccessible,
    petsAllowed: f.petsAllowed,
    availableFrom: f.availableFrom,
    municipality: 'local',
    ...(f.quartierId ? { quartier: f.quartierId } : {}),
    location: f.lat !== null && f.lon !== null ? { lat: f.lat, lon: f.lon } : { lat: 0, lon: 0 },
  };
}

/**
 * Turns validated households and flats into integer-only records, once per
 * round, so that the pair loop (households × flats) does no parsing, no
 * rounding and no date arithmetic.
 */
import { dayNumber, monthsBetween } from './rules/calendar.date.ts';
import type { Flat, Household, Rules } from './matching.types.ts';

/** Accessibility as an ordered level: 0 none, 1 step-free, 2 wheelchair. */
const NEED_LEVEL = { none: 0, stepFree: 1, wheelchair: 2 } as const;

/** A household reduced to the integers the rules need. */
export interface PreparedHousehold {
  readonly source: Household;
  readonly persons: number;
  /** Rooms a household of this composition needs: a living room plus bedrooms (see docs). */
  readonly idealRooms: number;
  readonly spaceLimitCenti: number;
  readonly rentLimitCents: number;
  readonly needLevel: number;
  /** Last day (day number) by which a flat must be available. */
  readonly latestAvailableDay: number;
  readonly waitingMonths: number;
}

/** A flat reduced to the integers the rules need. */
export interface PreparedFlat {
  readonly source: Flat;
  readonly areaCenti: number;
  readonly rentCents: number;
  readonly accessLevel: number;
  readonly availableDay: number;
}

/** Converts a decimal amount with at most two decimals to an exact integer of hundredths. */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** Prepares one household for a round on `roundDate` under `rules`. */
export function prepareHousehold(household: Household, roundDate: string, rules: Rules): PreparedHousehold {
  return {
    source: household,
    persons: household.members.length,
    idealRooms: idealRooms(household),
    spaceLimitCenti: toHundredths(household.spaceLimitM2),
    rentLimitCents: toHundredths(household.rentLimit),
    needLevel: NEED_LEVEL[household.accessibility],
    latestAvailableDay: dayNumber(household.earliestMoveIn) + rules.moveInToleranceDays,
    waitingMonths: monthsBetween(household.waitingSince, roundDate),
  };
}

/** Prepares one flat. */
export function prepareFlat(flat: Flat): PreparedFlat {
  return {
    source: flat,
    areaCenti: toHundredths(flat.areaM2),
    rentCents: toHundredths(flat.warmRent),
    accessLevel: flat.wheelchairAccessible ? 2 : flat.stepFree ? 1 : 0,
    availableDay: dayNumber(flat.availableFrom),
  };
}

/**
 * Living room plus bedrooms: applicant and partner share one, every other adult
 * gets one, two minors share one. Counted in half rooms to stay integral.
 */
export function idealRooms(household: Household): number {
  let halfRooms = 0;
  let couple = false;
  for (const member of household.members) {
    if (member.role === 'applicant' || member.role === 'partner') couple = true;
    else if (member.ageGroup === '0-5' || member.ageGroup === '6-17') halfRooms += 1;
    else halfRooms += 2;
  }
  if (couple) halfRooms += 2;
  return 1 + Math.ceil(halfRooms / 2);
}

/** A round in canonical order with its resolved weights, rules and priority ranks. */
export interface PreparedRound {
  /** Households sorted by waitingSince, then id: the solver's processing and tie-break order. */
  readonly households: readonly PreparedHousehold[];
  /** Flats sorted by id. */
  readonly flats: readonly PreparedFlat[];
  /** priorityRank[h]: position of household h when sorted by urgency (desc), waitingSince, id; 0 is first. */
  readonly priorityRank: Int32Array;
  /** Household indices in priority order (inverse of priorityRank). */
  readonly priorityOrder: Int32Array;
}

/** Compares strings by UTF-16 code units: locale-independent, so the order is the same everywhere. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts and prepares a validated round; the result does not depend on the input array order. */
export function prepareRound(
  households: readonly Household[],
  flats: readonly Flat[],
  roundDate: string,
  rules: Rules,
): PreparedRound {
  const sortedHouseholds = [...households].sort(
    (a, b) => compareCodeUnits(a.waitingSince, b.waitingSince) || compareCodeUnits(a.id, b.id),
  );
  const sortedFlats = [...flats].sort((a, b) => compareCodeUnits(a.id, b.id));
  const order = sortedHouseholds.map((_, index) => index);
  // Priority: higher urgency first, then longer waiting; ids make the order total.
  order.sort((a, b) => {
    const x = sortedHouseholds[a]!;
    const y = sortedHouseholds[b]!;
    return y.urgency - x.urgency || compareCodeUnits(x.waitingSince, y.waitingSince) || compareCodeUnits(x.id, y.id);
  });
  const priorityOrder = Int32Array.from(order);
  const priorityRank = new Int32Array(order.length);
  priorityOrder.forEach((household, rank) => {
    priorityRank[household] = rank;
  });
  return {
    households: sortedHouseholds.map((household) => prepareHousehold(household, roundDate, rules)),
    flats: sortedFlats.map(prepareFlat),
    priorityRank,
    priorityOrder,
  };
}

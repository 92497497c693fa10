/**
 * Hard constraints of a household–flat pair, checked in a fixed order so every
 * infeasible pair reports the first constraint that failed and by how much.
 * Units of the gap: m² (areaAboveLimit), persons (overcrowded), euros
 * (rentAboveLimit), 1 (wbsMissing), accessibility levels (accessibilityNotMet),
 * days (notAvailableInTime), pets (petsNotAllowed).
 */
import { CONSTRAINT_CODES } from '../matching.types.ts';
import type { Feasibility, Rules } from '../matching.types.ts';
import type { PreparedFlat, PreparedHousehold } from '../round.prepare.ts';

const FEASIBLE: Feasibility = Object.freeze({ feasible: true });

/** Reusable result slot, so checking millions of pairs allocates nothing. */
export interface CheckSlot {
  /** Index into CONSTRAINT_CODES of the first failing constraint. */
  constraint: number;
  gap: number;
}

/** Checks one pair; returns true if feasible, else writes the first failure into `slot`. */
export function checkInto(household: PreparedHousehold, flat: PreparedFlat, rules: Rules, slot: CheckSlot): boolean {
  let gap = 0;
  let constraint = -1;
  const capacity = flat.source.rooms * rules.maxPersonsPerRoom;
  if (flat.areaCenti > household.spaceLimitCenti) {
    constraint = 0;
    gap = (flat.areaCenti - household.spaceLimitCenti) / 100;
  } else if (household.persons > capacity) {
    constraint = 1;
    gap = household.persons - capacity;
  } else if (flat.rentCents > household.rentLimitCents) {
    constraint = 2;
    gap = (flat.rentCents - household.rentLimitCents) / 100;
  } else if (flat.source.wbsRequired && !household.source.wbs) {
    constraint = 3;
    gap = 1;
  } else if (flat.accessLevel < household.needLevel) {
    constraint = 4;
    gap = household.needLevel - flat.accessLevel;
  } else if (flat.availableDay > household.latestAvailableDay) {
    constraint = 5;
    gap = flat.availableDay - household.latestAvailableDay;
  } else if (household.source.pets > 0 && !flat.source.petsAllowed) {
    constraint = 6;
    gap = household.source.pets;
  }
  if (constraint < 0) return true;
  slot.constraint = constraint;
  slot.gap = gap;
  return false;
}

/** Checks all hard constraints of one prepared pair; returns the first failure with its gap. */
export function checkPreparedPair(household: PreparedHousehold, flat: PreparedFlat, rules: Rules): Feasibility {
  const slot: CheckSlot = { constraint: 0, gap: 0 };
  if (checkInto(household, flat, rules, slot)) return FEASIBLE;
  return { feasible: false, constraint: CONSTRAINT_CODES[slot.constraint]!, gap: slot.gap };
}

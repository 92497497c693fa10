/**
 * Hard constraints of a household–flat pair, checked in a fixed order so every
 * infeasible pair reports the first constraint that failed and by how much.
 * Units of the gap: m² (areaAboveLimit), persons (overcrowded), euros
 * (rentAboveLimit), 1 (wbsMissing), accessibility levels (accessibilityNotMet),
 * days (notAvailableInTime), pets (petsNotAllowed).
 */
import type { ConstraintCode, Feasibility, FailedConstraint, Rules } from './matching.types.ts';
import type { PreparedFlat, PreparedHousehold } from './round.prepare.ts';

const FEASIBLE: Feasibility = Object.freeze({ feasible: true });

function fail(constraint: ConstraintCode, gap: number): FailedConstraint {
  return { feasible: false, constraint, gap };
}

/** Checks all hard constraints of one prepared pair; returns the first failure with its gap. */
export function checkPreparedPair(household: PreparedHousehold, flat: PreparedFlat, rules: Rules): Feasibility {
  if (flat.areaCenti > household.spaceLimitCenti) {
    return fail('areaAboveLimit', (flat.areaCenti - household.spaceLimitCenti) / 100);
  }
  const capacity = flat.source.rooms * rules.maxPersonsPerRoom;
  if (household.persons > capacity) return fail('overcrowded', household.persons - capacity);
  if (flat.rentCents > household.rentLimitCents) {
    return fail('rentAboveLimit', (flat.rentCents - household.rentLimitCents) / 100);
  }
  if (flat.source.wbsRequired && !household.source.wbs) return fail('wbsMissing', 1);
  if (flat.accessLevel < household.needLevel)
    return fail('accessibilityNotMet', household.needLevel - flat.accessLevel);
  if (flat.availableDay > household.latestAvailableDay) {
    return fail('notAvailableInTime', flat.availableDay - household.latestAvailableDay);
  }
  if (household.source.pets > 0 && !flat.source.petsAllowed) return fail('petsNotAllowed', household.source.pets);
  return FEASIBLE;
}

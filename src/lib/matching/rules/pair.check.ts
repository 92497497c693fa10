/**
 * Single-pair view of the rules, for callers (e.g. an offer page) that need to
 * explain one household–flat pair without running a whole round.
 */
import { checkPreparedPair } from './feasibility.rules.ts';
import { resolveRules, resolveWeights } from '../matching.defaults.ts';
import type { Feasibility, Flat, Household, PairScore, Rules, Weights } from '../matching.types.ts';
import { prepareFlat, prepareHousehold } from '../round.prepare.ts';
import { scorePreparedPair } from './score.rules.ts';

/** Feasibility of one pair and, if feasible, its score by component. */
export function checkPair(
  household: Household,
  flat: Flat,
  roundDate: string,
  options: { weights?: Partial<Weights>; rules?: Partial<Rules> } = {},
): { feasibility: Feasibility; score: PairScore | null } {
  const rules = resolveRules(options);
  const preparedHousehold = prepareHousehold(household, roundDate, rules);
  const preparedFlat = prepareFlat(flat);
  const feasibility = checkPreparedPair(preparedHousehold, preparedFlat, rules);
  const score = feasibility.feasible
    ? scorePreparedPair(preparedHousehold, preparedFlat, resolveWeights(options))
    : null;
  return { feasibility, score };
}

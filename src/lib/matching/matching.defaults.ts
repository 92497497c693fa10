/**
 * Documented default weights and rules (docs/lib/matching.md explains each).
 * Defaults are data, so a municipality can override any of them per round.
 */
import type { MatchingInput, Rules, Weights } from './matching.types.ts';

/** Default score weights; maxima per pair: waiting 120, urgency 120, wish 100, distance 120, size fit 60. */
export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  waitingPerMonth: 2,
  waitingCapMonths: 60,
  urgencyPerLevel: 40,
  wishPerPoint: 10,
  distancePerPlace: 40,
  sizeFit: 60,
});

/** Default hard-constraint parameters. */
export const DEFAULT_RULES: Rules = Object.freeze({
  maxPersonsPerRoom: 2,
  moveInToleranceDays: 30,
});

/** Highest urgency level the schema accepts; bounds the urgency component. */
export const MAX_URGENCY = 3;
/** Highest weight of an area wish; bounds the wish component. */
export const MAX_WISH_WEIGHT = 10;
/** Most places a household may name; bounds the distance component. */
export const MAX_PLACES = 3;

/** Weights of a round: input values over defaults. */
export function resolveWeights(input: Pick<MatchingInput, 'weights'>): Weights {
  return { ...DEFAULT_WEIGHTS, ...input.weights };
}

/** Rules of a round: input values over defaults. */
export function resolveRules(input: Pick<MatchingInput, 'rules'>): Rules {
  return { ...DEFAULT_RULES, ...input.rules };
}

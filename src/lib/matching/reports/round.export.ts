/**
 * Exports a full round as the raw sparse instance of the command line, so the
 * solve can be checked from outside (another solver, the `--edges` mode, the
 * benchmark's HiGHS comparison). Rows and columns follow the canonical order.
 */
import { resolveRules, resolveWeights } from '../matching.defaults.ts';
import type { MatchingInput } from '../matching.types.ts';
import { evaluateRound } from '../round.evaluate.ts';
import { prepareRound } from '../round.prepare.ts';
import type { EdgeArrays } from '../solver/sparse.graph.ts';

/** Raw instance of a round plus the ids behind its row and column indices. */
export interface RoundGraph {
  readonly edges: EdgeArrays;
  readonly householdIds: readonly string[];
  readonly flatIds: readonly string[];
  readonly placementBonus: number;
}

/** Feasible pairs of a validated round with weight = placement bonus + component total. */
export function roundGraph(input: MatchingInput): RoundGraph {
  const weights = resolveWeights(input);
  const rules = resolveRules(input);
  const round = prepareRound(input.households, input.flats, input.roundDate, rules);
  const evaluated = evaluateRound(round.households, round.flats, weights, rules);
  return {
    edges: evaluated.edges,
    householdIds: round.households.map((household) => household.source.id),
    flatIds: round.flats.map((flat) => flat.source.id),
    placementBonus: evaluated.placementBonus,
  };
}

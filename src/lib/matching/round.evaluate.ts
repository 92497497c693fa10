/**
 * Evaluates every household–flat pair of a round once: feasible pairs become
 * weighted edges of the sparse graph, infeasible ones are tallied per household
 * by first-failing constraint (with the smallest gap) for the explanations.
 */
import type { Matching } from './solver/assignment.solver.ts';
import { checkInto } from './rules/feasibility.rules.ts';
import type { CheckSlot } from './rules/feasibility.rules.ts';
import { CONSTRAINT_CODES } from './matching.types.ts';
import type { MatchingMode, Rules, Weights } from './matching.types.ts';
import type { PreparedFlat, PreparedHousehold, PreparedRound } from './round.prepare.ts';
import { placementBonus, scoreTotal } from './rules/score.rules.ts';
import type { EdgeArrays, SparseGraph } from './solver/sparse.graph.ts';

/** Feasible edges plus per-household failure tallies of one round. */
export interface EvaluatedRound {
  /** Edge weight = placementBonus + component total; rows and flats in canonical order. */
  readonly edges: EdgeArrays;
  /** Component total of each edge (weight minus bonus), aligned with `edges`. */
  readonly scores: Int32Array;
  readonly placementBonus: number;
  /** failureCounts[h * C + c]: flats failing first on constraint c for household h. */
  readonly failureCounts: Int32Array;
  /** Smallest gap for the same cells (Infinity when the count is 0). */
  readonly failureMinGap: Float64Array;
  /** Number of feasible households per flat. */
  readonly flatDegree: Int32Array;
}

/** Checks and scores all pairs; O(households × flats) time, O(feasible pairs) memory. */
export function evaluateRound(
  households: readonly PreparedHousehold[],
  flats: readonly PreparedFlat[],
  weights: Weights,
  rules: Rules,
): EvaluatedRound {
  const constraintCount = CONSTRAINT_CODES.length;
  const bonus = placementBonus(weights, households.length, flats.length);
  const from: number[] = [];
  const to: number[] = [];
  const scores: number[] = [];
  const failureCounts = new Int32Array(households.length * constraintCount);
  const failureMinGap = new Float64Array(households.length * constraintCount).fill(Number.POSITIVE_INFINITY);
  const flatDegree = new Int32Array(flats.length);
  const slot: CheckSlot = { constraint: 0, gap: 0 };
  households.forEach((household, h) => {
    flats.forEach((flat, f) => {
      if (checkInto(household, flat, rules, slot)) {
        from.push(h);
        to.push(f);
        scores.push(scoreTotal(household, flat, weights));
        flatDegree[f]!++;
        return;
      }
      const cell = h * constraintCount + slot.constraint;
      failureCounts[cell]!++;
      if (slot.gap < failureMinGap[cell]!) failureMinGap[cell] = slot.gap;
    });
  });
  const scoreArray = Int32Array.from(scores);
  const weight = new Float64Array(scoreArray.length);
  for (let e = 0; e < weight.length; e++) weight[e] = bonus + scoreArray[e]!;
  return {
    edges: {
      households: households.length,
      flats: flats.length,
      household: Int32Array.from(from),
      flat: Int32Array.from(to),
      weight,
    },
    scores: scoreArray,
    placementBonus: bonus,
    failureCounts,
    failureMinGap,
    flatDegree,
  };
}

/** Everything known after solving a round; input to explanations and the fairness report. */
export interface SolvedRound {
  readonly round: PreparedRound;
  readonly evaluated: EvaluatedRound;
  readonly graph: SparseGraph;
  readonly matching: Matching;
  /** The policy that produced the matching (explanations differ by policy). */
  readonly mode: MatchingMode;
}

/**
 * Optimality certificate of a maximum-weight matching (LP duality).
 *
 * Primal: max Σ w·x with every household and flat used at most once. Dual:
 * min Σ u + Σ v with u_h + v_f >= w_hf and u, v >= 0. A matching and duals that
 * satisfy complementary slackness (matched pairs tight, unmatched households
 * and free flats at 0) have equal objectives, so the matching is optimal.
 * Checking that takes one pass over the edges, so the engine checks every run.
 */
import type { OptimalMatching } from './assignment.solver.ts';
import { NONE } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** Returns null when the duals prove the matching optimal, otherwise what is wrong. */
export function certificateProblem(graph: SparseGraph, matching: OptimalMatching): string | null {
  const { householdDual: u, flatDual: v, flatOfHousehold, householdOfFlat } = matching;
  let dualTotal = 0;
  for (let f = 0; f < graph.flats; f++) {
    const value = v[f]!;
    if (!(value >= 0) || (householdOfFlat[f] === NONE && value !== 0)) return `flat ${f}: dual ${value}`;
    dualTotal += value;
  }
  for (let h = 0; h < graph.households; h++) {
    const value = u[h]!;
    const own = flatOfHousehold[h]!;
    if (!(value >= 0) || (own === NONE && value !== 0)) return `household ${h}: dual ${value}`;
    dualTotal += value;
    for (let e = graph.rowStart[h]!; e < graph.rowStart[h + 1]!; e++) {
      const slack = value + v[graph.flat[e]!]! - graph.weight[e]!;
      if (slack < 0 || (graph.flat[e] === own && slack !== 0)) return `edge (${h}, ${graph.flat[e]}): slack ${slack}`;
    }
  }
  return dualTotal === matching.total ? null : `dual total ${dualTotal} != ${matching.total}`;
}

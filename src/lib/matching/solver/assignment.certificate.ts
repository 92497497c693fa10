/**
 * Certificate of a maximum-weight matching, checked on every run by the engine.
 *
 * First that the result is a matching of this instance: every flat held by at most one household, every household
 * holding at most one flat (the two index arrays agree), every matched pair an edge of the graph, and the claimed
 * total equal to the sum of the matched edges' weights. Then that it is optimal (LP duality). Primal: max Σ w·x
 * with every household and flat used at most once. Dual: min Σ u + Σ v with u_h + v_f >= w_hf and u, v >= 0. A
 * matching and duals that satisfy complementary slackness (matched pairs tight, unmatched households and free
 * flats at 0) have equal objectives, so the matching is optimal. Both take one pass over the edges.
 */
import type { OptimalMatching } from './assignment.solver.ts';
import { NONE } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** Returns null when the result is a matching of the graph and the duals prove it optimal, otherwise what is wrong. */
export function certificateProblem(graph: SparseGraph, matching: OptimalMatching): string | null {
  return matchingProblem(graph, matching) ?? dualProblem(graph, matching);
}

/** Returns null when `matching` is a matching of `graph` with the total it claims, otherwise what is wrong. */
export function matchingProblem(
  graph: SparseGraph,
  matching: Pick<OptimalMatching, 'flatOfHousehold' | 'householdOfFlat' | 'total'>,
): string | null {
  const { flatOfHousehold, householdOfFlat } = matching;
  if (flatOfHousehold.length !== graph.households || householdOfFlat.length !== graph.flats) {
    return `sizes ${flatOfHousehold.length} × ${householdOfFlat.length} != ${graph.households} × ${graph.flats}`;
  }
  const holder = new Int32Array(graph.flats).fill(NONE);
  let edgeTotal = 0;
  for (let h = 0; h < graph.households; h++) {
    const f = flatOfHousehold[h]!;
    if (f === NONE) continue;
    if (!(f >= 0 && f < graph.flats)) return `household ${h}: flat ${f} out of range`;
    if (holder[f] !== NONE) return `flat ${f} held by households ${holder[f]} and ${h}`;
    holder[f] = h;
    const weight = edgeWeight(graph, h, f);
    if (weight === null) return `household ${h} matched to flat ${f}, which is not an edge`;
    edgeTotal += weight;
  }
  for (let f = 0; f < graph.flats; f++) {
    // With the holders above, agreement of both arrays means each household holds at most one flat as well.
    if (householdOfFlat[f] !== holder[f]) {
      return `flat ${f}: household ${householdOfFlat[f]} recorded, household ${holder[f]} holds it`;
    }
  }
  return edgeTotal === matching.total ? null : `total ${matching.total} != ${edgeTotal} from the matched edges`;
}

function edgeWeight(graph: SparseGraph, h: number, f: number): number | null {
  for (let e = graph.rowStart[h]!; e < graph.rowStart[h + 1]!; e++) {
    if (graph.flat[e] === f) return graph.weight[e]!;
  }
  return null;
}

function dualProblem(graph: SparseGraph, matching: OptimalMatching): string | null {
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

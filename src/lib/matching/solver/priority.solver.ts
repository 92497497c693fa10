/**
 * Priority mode, the choice-based-lettings baseline: households are served in
 * priority order (urgency, then waiting time, then id) and each takes its best
 * still-free feasible flat. Nobody is ever passed over for a lower-priority
 * household, so justified envy is zero by construction; the price is a lower
 * total score than the optimal mode.
 */
import type { Matching } from './assignment.solver.ts';
import { NONE } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** Serial dictatorship over `order`; ties between flats go to the lower flat index. */
export function solveByPriority(graph: SparseGraph, order: Int32Array): Matching {
  const flatOfHousehold = new Int32Array(graph.households).fill(NONE);
  const householdOfFlat = new Int32Array(graph.flats).fill(NONE);
  let total = 0;
  for (const household of order) {
    let bestFlat = NONE;
    let bestWeight = 0;
    for (let e = graph.rowStart[household]!; e < graph.rowStart[household + 1]!; e++) {
      const flat = graph.flat[e]!;
      // Edges are sorted by flat, so a strict comparison keeps the lowest index on ties.
      if (householdOfFlat[flat] === NONE && graph.weight[e]! > bestWeight) {
        bestWeight = graph.weight[e]!;
        bestFlat = flat;
      }
    }
    if (bestFlat === NONE) continue;
    flatOfHousehold[household] = bestFlat;
    householdOfFlat[bestFlat] = household;
    total += bestWeight;
  }
  return { total, flatOfHousehold, householdOfFlat };
}

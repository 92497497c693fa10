/**
 * The "urgency first" policy: lexicographic in two steps.
 *
 * Step 1 (priority.selection.ts) fixes which households are placed: greedy in priority order with augmenting paths,
 * a maximum-cardinality set that no other matching beats on any prefix of the priority order. Step 2 chooses who
 * gets which flat: the exact solver runs on the graph restricted to the kept households. Its edge weights carry the
 * placement bonus (one more pair always wins), so its optimum matches every kept household (they can all be
 * matched at once) and, among all matchings that place exactly them, has the highest total fit; the LP duals of
 * that solve prove it.
 */
import { certificateProblem, matchingProblem } from './assignment.certificate.ts';
import { solveMaxWeightMatching } from './assignment.solver.ts';
import type { Matching } from './assignment.solver.ts';
import { NONE } from './assignment.state.ts';
import { selectByPriority } from './priority.selection.ts';
import type { SparseGraph } from './sparse.graph.ts';
import { tierProblem } from './tier.certificate.ts';

/**
 * Solves urgency first. `order` lists household indices by priority; `tierOf[h]` is the household's urgency level
 * (the order must list higher levels first). Edge weights must make one more pair always win (the engine's
 * placement bonus). Throws when a certificate fails: a proposal is never silently wrong.
 */
export function solveUrgencyFirst(graph: SparseGraph, order: Int32Array, tierOf: Int32Array): Matching {
  const selection = selectByPriority(graph, order);
  const restricted = keepRows(graph, selection.selected);
  const matching = solveMaxWeightMatching(restricted);
  const problem =
    certificateProblem(restricted, matching) ??
    matchingProblem(graph, matching) ??
    missingSelected(matching.flatOfHousehold, selection.selected) ??
    tierProblem(graph, matching, tierOf);
  if (problem !== null) throw new Error(`urgency first: certificate failed (${problem})`);
  return {
    total: matching.total,
    flatOfHousehold: matching.flatOfHousehold,
    householdOfFlat: matching.householdOfFlat,
  };
}

/** The same graph with the rows of unselected households emptied (indices unchanged, so ties break alike). */
export function keepRows(graph: SparseGraph, selected: Uint8Array): SparseGraph {
  const rowStart = new Int32Array(graph.households + 1);
  for (let h = 0; h < graph.households; h++) {
    const length = selected[h] === 1 ? graph.rowStart[h + 1]! - graph.rowStart[h]! : 0;
    rowStart[h + 1] = rowStart[h]! + length;
  }
  const flat = new Int32Array(rowStart[graph.households]!);
  const weight = new Float64Array(flat.length);
  for (let h = 0; h < graph.households; h++) {
    if (selected[h] !== 1) continue;
    const from = graph.rowStart[h]!;
    const to = graph.rowStart[h + 1]!;
    flat.set(graph.flat.subarray(from, to), rowStart[h]!);
    weight.set(graph.weight.subarray(from, to), rowStart[h]!);
  }
  return { households: graph.households, flats: graph.flats, rowStart, flat, weight };
}

/** Step 2 must place every household step 1 kept, and nobody else. */
function missingSelected(flatOfHousehold: Int32Array, selected: Uint8Array): string | null {
  for (let h = 0; h < selected.length; h++) {
    if ((flatOfHousehold[h] !== NONE) !== (selected[h] === 1)) return `household ${h}: selected ${selected[h]}`;
  }
  return null;
}

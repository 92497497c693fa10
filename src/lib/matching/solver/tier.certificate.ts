/**
 * Certificate that a matching places, for every urgency level k, as many households of level k or higher as any
 * matching can (for k = 0: as many households as any matching, maximum cardinality).
 *
 * König's theorem: in a bipartite graph the largest matching and the smallest vertex cover (a set of households
 * and flats touching every edge) have the same size, and no matching is larger than any cover. So a cover of the
 * graph of the households of level >= k whose size equals the number of them placed proves that number maximal.
 * The cover is built from the matching by the usual alternating search (households not reached from an unplaced
 * one, plus flats reached); it is then checked on its own, edge by edge, so the proof does not rest on the search.
 */
import type { Matching } from './assignment.solver.ts';
import { NONE } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** Returns null when every level's count is proven maximal, otherwise what is wrong. */
export function tierProblem(graph: SparseGraph, matching: Matching, tierOf: Int32Array): string | null {
  let top = 0;
  for (let h = 0; h < graph.households; h++) top = Math.max(top, tierOf[h]!);
  for (let level = top; level >= 0; level--) {
    const problem = levelProblem(graph, matching, tierOf, level);
    if (problem !== null) return `urgency ${level} or higher: ${problem}`;
  }
  return null;
}

function levelProblem(graph: SparseGraph, matching: Matching, tierOf: Int32Array, level: number): string | null {
  const reachedHousehold = new Uint8Array(graph.households);
  const reachedFlat = new Uint8Array(graph.flats);
  const queue = new Int32Array(graph.households);
  let tail = 0;
  for (let h = 0; h < graph.households; h++) {
    if (tierOf[h]! >= level && matching.flatOfHousehold[h] === NONE) {
      reachedHousehold[h] = 1;
      queue[tail++] = h;
    }
  }
  for (let head = 0; head < tail; head++) {
    const h = queue[head]!;
    for (let e = graph.rowStart[h]!; e < graph.rowStart[h + 1]!; e++) {
      const f = graph.flat[e]!;
      if (reachedFlat[f] === 1) continue;
      reachedFlat[f] = 1;
      const holder = matching.householdOfFlat[f]!;
      // A flat free for this level (unheld, or held below it) ends an augmenting path: one more could be placed.
      if (holder === NONE || tierOf[holder]! < level) return `flat ${f} could still take household ${h}`;
      if (reachedHousehold[holder] === 0) {
        reachedHousehold[holder] = 1;
        queue[tail++] = holder;
      }
    }
  }
  return coverProblem(graph, matching, tierOf, level, reachedHousehold, reachedFlat);
}

/** Checks the cover (unreached households of the level, reached flats) on its own: it touches every edge, size = placed. */
function coverProblem(
  graph: SparseGraph,
  matching: Matching,
  tierOf: Int32Array,
  level: number,
  reachedHousehold: Uint8Array,
  reachedFlat: Uint8Array,
): string | null {
  let placed = 0;
  let cover = 0;
  for (let h = 0; h < graph.households; h++) {
    if (tierOf[h]! < level) continue;
    if (matching.flatOfHousehold[h] !== NONE) placed++;
    if (reachedHousehold[h] === 0) {
      cover++;
      continue;
    }
    for (let e = graph.rowStart[h]!; e < graph.rowStart[h + 1]!; e++) {
      if (reachedFlat[graph.flat[e]!] === 0) return `edge (${h}, ${graph.flat[e]}) not covered`;
    }
  }
  for (let f = 0; f < graph.flats; f++) cover += reachedFlat[f]!;
  return cover === placed ? null : `cover of ${cover} for ${placed} placed`;
}

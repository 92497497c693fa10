/**
 * Shared mutable state of one assignment solve (row reduction + shortest paths).
 *
 * Conventions (min-cost form, cost of edge h–f is -weight):
 * reduced cost = -weight + rowPotential[h] - colPotential[f] >= 0 on every arc the
 * search can use, and 0 on matched edges. Every household also owns an implicit
 * "stay unmatched" column with cost 0 and potential 0.
 */
import { IndexedMinHeap } from './distance.heap.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** Marks an unmatched household or flat, or an absent path end. */
export const NONE = -1;

/** Mutable arrays of one solver run; kept together so helpers stay small. */
export interface SolverState {
  readonly graph: SparseGraph;
  /** Row potentials; >= 0 for every matched household (its "unmatched" arc is never negative). */
  readonly rowPotential: Float64Array;
  /** Column potentials; 0 for free flats, in [-maxWeight, 0] for matched ones. */
  readonly colPotential: Float64Array;
  readonly flatOfHousehold: Int32Array;
  readonly householdOfFlat: Int32Array;
  /** 1 for households settled on their own "unmatched" column; no augmenting path can reach them again. */
  readonly parked: Uint8Array;
  readonly dist: Float64Array;
  /** Search number in which dist of a flat was last written (avoids clearing arrays). */
  readonly seen: Int32Array;
  readonly pred: Int32Array;
  readonly finalized: Int32Array;
  readonly heap: IndexedMinHeap;
  finalizedCount: number;
  search: number;
  /** Length of the best augmenting path found so far (in reduced costs). */
  bound: number;
  /** End of that path: a free flat, or NONE when it ends in a household's "unmatched" column. */
  endFlat: number;
  /** Household whose "unmatched" column ends the path when endFlat is NONE. */
  endHousehold: number;
}

/** Allocates all typed arrays for a solve: O(households + flats) memory on top of the graph. */
export function createSolverState(graph: SparseGraph): SolverState {
  const dist = new Float64Array(graph.flats);
  return {
    graph,
    rowPotential: new Float64Array(graph.households),
    colPotential: new Float64Array(graph.flats),
    flatOfHousehold: new Int32Array(graph.households).fill(NONE),
    householdOfFlat: new Int32Array(graph.flats).fill(NONE),
    parked: new Uint8Array(graph.households),
    dist,
    seen: new Int32Array(graph.flats).fill(-1),
    pred: new Int32Array(graph.flats),
    finalized: new Int32Array(graph.flats),
    heap: new IndexedMinHeap(graph.flats, dist),
    finalizedCount: 0,
    search: -1,
    bound: 0,
    endFlat: NONE,
    endHousehold: NONE,
  };
}

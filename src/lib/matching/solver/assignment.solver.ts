/**
 * Exact maximum-weight bipartite matching on a sparse graph.
 *
 * Successive shortest augmenting paths (Hungarian method in its sparse, Dijkstra
 * form, as in LAPJVsp): households are inserted one at a time and each insertion
 * runs one Dijkstra over reduced costs with an indexed binary heap. Every household
 * owns an implicit zero-weight "stay unmatched" column, which turns the problem
 * into a rectangular assignment in which everybody is assigned, so the search
 * stops on its own once no augmenting path has positive gain. The reasoning and
 * the bounds on the numbers are in docs/decisions/0100-matching-solver.md.
 */
import { reduceRows } from './assignment.reduction.ts';
import { NONE, createSolverState } from './assignment.state.ts';
import type { SolverState } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** A matching as index arrays; -1 marks an unmatched household or flat. */
export interface Matching {
  readonly total: number;
  readonly flatOfHousehold: Int32Array;
  readonly householdOfFlat: Int32Array;
}

/** An optimal matching with the dual solution (LP prices) that proves its optimality. */
export interface OptimalMatching extends Matching {
  /** Dual value per household (u >= 0): the potentials of the final search state. */
  readonly householdDual: Float64Array;
  /** Dual value per flat (v >= 0). */
  readonly flatDual: Float64Array;
}

/** Solves maximum-weight (not necessarily perfect) matching exactly; deterministic for a given graph. */
export function solveMaxWeightMatching(graph: SparseGraph): OptimalMatching {
  const state = createSolverState(graph);
  reduceRows(state);
  for (let h = 0; h < graph.households; h++) {
    if (graph.rowStart[h] === graph.rowStart[h + 1] || state.parked[h] || state.flatOfHousehold[h] !== NONE) continue;
    searchFrom(state, h);
    updatePotentials(state, h);
    augment(state, h);
  }
  let total = 0;
  for (let h = 0; h < graph.households; h++) {
    const f = state.flatOfHousehold[h]!;
    if (f !== NONE) total += edgeWeight(graph, h, f);
  }
  // In LP terms u = rowPotential and v = -colPotential (0 - x turns -0 into 0).
  const flatDual = state.colPotential.map((potential) => 0 - potential);
  return {
    total,
    flatOfHousehold: state.flatOfHousehold,
    householdOfFlat: state.householdOfFlat,
    householdDual: state.rowPotential,
    flatDual,
  };
}

/** Dijkstra from household `start` until no open flat is closer than the best path end. */
function searchFrom(state: SolverState, start: number): void {
  const { graph, rowPotential, colPotential } = state;
  // Smallest potential that makes every arc leaving `start` non-negative, so the
  // best arc has reduced cost 0; 0 is the bound from its own "unmatched" column.
  let potential = 0;
  for (let e = graph.rowStart[start]!; e < graph.rowStart[start + 1]!; e++) {
    const candidate = graph.weight[e]! + colPotential[graph.flat[e]!]!;
    if (candidate > potential) potential = candidate;
  }
  rowPotential[start] = potential;
  state.search++;
  state.finalizedCount = 0;
  // Leaving `start` unmatched costs its row potential; on ties it is preferred over displacing anyone.
  state.bound = potential;
  state.endFlat = NONE;
  state.endHousehold = start;
  scanHousehold(state, start, 0);
  const heap = state.heap;
  while (heap.size > 0 && state.dist[heap.peek()]! < state.bound) {
    const flat = heap.pop();
    state.finalized[state.finalizedCount++] = flat;
    const household = state.householdOfFlat[flat]!;
    const reached = state.dist[flat]!;
    // The matched arc flat -> household is tight, so the household is reached at the same distance.
    if (reached + rowPotential[household]! < state.bound) {
      state.bound = reached + rowPotential[household]!;
      state.endFlat = NONE;
      state.endHousehold = household;
    }
    scanHousehold(state, household, reached);
  }
  heap.clear();
}

/** Relaxes all arcs of a household reached at distance `reached`. */
function scanHousehold(state: SolverState, household: number, reached: number): void {
  const { graph, colPotential, dist, seen, pred, householdOfFlat, heap, search } = state;
  // Hot loop: typed arrays and the bound live in locals; the bound is written back at the end.
  const flats = graph.flat;
  const weights = graph.weight;
  const base = reached + state.rowPotential[household]!;
  const end = graph.rowStart[household + 1]!;
  let bound = state.bound;
  for (let e = graph.rowStart[household]!; e < end; e++) {
    const flat = flats[e]!;
    const next = base - weights[e]! - colPotential[flat]!;
    if (next > bound) continue;
    if (householdOfFlat[flat] === NONE) {
      // A free flat ends the path; at equal length it beats leaving someone unmatched.
      if (next < bound || state.endFlat === NONE) {
        bound = next;
        state.endFlat = flat;
        pred[flat] = household;
      }
      continue;
    }
    if (next === bound) continue;
    if (seen[flat] !== search) {
      seen[flat] = search;
      dist[flat] = next;
    } else if (next >= dist[flat]!) continue;
    else dist[flat] = next;
    pred[flat] = household;
    heap.upsert(flat);
  }
  state.bound = bound;
}

/** Johnson update: flats closed before the end move by (distance - bound), keeping reduced costs >= 0. */
function updatePotentials(state: SolverState, start: number): void {
  const { colPotential, rowPotential, dist, finalized, householdOfFlat, bound } = state;
  for (let k = 0; k < state.finalizedCount; k++) {
    const flat = finalized[k]!;
    const shift = dist[flat]! - bound;
    colPotential[flat]! += shift;
    rowPotential[householdOfFlat[flat]!]! += shift;
  }
  rowPotential[start]! -= bound;
}

/** Flips the matched and unmatched arcs along the path found by the last search. */
function augment(state: SolverState, start: number): void {
  const { flatOfHousehold, householdOfFlat, pred } = state;
  let flat = state.endFlat;
  // A path visits each flat at most once; the guard turns a broken invariant into an error, not a hang.
  let steps = state.graph.flats + 1;
  if (flat === NONE) {
    const leaving = state.endHousehold;
    state.parked[leaving] = 1;
    if (leaving === start) return;
    // The path ends by unmatching `leaving`; its flat is handed down the path.
    flat = flatOfHousehold[leaving]!;
    flatOfHousehold[leaving] = NONE;
  }
  for (;;) {
    if (steps-- === 0) throw new Error('augmenting path does not end: solver invariant broken');
    const household = pred[flat]!;
    const previous = flatOfHousehold[household]!;
    flatOfHousehold[household] = flat;
    householdOfFlat[flat] = household;
    if (household === start) return;
    flat = previous;
  }
}

/** Weight of edge (household, flat) by binary search, as flats ascend within a row. */
function edgeWeight(graph: SparseGraph, household: number, flat: number): number {
  let low = graph.rowStart[household]!;
  let high = graph.rowStart[household + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = graph.flat[middle]!;
    if (candidate === flat) return graph.weight[middle]!;
    if (candidate < flat) low = middle + 1;
    else high = middle - 1;
  }
  throw new RangeError(`no edge (${household}, ${flat})`);
}

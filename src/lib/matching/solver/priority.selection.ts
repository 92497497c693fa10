/**
 * Urgency first, step 1: which households are placed.
 *
 * Households are taken in priority order; one is kept only if all kept households plus it can still be matched
 * at the same time, which an augmenting path from it decides (Kuhn's algorithm on the sparse graph). A kept
 * household is never dropped again: augmenting only moves households between flats.
 *
 * Why this places as many households as any matching, and as many of every urgency level and above as possible:
 * the sets of households that can be matched together are the independent sets of a matroid (the transversal
 * matroid of the bipartite graph). In a matroid the greedy algorithm, taking elements in a fixed order and keeping
 * each one that leaves the set independent, ends with a basis (a maximum independent set: here a
 * maximum-cardinality matching) that, for every prefix of the order, holds as many elements of the prefix as any
 * independent set does (Gale 1968). The households of urgency k or higher are a prefix of the priority order, so
 * for every k no matching places more of them. docs/lib/matching.md gives the argument in full;
 * solver/tier.certificate.ts checks the outcome on every run.
 */
import { NONE } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

/** The kept households with one matching that places all of them (the flats are re-chosen in step 2). */
export interface Selection {
  /** 1 for each kept household. */
  readonly selected: Uint8Array;
  readonly count: number;
}

/** Scratch arrays of one selection run. */
interface SearchState {
  readonly graph: SparseGraph;
  readonly flatOf: Int32Array;
  readonly holder: Int32Array;
  /** 1 for flats no augmenting path can ever use again (see markDead). */
  readonly dead: Uint8Array;
  /** Search number in which a flat was last visited (avoids clearing between searches). */
  readonly seen: Int32Array;
  readonly visited: Int32Array;
  visitedCount: number;
  readonly stackHousehold: Int32Array;
  readonly stackEdge: Int32Array;
  readonly stackFlat: Int32Array;
}

/** Greedy over `order` (household indices, highest priority first) with augmenting paths. */
export function selectByPriority(graph: SparseGraph, order: Int32Array): Selection {
  const depth = Math.min(graph.households, graph.flats) + 1;
  const state: SearchState = {
    graph,
    flatOf: new Int32Array(graph.households).fill(NONE),
    holder: new Int32Array(graph.flats).fill(NONE),
    dead: new Uint8Array(graph.flats),
    seen: new Int32Array(graph.flats).fill(-1),
    visited: new Int32Array(graph.flats),
    visitedCount: 0,
    stackHousehold: new Int32Array(depth),
    stackEdge: new Int32Array(depth),
    stackFlat: new Int32Array(depth),
  };
  const selected = new Uint8Array(graph.households);
  let count = 0;
  for (let turn = 0; turn < order.length; turn++) {
    const household = order[turn]!;
    if (count === graph.flats) break;
    if (augmentFrom(state, household, turn)) {
      selected[household] = 1;
      count++;
    } else markDead(state);
  }
  return { selected, count };
}

/**
 * After a failed search, every flat it visited is held, and the holders of those flats (with the start) have no
 * other usable flat. A later path that enters one of them can only move between them and never reaches a free
 * flat, and no augmentation changes who holds them; so they are skipped for good. This keeps the failed searches
 * at O(edges) in total.
 */
function markDead(state: SearchState): void {
  for (let k = 0; k < state.visitedCount; k++) state.dead[state.visited[k]!] = 1;
}

/** Depth-first search for an augmenting path from `start` (iterative: paths can be thousands of steps long). */
function augmentFrom(state: SearchState, start: number, search: number): boolean {
  const { graph, holder, dead, seen, stackHousehold, stackEdge, stackFlat } = state;
  state.visitedCount = 0;
  let top = 0;
  stackHousehold[0] = start;
  stackEdge[0] = graph.rowStart[start]!;
  if (takeFreeFlat(state, 0)) return true;
  while (top >= 0) {
    const household = stackHousehold[top]!;
    const end = graph.rowStart[household + 1]!;
    let e = stackEdge[top]!;
    while (e < end && (dead[graph.flat[e]!] === 1 || seen[graph.flat[e]!] === search)) e++;
    if (e === end) {
      top--;
      continue;
    }
    stackEdge[top] = e + 1;
    const flat = graph.flat[e]!;
    seen[flat] = search;
    state.visited[state.visitedCount++] = flat;
    // Every flat on the stack is held (free ones end the search in takeFreeFlat), so descend to its holder.
    stackFlat[top] = flat;
    top++;
    stackHousehold[top] = holder[flat]!;
    stackEdge[top] = graph.rowStart[holder[flat]!]!;
    if (takeFreeFlat(state, top)) return true;
  }
  return false;
}

/** Looks one step ahead for a free flat of the household at `top`; on success flips the whole path. */
function takeFreeFlat(state: SearchState, top: number): boolean {
  const { graph, holder, dead, flatOf, stackHousehold, stackFlat } = state;
  const household = stackHousehold[top]!;
  for (let e = graph.rowStart[household]!; e < graph.rowStart[household + 1]!; e++) {
    const flat = graph.flat[e]!;
    if (holder[flat] !== NONE || dead[flat] === 1) continue;
    stackFlat[top] = flat;
    for (let level = top; level >= 0; level--) {
      const h = stackHousehold[level]!;
      const f = stackFlat[level]!;
      flatOf[h] = f;
      holder[f] = h;
    }
    return true;
  }
  return false;
}

/**
 * Augmenting row reduction (the warm start of Jonker–Volgenant), adapted to
 * maximum-weight matching with an implicit "stay unmatched" column per household.
 *
 * Each step lets one free household take the flat of highest value
 * (weight + colPotential) and lowers that flat's potential by the gap to the
 * second-best option, exactly like an auction bid. Every step keeps the
 * invariants of the shortest-path phase (reduced costs >= 0, matched edges
 * tight, free flats at potential 0), so it may stop at any time: it is only a
 * speed-up that settles most households cheaply, and its step budget keeps
 * price wars from running long.
 */
import { NONE } from './assignment.state.ts';
import type { SolverState } from './assignment.state.ts';
import { BidCache } from './bid.cache.ts';

const PASSES = 2;
const STEPS_PER_HOUSEHOLD = 16;

/** Assigns most households cheaply; the rest stay free for the shortest-path phase. */
export function reduceRows(state: SolverState): void {
  const { graph } = state;
  let free = new Int32Array(graph.households);
  let freeCount = 0;
  for (let h = 0; h < graph.households; h++) if (graph.rowStart[h] !== graph.rowStart[h + 1]) free[freeCount++] = h;
  let steps = STEPS_PER_HOUSEHOLD * graph.households;
  const cache = new BidCache(graph, state.colPotential);
  for (let pass = 0; pass < PASSES && freeCount > 0; pass++) {
    const deferred = new Int32Array(graph.households);
    let deferredCount = 0;
    let k = 0;
    while (k < freeCount && steps-- > 0) {
      const household = free[k++]!;
      const displaced = bidOnce(state, cache, household);
      if (displaced === NONE) continue;
      // A strictly better bid raised the price, so the displaced household bids again at once;
      // after a tie it waits for the next pass, which prevents endless exchanges.
      if (cache.best > cache.second) free[--k] = displaced;
      else deferred[deferredCount++] = displaced;
    }
    free = deferred;
    freeCount = deferredCount;
  }
}

/** One auction step for `household`; returns the household it displaced, or NONE. */
function bidOnce(state: SolverState, cache: BidCache, household: number): number {
  const { colPotential, rowPotential, flatOfHousehold, householdOfFlat } = state;
  cache.bid(household);
  const { best, bestFlat, second, secondFlat } = cache;
  if (best < 0 || (best === 0 && householdOfFlat[bestFlat] !== NONE)) {
    // Staying unmatched is at least as good as any flat: settle for good, displacing nobody.
    state.parked[household] = 1;
    rowPotential[household] = 0;
    return NONE;
  }
  let flat = bestFlat;
  if (best > second) {
    colPotential[flat]! -= best - second;
    rowPotential[household] = second;
  } else {
    rowPotential[household] = best;
    // Equal options: take the second one if the first is occupied; it may be free.
    if (householdOfFlat[flat] !== NONE && secondFlat !== NONE) flat = secondFlat;
  }
  const owner = householdOfFlat[flat]!;
  flatOfHousehold[household] = flat;
  householdOfFlat[flat] = household;
  if (owner !== NONE) flatOfHousehold[owner] = NONE;
  return owner;
}

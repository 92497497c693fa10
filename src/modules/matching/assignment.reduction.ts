/**
 * Augmenting row reduction (the warm start of Jonker–Volgenant), adapted to
 * maximum-weight matching with an implicit "stay unmatched" column per household.
 *
 * Each step lets one free household take the flat of highest value
 * (weight + colPotential) and lowers that flat's potential by the gap to the
 * second-best option, exactly like an auction bid. Every step keeps the
 * invariants of the shortest-path phase (reduced costs >= 0, matched edges
 * tight, free flats at potential 0), so it may stop at any time: it is only a
 * speed-up that settles most households with one row scan each, and its step
 * budget keeps price wars from running long.
 */
import { NONE } from './assignment.state.ts';
import type { SolverState } from './assignment.state.ts';

const PASSES = 2;
const STEPS_PER_HOUSEHOLD = 4;

/** Best and second-best value of one household's options; the "unmatched" option is worth 0. */
interface Bid {
  best: number;
  bestFlat: number;
  second: number;
  secondFlat: number;
}

/** Assigns most households cheaply; the rest stay free for the shortest-path phase. */
export function reduceRows(state: SolverState): void {
  const { graph } = state;
  let free = new Int32Array(graph.households);
  let freeCount = 0;
  for (let h = 0; h < graph.households; h++) if (graph.rowStart[h] !== graph.rowStart[h + 1]) free[freeCount++] = h;
  const budget = { steps: STEPS_PER_HOUSEHOLD * graph.households };
  const bid: Bid = { best: 0, bestFlat: NONE, second: 0, secondFlat: NONE };
  for (let pass = 0; pass < PASSES && freeCount > 0; pass++) {
    const deferred = new Int32Array(graph.households);
    let deferredCount = 0;
    let k = 0;
    while (k < freeCount && budget.steps-- > 0) {
      const household = free[k++]!;
      const displaced = bidOnce(state, household, bid);
      if (displaced === NONE) continue;
      // A strictly better bid raised the price, so the displaced household bids again at once;
      // after a tie it waits for the next pass, which prevents endless exchanges.
      if (bid.best > bid.second) free[--k] = displaced;
      else deferred[deferredCount++] = displaced;
    }
    free = deferred;
    freeCount = deferredCount;
  }
}

/** One auction step for `household`; returns the household it displaced, or NONE. */
function bidOnce(state: SolverState, household: number, bid: Bid): number {
  const { colPotential, rowPotential, flatOfHousehold, householdOfFlat } = state;
  scanBid(state, household, bid);
  if (bid.best < 0 || (bid.best === 0 && householdOfFlat[bid.bestFlat] !== NONE)) {
    // Staying unmatched is at least as good as any flat: settle for good, displacing nobody.
    state.parked[household] = 1;
    rowPotential[household] = 0;
    return NONE;
  }
  let flat = bid.bestFlat;
  if (bid.best > bid.second) {
    colPotential[flat]! -= bid.best - bid.second;
    rowPotential[household] = bid.second;
  } else {
    rowPotential[household] = bid.best;
    // Equal options: take the second one if the first is occupied; it may be free.
    if (householdOfFlat[flat] !== NONE && bid.secondFlat !== NONE) flat = bid.secondFlat;
  }
  const owner = householdOfFlat[flat]!;
  flatOfHousehold[household] = flat;
  householdOfFlat[flat] = household;
  if (owner !== NONE) flatOfHousehold[owner] = NONE;
  return owner;
}

function scanBid(state: SolverState, household: number, bid: Bid): void {
  const { graph, colPotential } = state;
  let best = Number.NEGATIVE_INFINITY;
  let bestFlat = NONE;
  let second = 0;
  let secondFlat = NONE;
  const end = graph.rowStart[household + 1]!;
  for (let e = graph.rowStart[household]!; e < end; e++) {
    const flat = graph.flat[e]!;
    const value = graph.weight[e]! + colPotential[flat]!;
    if (value > best) {
      if (best > second) {
        second = best;
        secondFlat = bestFlat;
      }
      best = value;
      bestFlat = flat;
    } else if (value > second) {
      second = value;
      secondFlat = flat;
    }
  }
  bid.best = best;
  bid.bestFlat = bestFlat;
  bid.second = second;
  bid.secondFlat = secondFlat;
}

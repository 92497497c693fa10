/**
 * Explanations as data: for every household left without a proposal a reason
 * code with its numbers, for every flat how many households could have taken
 * it. Recipients are only counted, never named, so an explanation can be shown
 * to the household it concerns without revealing anybody else.
 */
import { NONE } from '../solver/assignment.state.ts';
import { CONSTRAINT_CODES } from '../matching.types.ts';
import type { ConstraintCode, FlatOutcome, UnmatchedHousehold, UnmatchedReason } from '../matching.types.ts';
import { MAX_URGENCY } from '../matching.defaults.ts';
import type { SolvedRound } from '../round.evaluate.ts';

/** Reasons for all unmatched households, in canonical household order. */
export function explainUnmatched(solved: SolvedRound): UnmatchedHousehold[] {
  const result: UnmatchedHousehold[] = [];
  solved.round.households.forEach((household, h) => {
    if (solved.matching.flatOfHousehold[h] !== NONE) return;
    result.push({ householdId: household.source.id, reason: reasonFor(solved, h) });
  });
  return result;
}

/** Per flat: feasible households and the proposed household, in canonical flat order. */
export function describeFlats(solved: SolvedRound): FlatOutcome[] {
  return solved.round.flats.map((flat, f) => {
    const holder = solved.matching.householdOfFlat[f]!;
    return {
      flatId: flat.source.id,
      feasibleHouseholds: solved.evaluated.flatDegree[f]!,
      householdId: holder === NONE ? null : solved.round.households[holder]!.source.id,
    };
  });
}

function reasonFor(solved: SolvedRound, household: number): UnmatchedReason {
  if (solved.round.flats.length === 0) return { code: 'noFlatsInRound' };
  const { rowStart } = solved.graph;
  if (rowStart[household] === rowStart[household + 1]) return noFeasibleFlat(solved, household);
  return outscored(solved, household);
}

/** Most common first-failing constraint (earlier code wins ties) and the nearest miss on it. */
function noFeasibleFlat(solved: SolvedRound, household: number): UnmatchedReason {
  const { failureCounts, failureMinGap } = solved.evaluated;
  const base = household * CONSTRAINT_CODES.length;
  const failures: Partial<Record<ConstraintCode, number>> = {};
  let top = 0;
  CONSTRAINT_CODES.forEach((code, c) => {
    const count = failureCounts[base + c]!;
    if (count > 0) failures[code] = count;
    if (count > failureCounts[base + top]!) top = c;
  });
  return {
    code: 'noFeasibleFlat',
    constraint: CONSTRAINT_CODES[top]!,
    flats: failureCounts[base + top]!,
    gap: failureMinGap[base + top]!,
    failures,
  };
}

/** Every feasible flat went to someone else: count them by the recipients' priority and urgency. */
function outscored(solved: SolvedRound, household: number): UnmatchedReason {
  const { graph, matching, round } = solved;
  const recipientsByUrgency = new Array<number>(MAX_URGENCY + 1).fill(0);
  let higherPriority = 0;
  let lowerPriority = 0;
  for (let e = graph.rowStart[household]!; e < graph.rowStart[household + 1]!; e++) {
    const recipient = matching.householdOfFlat[graph.flat[e]!]!;
    // A feasible flat left free next to an unmatched household cannot occur: every policy would have used it
    // (optimal: the placement bonus; urgency first: a one-step augmenting path; priority: the household's turn).
    if (recipient === NONE) continue;
    if (round.priorityRank[recipient]! < round.priorityRank[household]!) higherPriority++;
    else lowerPriority++;
    recipientsByUrgency[round.households[recipient]!.source.urgency]!++;
  }
  return {
    // Urgency first leaves a household out only when placing it would leave a higher-priority one without a flat.
    code: solved.mode === 'urgencyFirst' ? 'neededByHigherPriority' : 'outscored',
    feasibleFlats: graph.rowStart[household + 1]! - graph.rowStart[household]!,
    higherPriority,
    lowerPriority,
    recipientsByUrgency,
  };
}

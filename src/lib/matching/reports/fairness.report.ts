/**
 * Fairness figures of one run: placement shares by urgency and waiting-time
 * band, waiting-time percentiles of placed vs. unplaced households, and the
 * number of justified-envy pairs (a household passed over for a feasible flat
 * it preferred, which went to a household with lower priority).
 */
import { NONE } from '../solver/assignment.state.ts';
import { MAX_URGENCY } from '../matching.defaults.ts';
import type { FairnessReport, GroupShare, WaitingPercentiles } from '../matching.types.ts';
import type { SolvedRound } from '../round.evaluate.ts';

/** Waiting-time bands in completed months: [from, to) with labels used as group names. */
export const WAITING_BANDS: readonly { readonly group: string; readonly from: number }[] = [
  { group: '0-5', from: 0 },
  { group: '6-11', from: 6 },
  { group: '12-23', from: 12 },
  { group: '24-47', from: 24 },
  { group: '48+', from: 48 },
];

/** Computes the fairness report of a solved round. */
export function fairnessReport(solved: SolvedRound): FairnessReport {
  const { households } = solved.round;
  const placed = households.map((_, h) => solved.matching.flatOfHousehold[h] !== NONE);
  const urgencyGroups = Array.from({ length: MAX_URGENCY + 1 }, (_, level) => String(level));
  const byUrgency = shares(
    urgencyGroups,
    households.map((household) => household.source.urgency),
    placed,
  );
  const byWaitingBand = shares(
    WAITING_BANDS.map((band) => band.group),
    households.map((household) => waitingBand(household.waitingMonths)),
    placed,
  );
  const months = households.map((household) => household.waitingMonths);
  const envy = justifiedEnvy(solved);
  return {
    byUrgency,
    byWaitingBand,
    waitingMonths: {
      placed: percentiles(months.filter((_, h) => placed[h])),
      unplaced: percentiles(months.filter((_, h) => !placed[h])),
    },
    justifiedEnvyPairs: envy.pairs,
    householdsWithJustifiedEnvy: envy.households,
  };
}

/** Index of the waiting band a number of months falls into. */
export function waitingBand(months: number): number {
  let band = 0;
  WAITING_BANDS.forEach((candidate, index) => {
    if (months >= candidate.from) band = index;
  });
  return band;
}

function shares(groups: readonly string[], groupOf: readonly number[], placed: readonly boolean[]): GroupShare[] {
  const total = new Array<number>(groups.length).fill(0);
  const hits = new Array<number>(groups.length).fill(0);
  groupOf.forEach((group, h) => {
    total[group]!++;
    if (placed[h]) hits[group]!++;
  });
  return groups.map((group, index) => ({
    group,
    households: total[index]!,
    placed: hits[index]!,
    share: total[index] === 0 ? 0 : Math.round((hits[index]! * 10_000) / total[index]!) / 10_000,
  }));
}

/** Nearest-rank percentiles (value at position ceil(p · n) in ascending order); null for no values. */
export function percentiles(values: readonly number[]): WaitingPercentiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)]!;
  return { p10: at(10), p25: at(25), p50: at(50), p75: at(75), p90: at(90) };
}

/** Counts pairs (h, f): f feasible for h, held by a lower-priority household, and preferred by h to its own outcome. */
function justifiedEnvy(solved: SolvedRound): { pairs: number; households: number } {
  const { graph, matching, round } = solved;
  let pairs = 0;
  let households = 0;
  for (let h = 0; h < graph.households; h++) {
    const own = matching.flatOfHousehold[h]!;
    // Within one household, edge weights differ only by the flat-dependent components,
    // so comparing weights compares the household's own preference; unmatched is worth 0.
    let ownWeight = 0;
    const start = graph.rowStart[h]!;
    const end = graph.rowStart[h + 1]!;
    for (let e = start; e < end; e++) if (graph.flat[e] === own) ownWeight = graph.weight[e]!;
    let envious = false;
    for (let e = start; e < end; e++) {
      const holder = matching.householdOfFlat[graph.flat[e]!]!;
      if (holder === NONE || holder === h || round.priorityRank[holder]! < round.priorityRank[h]!) continue;
      if (graph.weight[e]! > ownWeight) {
        pairs++;
        envious = true;
      }
    }
    if (envious) households++;
  }
  return { pairs, households };
}

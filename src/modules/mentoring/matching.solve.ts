import { buildSparseGraph, solveMaxWeightMatching } from '../../lib/matching/index.ts';
import { type MenteeFacts, type MentorFacts, type Reason, scorePair } from './matching.score.ts';

/** A mentor as the run sees them: their facts and how many places are still free (capacity minus taken). */
export interface MentorSlots {
  facts: MentorFacts;
  free: number;
}

export interface Proposal {
  menteeId: string;
  mentorId: string;
  score: number;
  reasons: Reason[];
}

/**
 * The optimal proposals of a run: mentees are rows, each mentor is expanded into `free` columns (one per free
 * place), every workable pair is an edge weighted by its score, and the exact maximum-weight matching decides.
 * Pairs listed in `excluded` (`menteeId:mentorId`, declined before) get no edge. Deterministic for the same input.
 */
export function proposePairs(
  mentees: readonly MenteeFacts[],
  mentors: readonly MentorSlots[],
  asksPolitical: boolean,
  excluded: ReadonlySet<string> = new Set(),
): Proposal[] {
  const columns: number[] = [];
  mentors.forEach((m, i) => {
    for (let k = 0; k < Math.max(0, m.free); k++) columns.push(i);
  });
  if (mentees.length === 0 || columns.length === 0) return [];
  const household: number[] = [];
  const flat: number[] = [];
  const weight: number[] = [];
  const scores = new Map<string, ReturnType<typeof scorePair>>();
  mentees.forEach((e, row) => {
    columns.forEach((mentorIndex, col) => {
      const r = mentors[mentorIndex]!.facts;
      if (excluded.has(`${e.id}:${r.id}`)) return;
      const key = `${row}:${mentorIndex}`;
      let s = scores.get(key);
      if (!s) {
        s = scorePair(e, r, asksPolitical);
        scores.set(key, s);
      }
      if (s.score === null) return;
      household.push(row);
      flat.push(col);
      weight.push(s.score);
    });
  });
  const graph = buildSparseGraph({
    households: mentees.length,
    flats: columns.length,
    household: Int32Array.from(household),
    flat: Int32Array.from(flat),
    weight: Float64Array.from(weight),
  });
  const result = solveMaxWeightMatching(graph);
  const out: Proposal[] = [];
  mentees.forEach((e, row) => {
    const col = result.flatOfHousehold[row]!;
    if (col < 0) return;
    const mentorIndex = columns[col]!;
    const s = scores.get(`${row}:${mentorIndex}`)!;
    out.push({ menteeId: e.id, mentorId: mentors[mentorIndex]!.facts.id, score: s.score!, reasons: s.reasons });
  });
  return out;
}

/** The counts the balance report is made of (mentees of the cycle who hold or wait for a place). */
export interface BalanceCounts {
  /** The programme's target share of women in per cent; null: none. */
  targetPercent: number | null;
  places: number;
  /** Women among the cycle's applicants (not withdrawn). */
  womenApplied: number;
  /** Mentees with a pairing (fixed, proposed, published or active). */
  matched: number;
  matchedWomen: number;
  /** Women with a place but no pairing. */
  womenWithoutPairing: number;
}

export interface BalanceReport {
  /** Whole per cent of women among the matched mentees (null when nobody is matched). */
  sharePercent: number | null;
  targetPercent: number | null;
  /** Below target: the message key saying why, with its numbers. */
  shortfall: { key: string; values: Record<string, number> } | null;
}

/**
 * Says whether the matched mentees reach the women target and, if not, why: too few women applied for the places,
 * or women with a place found no workable pair (then their count). It never changes a pairing: the matching is the
 * optimal one and nobody is dropped to reach the target.
 */
export function balanceReport(c: BalanceCounts): BalanceReport {
  const sharePercent = c.matched > 0 ? Math.round((100 * c.matchedWomen) / c.matched) : null;
  if (c.targetPercent === null || c.matched === 0 || c.matchedWomen * 100 >= c.targetPercent * c.matched) {
    return { sharePercent, targetPercent: c.targetPercent, shortfall: null };
  }
  const needed = Math.ceil((c.targetPercent * c.places) / 100);
  const shortfall: BalanceReport['shortfall'] =
    c.womenWithoutPairing > 0
      ? { key: 'mentoring.matching.balance.unpaired', values: { women: c.womenWithoutPairing } }
      : { key: 'mentoring.matching.balance.fewApplied', values: { women: c.womenApplied, places: c.places, needed } };
  return { sharePercent, targetPercent: c.targetPercent, shortfall };
}

import { type MatchingInput, type MatchingMode, type MatchingResult, runMatching } from '../../lib/matching/index.ts';
import type { PolicyFigureRow, RoundPolicy } from './rounds.tables.ts';

// The policies come from the matching library. Until its "urgency first" policy lands (branch matching-policy:
// MATCHING_MODES, DEFAULT_MODE, comparePolicies), a round offers the modes the library has; the table already
// accepts 'urgencyFirst', so switching is these two constants.
const LIBRARY_MODES = ['optimal', 'priority'] as const satisfies readonly (MatchingMode & RoundPolicy)[];

/** The policies an office can pick now, the default first. */
export const AVAILABLE_POLICIES: readonly RoundPolicy[] = LIBRARY_MODES;
/** The policy a new round starts with. */
export const DEFAULT_POLICY: RoundPolicy = LIBRARY_MODES[0];

/** Whether the library can run this policy. */
export function isAvailablePolicy(p: string): p is RoundPolicy {
  return (AVAILABLE_POLICIES as readonly string[]).includes(p);
}

/** Solves a validated round under one policy (the policy is a parameter everywhere, never a constant). */
export function solveWith(input: MatchingInput, policy: RoundPolicy): MatchingResult {
  return runMatching(input, policy as MatchingMode);
}

/** The side-by-side figures of one policy's result. */
export function figuresOf(policy: RoundPolicy, result: MatchingResult): PolicyFigureRow {
  return {
    policy,
    placed: result.summary.placed,
    byUrgency: result.fairness.byUrgency.map((g) => ({
      level: Number(g.group),
      households: g.households,
      placed: g.placed,
    })),
    totalScore: result.summary.totalScore,
    justifiedEnvyPairs: result.fairness.justifiedEnvyPairs,
  };
}

import {
  DEFAULT_MODE,
  MATCHING_MODES,
  type MatchingInput,
  type MatchingResult,
  runMatching,
} from '../../lib/matching/index.ts';
import type { PolicyFigureRow, RoundPolicy } from './rounds.tables.ts';

// The policies come from the matching library: "urgency first" (the default), "best overall fit" and "strict
// priority order". The table's check constraint names the same three.

/** The policies an office can pick, the default first. */
export const AVAILABLE_POLICIES: readonly RoundPolicy[] = [
  DEFAULT_MODE,
  ...MATCHING_MODES.filter((m) => m !== DEFAULT_MODE),
];
/** The policy a new round starts with. */
export const DEFAULT_POLICY: RoundPolicy = DEFAULT_MODE;

/** Whether the library can run this policy. */
export function isAvailablePolicy(p: string): p is RoundPolicy {
  return (AVAILABLE_POLICIES as readonly string[]).includes(p);
}

/** Solves a validated round under one policy (the policy is a parameter everywhere, never a constant). */
export function solveWith(input: MatchingInput, policy: RoundPolicy): MatchingResult {
  return runMatching(input, policy);
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

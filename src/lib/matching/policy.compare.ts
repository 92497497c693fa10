/**
 * All three policies on the same round, side by side, before the office confirms anything: the pairs are checked
 * and scored once, then solved under each policy. The figures are the ones the issue names (placed per urgency
 * level, total fit, justified-envy pairs); each policy's full result comes along so the office can confirm the one
 * it picks without solving again.
 */
import { evaluateInput, solveRound } from './matching.engine.ts';
import { parseMatchingInput } from './input.validate.ts';
import type { ParseResult } from './input.validate.ts';
import { DEFAULT_MODE, MATCHING_MODES } from './matching.types.ts';
import type { MatchingInput, MatchingResult, PolicyComparison, PolicyFigures } from './matching.types.ts';

/** Solves a validated round under every policy (default first). */
export function comparePolicies(input: MatchingInput): PolicyComparison {
  const context = evaluateInput(input);
  const policies = MATCHING_MODES.map((mode) => {
    const result = solveRound(context, mode);
    return { figures: policyFigures(result), result };
  });
  return { defaultMode: DEFAULT_MODE, policies };
}

/** Validates untrusted input, then compares the policies; returns the validation issues instead of throwing. */
export function compareRound(raw: unknown): ParseResult<PolicyComparison> {
  const parsed = parseMatchingInput(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, value: comparePolicies(parsed.value) };
}

/** The side-by-side figures of one result. */
export function policyFigures(result: MatchingResult): PolicyFigures {
  return {
    mode: result.summary.mode,
    placed: result.summary.placed,
    placedByUrgency: result.fairness.byUrgency,
    totalScore: result.summary.totalScore,
    justifiedEnvyPairs: result.fairness.justifiedEnvyPairs,
    householdsWithJustifiedEnvy: result.fairness.householdsWithJustifiedEnvy,
  };
}

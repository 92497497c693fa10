/**
 * Boundary validation: zod issues become `{ path, message }` pairs whose path
 * names the field (e.g. `households[3].rentLimit`), and round-size limits that
 * zod cannot see (exact integer arithmetic) are checked too.
 */
import type { z } from 'zod';
import { matchingInputSchema } from './input.schema.ts';
import { resolveWeights } from './matching.defaults.ts';
import type { MatchingInput, Weights } from './matching.types.ts';
import { maxComponentTotal, placementBonus } from './rules/score.rules.ts';
import { maxSafeWeight } from './solver/sparse.graph.ts';

/** One validation problem; `path` names the offending field. */
export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** Outcome of validating untrusted input. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/** Formats a path like ['households', 3, 'rentLimit'] as `households[3].rentLimit`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(root)' : text;
}

/** Converts zod issues; an unknown-field issue becomes one issue per field, named by its full path. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        code: 'unknown_field',
        message: 'unknown field: not part of the input model',
      }));
    }
    return [{ path: formatPath(issue.path), code: issue.code, message: issue.message }];
  });
}

/** Validates a raw round (e.g. parsed JSON) against the input model; never throws. */
export function parseMatchingInput(raw: unknown): ParseResult<MatchingInput> {
  const parsed = matchingInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error.issues) };
  const limitIssue = checkWeightLimit(
    resolveWeights(parsed.data),
    parsed.data.households.length,
    parsed.data.flats.length,
  );
  if (limitIssue) return { ok: false, issues: [limitIssue] };
  return { ok: true, value: parsed.data };
}

/** Edge weights (bonus + components) must stay within the solver's exact-integer range; null when they do. */
export function checkWeightLimit(weights: Weights, households: number, flats: number): ValidationIssue | null {
  const largest = placementBonus(weights, households, flats) + maxComponentTotal(weights);
  if (largest <= maxSafeWeight(households, flats)) return null;
  return {
    path: 'weights',
    code: 'too_big',
    message: `weights too large for a round of ${households} households and ${flats} flats (exact integer range)`,
  };
}

/**
 * Public API of the matching library (a pure library: no I/O, routes, tables or pages); callers import only from
 * here. See docs/lib/matching.md for the input format, the score and the CLI.
 */

/** The library's message catalogs (`<locale>.json`: reasons, constraints, score parts), for the app's assembly. */
export const matchingLocales: URL = new URL('./locales/', import.meta.url);

export { certificateProblem } from './solver/assignment.certificate.ts';
export { solveMaxWeightMatching } from './solver/assignment.solver.ts';
export type { Matching, OptimalMatching } from './solver/assignment.solver.ts';
export { parseEdgeInstance, solveEdgeInstance } from './solver/edges.format.ts';
export type { EdgeSolution } from './solver/edges.format.ts';
export { checkPair } from './rules/pair.check.ts';
export { parseMatchingInput, formatPath } from './input.validate.ts';
export type { ParseResult, ValidationIssue } from './input.validate.ts';
export { DEFAULT_RULES, DEFAULT_WEIGHTS } from './matching.defaults.ts';
export { matchRound, runMatching } from './matching.engine.ts';
export { compareRound, comparePolicies, policyFigures } from './policy.compare.ts';
export { solveByPriority } from './solver/priority.solver.ts';
export { solveUrgencyFirst } from './solver/urgency.solver.ts';
export { roundGraph } from './reports/round.export.ts';
export type { RoundGraph } from './reports/round.export.ts';
export { maxComponentTotal, placementBonus } from './rules/score.rules.ts';
export { buildSparseGraph, maxSafeWeight } from './solver/sparse.graph.ts';
export type { EdgeArrays, SparseGraph } from './solver/sparse.graph.ts';
export { CONSTRAINT_CODES, DEFAULT_MODE, MATCHING_MODES, REASON_CODES } from './matching.types.ts';
export type {
  ConstraintCode,
  FairnessReport,
  Feasibility,
  Flat,
  FlatOutcome,
  GroupShare,
  Household,
  MatchingInput,
  MatchingMode,
  MatchingResult,
  MatchingSummary,
  PairScore,
  PolicyComparison,
  PolicyFigures,
  Proposal,
  Rules,
  ScoreComponents,
  UnmatchedHousehold,
  UnmatchedReason,
  WaitingPercentiles,
  Weights,
} from './matching.types.ts';

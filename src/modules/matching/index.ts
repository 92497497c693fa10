/**
 * Public API of the matching module; other modules import only from here.
 * See docs/modules/matching.md for the input format, the score and the CLI.
 */
export { certificateProblem } from './assignment.certificate.ts';
export { solveMaxWeightMatching } from './assignment.solver.ts';
export type { Matching, OptimalMatching } from './assignment.solver.ts';
export { parseEdgeInstance, solveEdgeInstance } from './edges.format.ts';
export type { EdgeSolution } from './edges.format.ts';
export { checkPair } from './pair.check.ts';
export { parseMatchingInput, formatPath } from './input.validate.ts';
export type { ParseResult, ValidationIssue } from './input.validate.ts';
export { DEFAULT_RULES, DEFAULT_WEIGHTS } from './matching.defaults.ts';
export { matchRound, runMatching } from './matching.engine.ts';
export { solveByPriority } from './priority.solver.ts';
export { roundGraph } from './round.export.ts';
export type { RoundGraph } from './round.export.ts';
export { maxComponentTotal, placementBonus } from './score.rules.ts';
export { buildSparseGraph, maxSafeWeight } from './sparse.graph.ts';
export type { EdgeArrays, SparseGraph } from './sparse.graph.ts';
export { CONSTRAINT_CODES, REASON_CODES } from './matching.types.ts';
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
  Proposal,
  Rules,
  ScoreComponents,
  UnmatchedHousehold,
  UnmatchedReason,
  WaitingPercentiles,
  Weights,
} from './matching.types.ts';

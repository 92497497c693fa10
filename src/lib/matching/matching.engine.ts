/**
 * The matching engine: validated round in, proposals with explanations and a
 * fairness report out. Pure: no I/O, no clock, no randomness; the same input
 * gives the same result, whatever the order of the input arrays.
 */
import { certificateProblem } from './solver/assignment.certificate.ts';
import { solveMaxWeightMatching } from './solver/assignment.solver.ts';
import type { Matching } from './solver/assignment.solver.ts';
import { NONE } from './solver/assignment.state.ts';
import { describeFlats, explainUnmatched } from './reports/explanation.builder.ts';
import { fairnessReport } from './reports/fairness.report.ts';
import { parseMatchingInput } from './input.validate.ts';
import type { ParseResult } from './input.validate.ts';
import { resolveRules, resolveWeights } from './matching.defaults.ts';
import { DEFAULT_MODE } from './matching.types.ts';
import type { MatchingInput, MatchingMode, MatchingResult, MatchingSummary, Proposal } from './matching.types.ts';
import { solveByPriority } from './solver/priority.solver.ts';
import { evaluateRound } from './round.evaluate.ts';
import type { EvaluatedRound, SolvedRound } from './round.evaluate.ts';
import { prepareRound } from './round.prepare.ts';
import type { PreparedRound } from './round.prepare.ts';
import { scorePreparedPair } from './rules/score.rules.ts';
import { buildSparseGraph } from './solver/sparse.graph.ts';
import type { SparseGraph } from './solver/sparse.graph.ts';
import { solveUrgencyFirst } from './solver/urgency.solver.ts';

/** Runs one round on already validated input (use matchRound for untrusted data); urgency first by default. */
export function runMatching(input: MatchingInput, mode: MatchingMode = DEFAULT_MODE): MatchingResult {
  return solveRound(evaluateInput(input), mode);
}

/** Validates untrusted input, then runs the round; returns the validation issues instead of throwing. */
export function matchRound(raw: unknown, mode: MatchingMode = DEFAULT_MODE): ParseResult<MatchingResult> {
  const parsed = parseMatchingInput(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, value: runMatching(parsed.value, mode) };
}

/** A round checked and scored once, ready to be solved under any policy. */
export interface EvaluatedInput {
  readonly input: MatchingInput;
  readonly round: PreparedRound;
  readonly evaluated: EvaluatedRound;
  readonly graph: SparseGraph;
}

/** Prepares, checks and scores a validated round (the part all policies share). */
export function evaluateInput(input: MatchingInput): EvaluatedInput {
  const round = prepareRound(input.households, input.flats, input.roundDate, resolveRules(input));
  const evaluated = evaluateRound(round.households, round.flats, resolveWeights(input), resolveRules(input));
  return { input, round, evaluated, graph: buildSparseGraph(evaluated.edges) };
}

/** Solves an evaluated round under `mode` and explains the outcome. */
export function solveRound(context: EvaluatedInput, mode: MatchingMode): MatchingResult {
  const { input, round, evaluated, graph } = context;
  const solved: SolvedRound = { round, evaluated, graph, matching: solveIn(context, mode), mode };
  const proposals = buildProposals(solved, input);
  return {
    summary: summarize(solved, mode, proposals),
    proposals,
    unmatched: explainUnmatched(solved),
    flats: describeFlats(solved),
    fairness: fairnessReport(solved),
  };
}

function solveIn({ round, graph }: EvaluatedInput, mode: MatchingMode): Matching {
  if (mode === 'optimal') return solveOptimal(graph);
  if (mode === 'priority') return solveByPriority(graph, round.priorityOrder);
  const urgency = Int32Array.from(round.households, (household) => household.source.urgency);
  return solveUrgencyFirst(graph, round.priorityOrder, urgency);
}

/** Solves and checks the optimality certificate: a proposal is never silently suboptimal. */
function solveOptimal(graph: SparseGraph): Matching {
  const matching = solveMaxWeightMatching(graph);
  const problem = certificateProblem(graph, matching);
  if (problem !== null) throw new Error(`matching solver: no optimality certificate (${problem})`);
  return matching;
}

function buildProposals(solved: SolvedRound, input: MatchingInput): Proposal[] {
  const weights = resolveWeights(input);
  const proposals: Proposal[] = [];
  solved.round.households.forEach((household, h) => {
    const f = solved.matching.flatOfHousehold[h]!;
    if (f === NONE) return;
    const flat = solved.round.flats[f]!;
    const score = scorePreparedPair(household, flat, weights);
    const best = bestScore(solved, h);
    proposals.push({
      householdId: household.source.id,
      flatId: flat.source.id,
      score,
      pointsBelowBest: best - score.total,
    });
  });
  return proposals;
}

/** Highest component total over the household's feasible flats. */
function bestScore(solved: SolvedRound, household: number): number {
  const { graph, evaluated } = solved;
  let best = 0;
  for (let e = graph.rowStart[household]!; e < graph.rowStart[household + 1]!; e++) {
    best = Math.max(best, graph.weight[e]! - evaluated.placementBonus);
  }
  return best;
}

function summarize(solved: SolvedRound, mode: MatchingMode, proposals: readonly Proposal[]): MatchingSummary {
  const totalScore = proposals.reduce((sum, proposal) => sum + proposal.score.total, 0);
  const bonus = solved.evaluated.placementBonus;
  return {
    mode,
    households: solved.round.households.length,
    flats: solved.round.flats.length,
    feasiblePairs: solved.evaluated.scores.length,
    placed: proposals.length,
    totalScore,
    placementBonus: bonus,
    objective: proposals.length * bonus + totalScore,
  };
}

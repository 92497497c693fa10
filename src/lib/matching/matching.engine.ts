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
import type { MatchingInput, MatchingMode, MatchingResult, MatchingSummary, Proposal } from './matching.types.ts';
import { solveByPriority } from './solver/priority.solver.ts';
import { evaluateRound } from './round.evaluate.ts';
import type { SolvedRound } from './round.evaluate.ts';
import { prepareRound } from './round.prepare.ts';
import { scorePreparedPair } from './rules/score.rules.ts';
import { buildSparseGraph } from './solver/sparse.graph.ts';
import type { SparseGraph } from './solver/sparse.graph.ts';

/** Runs one round on already validated input (use matchRound for untrusted data). */
export function runMatching(input: MatchingInput, mode: MatchingMode = 'optimal'): MatchingResult {
  const weights = resolveWeights(input);
  const rules = resolveRules(input);
  const round = prepareRound(input.households, input.flats, input.roundDate, rules);
  const evaluated = evaluateRound(round.households, round.flats, weights, rules);
  const graph = buildSparseGraph(evaluated.edges);
  const matching: Matching = mode === 'optimal' ? solveOptimal(graph) : solveByPriority(graph, round.priorityOrder);
  const solved: SolvedRound = { round, evaluated, graph, matching };
  const proposals = buildProposals(solved, input);
  return {
    summary: summarize(solved, mode, proposals),
    proposals,
    unmatched: explainUnmatched(solved),
    flats: describeFlats(solved),
    fairness: fairnessReport(solved),
  };
}

/** Validates untrusted input, then runs the round; returns the validation issues instead of throwing. */
export function matchRound(raw: unknown, mode: MatchingMode = 'optimal'): ParseResult<MatchingResult> {
  const parsed = parseMatchingInput(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, value: runMatching(parsed.value, mode) };
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
    proposals.push({
      householdId: household.source.id,
      flatId: flat.source.id,
      score: scorePreparedPair(household, flat, weights),
    });
  });
  return proposals;
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

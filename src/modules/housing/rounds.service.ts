import { type MatchingInput, type MatchingResult, parseMatchingInput, roundGraph } from '../../lib/matching/index.ts';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { toMatchingFlat, toMatchingHousehold } from './rounds.inputs.ts';
import { AVAILABLE_POLICIES, figuresOf, solveWith } from './rounds.policy.ts';
import { roundRules } from './rounds.rules.ts';
import { insertRound, lockRound, type RoundRow, replaceResults, updateRound } from './rounds.repository.ts';
import { freeFlatFacts, waitingHouseholdFacts } from './rounds.candidates.ts';
import type { RoundInput } from './rounds.schema.ts';
import type { PolicyFigureRow, RoundPolicy, RoundPreview } from './rounds.tables.ts';

/** The job that runs a large round in the background. */
export const ROUND_JOB = 'housing.round.run';
/** Up to this many household–flat pairs a round runs inline in the request; above, as a job with progress. */
export const INLINE_PAIRS = 20_000;
const SUBJECT = 'housing.round';

const fieldError = (field: string, key: string) =>
  new AppError('housing.round.invalid', 422, 'error.invalidInput', {}, { [field]: { key } });

/**
 * Creates a draft round: freezes the chosen households' needs and flats' facts (or all waiting households and all
 * free flats) as the matching library's input, with the version of the rules in force that set their limits.
 */
export async function createRound(uc: UseCase, input: RoundInput): Promise<string> {
  const t = useCaseTenant(uc);
  const roundDate = uc.now.toISOString().slice(0, 10);
  const households = await waitingHouseholdFacts(uc.tx, t, input.households);
  const flats = await freeFlatFacts(uc.tx, t, input.flats);
  if (households.length === 0) throw fieldError('households', 'housing.office.round.noHouseholds');
  if (flats.length === 0) throw fieldError('flats', 'housing.office.round.noFlats');
  const { ruleVersion, limits } = await roundRules(uc.tx, t.municipalityId, roundDate);
  const raw = {
    roundDate,
    households: households.map((h) => toMatchingHousehold(h, roundDate, limits)),
    flats: flats.map((f) => toMatchingFlat(f)),
  };
  const parsed = parseMatchingInput(raw);
  if (!parsed.ok) throw fieldError('households', 'housing.office.round.badData');
  const id = await insertRound(uc.tx, t, {
    title: input.title,
    policy: input.policy,
    roundDate,
    ruleVersion,
    input: parsed.value,
    by: uc.actor,
  });
  uc.record({
    action: 'create',
    subjectType: SUBJECT,
    subjectId: id,
    after: { policy: input.policy, households: households.length, flats: flats.length, ruleVersion },
  });
  return id;
}

async function lockedRound(uc: UseCase, id: string): Promise<RoundRow> {
  const round = await lockRound(uc.tx, useCaseTenant(uc), id);
  if (!round) throw notFound('housing.round');
  return round;
}

const RUNNABLE = new Set(['draft', 'previewed', 'run', 'failed']);

/** Counts before a run: households, flats, feasible pairs, and households no flat fits at all. */
export async function previewRound(uc: UseCase, id: string): Promise<RoundPreview> {
  const round = await lockedRound(uc, id);
  if (!RUNNABLE.has(round.status)) throw conflict('housing.round.state', 'housing.office.round.notNow');
  const input = round.input;
  const graph = roundGraph(input);
  const withFlat = new Set(graph.edges.household);
  const preview: RoundPreview = {
    households: input.households.length,
    flats: input.flats.length,
    feasiblePairs: graph.edges.household.length,
    withoutFlat: input.households.length - withFlat.size,
  };
  const status = round.status === 'draft' ? 'previewed' : round.status;
  await updateRound(uc.tx, useCaseTenant(uc), id, { preview, status }, uc.now);
  uc.record({ action: 'update', subjectType: SUBJECT, subjectId: id, after: { status, ...preview } });
  return preview;
}

/** The policies a run solves: every one the library has, the chosen one included. */
export function policiesFor(chosen: RoundPolicy): readonly RoundPolicy[] {
  return AVAILABLE_POLICIES.includes(chosen) ? AVAILABLE_POLICIES : [chosen, ...AVAILABLE_POLICIES];
}

/** A run's outcome: every policy's figures, and the chosen policy's result (the round's proposals). */
export interface RunOutcome {
  figures: PolicyFigureRow[];
  result: MatchingResult;
}

/** Solves the frozen input under every policy, reporting after each; the chosen one's result is kept. */
export async function solveAll(
  input: MatchingInput,
  chosen: RoundPolicy,
  afterEach: (done: number, of: number) => Promise<void> = async () => {},
): Promise<RunOutcome> {
  const policies = policiesFor(chosen);
  const figures: PolicyFigureRow[] = [];
  let result: MatchingResult | undefined;
  for (const [i, p] of policies.entries()) {
    const r = solveWith(input, p);
    figures.push(figuresOf(p, r));
    if (p === chosen) result = r;
    await afterEach(i + 1, policies.length);
  }
  if (!result) throw new Error('the chosen policy was not solved');
  return { figures, result };
}

/** Writes a run's proposals, unplaced households and the policies' figures; the round is then 'run'. */
export async function storeRun(uc: UseCase, round: RoundRow, run: RunOutcome): Promise<void> {
  const t = useCaseTenant(uc);
  const proposals = run.result.proposals.map((p) => ({
    householdId: p.householdId,
    flatId: p.flatId,
    explanation: { ...p.score },
  }));
  const unplaced = run.result.unmatched.map((u) => ({ householdId: u.householdId, reason: u.reason }));
  await replaceResults(uc.tx, t, round.id, proposals, unplaced);
  await updateRound(
    uc.tx,
    t,
    round.id,
    { status: 'run', progress: 100, comparison: run.figures, runAt: uc.now },
    uc.now,
  );
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: round.id,
    after: { status: 'run', policy: round.policy, proposals: proposals.length, unplaced: unplaced.length },
  });
}

/**
 * Runs a round under a policy: small rounds at once, large ones (more than `inlinePairs` household–flat pairs) as
 * a job on the platform queue whose progress the round page shows. Confirmed rounds are never re-run.
 */
export async function runRound(
  uc: UseCase,
  id: string,
  policy: RoundPolicy,
  inlinePairs = INLINE_PAIRS,
): Promise<'run' | 'queued'> {
  const round = await lockedRound(uc, id);
  if (!RUNNABLE.has(round.status)) throw conflict('housing.round.state', 'housing.office.round.notNow');
  const t = useCaseTenant(uc);
  const input = round.input;
  if (input.households.length * input.flats.length > inlinePairs) {
    const jobId = await enqueue(uc.tx, { kind: ROUND_JOB, payload: { roundId: id }, municipalityId: t.municipalityId });
    await updateRound(uc.tx, t, id, { status: 'queued', policy, progress: 0, jobId }, uc.now);
    uc.record({ action: 'update', subjectType: SUBJECT, subjectId: id, after: { status: 'queued', policy, jobId } });
    return 'queued';
  }
  await updateRound(uc.tx, t, id, { policy }, uc.now);
  await storeRun(uc, { ...round, policy }, await solveAll(input, policy));
  return 'run';
}

/**
 * Benchmark cases, each run in its own child process so that peak memory
 * (maxRSS) belongs to one case. A case returns plain figures; printing and
 * comparing is the parent's job (bench/matching.bench.ts).
 */
import type { Highs } from 'highs';
import {
  buildSparseGraph,
  parseMatchingInput,
  roundGraph,
  runMatching,
  solveEdgeInstance,
  solveUrgencyFirst,
} from '../../src/lib/matching/index.ts';
import type { EdgeArrays, MatchingInput, MatchingMode, MatchingResult } from '../../src/lib/matching/index.ts';
import { highsRuntime, solveWithHighs } from '../../src/lib/matching/testing/highs.reference.ts';
import { denseInstance, seededRandom, sparseInstance } from './instances.generator.ts';
import { lowerSaxonyRound } from './lower-saxony.round.ts';

/** HiGHS configurations compared; the faster one is the reference for the speed ratio. */
export const HIGHS_CONFIGS = {
  default: {},
  'simplex, no presolve': { solver: 'simplex', presolve: 'off' },
} as const;

/** Figures of one HiGHS run. */
export interface HighsFigures {
  readonly config: string;
  readonly ms: number;
  readonly cpuMs: number;
  readonly objective: number;
  readonly status: string;
}

/** Figures of one raw-instance case. */
export interface SolveFigures {
  readonly households: number;
  readonly flats: number;
  readonly edges: number;
  readonly objective: number;
  readonly placed: number;
  readonly coldMs: number;
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly runs: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  readonly highs: readonly HighsFigures[];
}

/** Summary of one mode on a realistic round. */
export interface ModeFigures {
  readonly ms: number;
  readonly result: Pick<MatchingResult, 'summary' | 'fairness'>;
}

/** Figures of a realistic round: validation, all three policies, and the raw solve of its graph. */
export interface RoundFigures {
  readonly validateMs: number;
  readonly urgencyFirst: ModeFigures;
  readonly optimal: ModeFigures;
  readonly priority: ModeFigures;
  readonly solve: SolveFigures;
}

/** Figures of urgency first on a raw instance with random urgency levels (solver only, certificates included). */
export interface UrgencyFigures {
  readonly kind: 'urgency';
  readonly households: number;
  readonly flats: number;
  readonly edges: number;
  readonly placed: number;
  /** Households and placed ones per urgency level 0..3. */
  readonly levels: readonly { readonly households: number; readonly placed: number }[];
  readonly coldMs: number;
  readonly medianMs: number;
  readonly runs: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1_048_576);

/**
 * Wall-clock and process CPU time of one call. CPU time includes V8's background
 * threads (concurrent garbage collection, compilation), so it can exceed wall time.
 */
function time<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function runHighs(edges: EdgeArrays): Promise<HighsFigures[]> {
  const highs: Highs = await highsRuntime();
  return Object.entries(HIGHS_CONFIGS).map(([config, options]) => {
    const { value, ms, cpuMs } = time(() => solveWithHighs(highs, edges, options));
    return { config, ms, cpuMs, objective: value.objective, status: value.status };
  });
}

/** Solves a raw instance cold and then `runs` more times with the engine, then (optionally) with HiGHS. */
export async function solveCase(edges: EdgeArrays, runs: number, withHighs: boolean): Promise<SolveFigures> {
  const rssBeforeMb = mb(process.memoryUsage().rss);
  const cold = time(() => solveEdgeInstance(edges));
  const warm = Array.from({ length: runs }, () => time(() => solveEdgeInstance(edges)));
  // maxRSS is read before HiGHS is loaded, so the peak is the engine's (plus the instance and Node itself).
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return {
    households: edges.households,
    flats: edges.flats,
    edges: edges.household.length,
    objective: cold.value.total,
    placed: cold.value.pairs.length,
    coldMs: cold.ms,
    medianMs: median(warm.map((run) => run.ms)),
    medianCpuMs: median(warm.map((run) => run.cpuMs)),
    runs,
    rssBeforeMb,
    peakRssMb,
    highs: withHighs ? await runHighs(edges) : [],
  };
}

function modeFigures(input: MatchingInput, mode: MatchingMode): ModeFigures {
  runMatching(input, mode);
  const runs = Array.from({ length: 3 }, () => time(() => runMatching(input, mode)));
  const { summary, fairness } = runs[0]!.value;
  return { ms: median(runs.map((run) => run.ms)), result: { summary, fairness } };
}

/** Validates and solves a realistic round in both modes, then checks its graph against HiGHS. */
export async function roundCase(input: MatchingInput): Promise<RoundFigures> {
  const validated = time(() => parseMatchingInput(JSON.parse(JSON.stringify(input))));
  if (!validated.value.ok) throw new Error(`generated round is invalid: ${JSON.stringify(validated.value.issues)}`);
  const urgencyFirst = modeFigures(validated.value.value, 'urgencyFirst');
  const optimal = modeFigures(validated.value.value, 'optimal');
  const priority = modeFigures(validated.value.value, 'priority');
  const solve = await solveCase(roundGraph(validated.value.value).edges, 5, true);
  return { validateMs: validated.ms, urgencyFirst, optimal, priority, solve };
}

/**
 * Urgency first on a raw instance: urgency levels drawn like the Lower Saxony round (70/18/9/3 %), priority order
 * by level, then index; weights get a placement bonus (n · max weight + 1) as the engine's do.
 */
export function urgencyCase(edges: EdgeArrays, runs: number, seed: number): UrgencyFigures {
  const random = seededRandom(seed);
  const tier = Int32Array.from({ length: edges.households }, () => {
    const r = random();
    return r < 0.7 ? 0 : r < 0.88 ? 1 : r < 0.97 ? 2 : 3;
  });
  const order = Int32Array.from(
    Array.from({ length: edges.households }, (_, h) => h).sort((a, b) => tier[b]! - tier[a]! || a - b),
  );
  const maxWeight = edges.weight.reduce((max, w) => Math.max(max, w), 0);
  const bonus = Math.min(edges.households, edges.flats) * maxWeight + 1;
  const graph = buildSparseGraph({ ...edges, weight: edges.weight.map((w) => w + bonus) });
  const solve = () => solveUrgencyFirst(graph, order, tier);
  const cold = time(solve);
  const warm = Array.from({ length: runs }, () => time(solve));
  const levels = Array.from({ length: 4 }, () => ({ households: 0, placed: 0 }));
  tier.forEach((level, h) => {
    levels[level]!.households++;
    if (cold.value.flatOfHousehold[h] !== -1) levels[level]!.placed++;
  });
  return {
    kind: 'urgency',
    households: edges.households,
    flats: edges.flats,
    edges: edges.household.length,
    placed: levels.reduce((sum, level) => sum + level.placed, 0),
    levels,
    coldMs: cold.ms,
    medianMs: median(warm.map((run) => run.ms)),
    runs,
  };
}

/** Named cases: raw instances (seeded) and Lower Saxony rounds. */
export const CASES: Record<string, () => Promise<SolveFigures | RoundFigures | UrgencyFigures>> = {
  'dense 500 × 500': () => solveCase(denseInstance(500, 100_000, 500), 21, true),
  'dense 2,000 × 2,000': () => solveCase(denseInstance(2_000, 100_000, 2_000), 5, false),
  'sparse 10,000 × 10,000': () => solveCase(sparseInstance(10_000, 50, 100_000, 10_000), 5, true),
  'sparse 10,000 × 10,000, urgency first': async () => urgencyCase(sparseInstance(10_000, 50, 100_000, 10_000), 5, 7),
  'municipal round 300 × 40': () => roundCase(lowerSaxonyRound(300, 40, 40, 'Hannover')),
  'Lower Saxony round 5,000 × 600': () => roundCase(lowerSaxonyRound(5_000, 600, 600)),
};

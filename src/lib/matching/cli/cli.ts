/**
 * Command line for checking the engine from outside; the only file of the
 * module that touches the file system, argv, stdout or the clock.
 *
 *   npm run --silent match -- --edges FILE     raw sparse instance → {"total","pairs","solveMs"}
 *   npm run --silent match -- FILE [--mode urgencyFirst|optimal|priority|compare] [--pretty]
 *   npm run --silent match -- FILE --emit-edges   a full round as a raw instance (for outside checks)
 *
 * Output is exactly one JSON document on stdout. Bad input: a message naming the
 * field on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_MODE,
  MATCHING_MODES,
  compareRound,
  matchRound,
  parseEdgeInstance,
  parseMatchingInput,
  roundGraph,
  solveEdgeInstance,
} from '../index.ts';
import type { ValidationIssue } from '../index.ts';

const EXIT_BAD_INPUT = 2;
/** The three policies, or `compare`: all of them side by side (figures and full results). */
const MODES = [...MATCHING_MODES, 'compare'] as const;
const USAGE = `usage: match --edges FILE | match FILE [--mode ${MODES.join('|')}] [--pretty] | match FILE --emit-edges`;

type ModeOption = (typeof MODES)[number];

interface CliOptions {
  readonly file: string;
  readonly edges: boolean;
  readonly emitEdges: boolean;
  readonly mode: ModeOption;
  readonly pretty: boolean;
}

class BadInput extends Error {}

function parseArgs(argv: readonly string[]): CliOptions {
  let file: string | undefined;
  let edges = false;
  let emitEdges = false;
  let mode: ModeOption = DEFAULT_MODE;
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--edges') edges = true;
    else if (arg === '--emit-edges') emitEdges = true;
    else if (arg === '--pretty') pretty = true;
    else if (arg === '--mode') {
      const value = argv[++i];
      if (!MODES.includes(value as ModeOption)) throw new BadInput(`--mode: expected one of ${MODES.join(', ')}`);
      mode = value as ModeOption;
    } else if (arg.startsWith('--')) throw new BadInput(`unknown option ${arg}\n${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new BadInput(`unexpected argument ${arg}\n${USAGE}`);
  }
  if (file === undefined || (edges && emitEdges)) throw new BadInput(USAGE);
  return { file, edges, emitEdges, mode, pretty };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BadInput(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadInput(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `invalid input: ${issue.path}: ${issue.message}`).join('\n');
}

function runEdges(raw: unknown): unknown {
  const parsed = parseEdgeInstance(raw);
  if (!parsed.ok) throw new BadInput(describeIssues(parsed.issues));
  const started = performance.now();
  const solution = solveEdgeInstance(parsed.value);
  const solveMs = Math.round((performance.now() - started) * 1000) / 1000;
  return { total: solution.total, pairs: solution.pairs, solveMs };
}

function emitEdges(raw: unknown): unknown {
  const parsed = parseMatchingInput(raw);
  if (!parsed.ok) throw new BadInput(describeIssues(parsed.issues));
  const { edges } = roundGraph(parsed.value);
  const list = Array.from(edges.household, (household, e) => [household, edges.flat[e], edges.weight[e]]);
  return { households: edges.households, flats: edges.flats, edges: list };
}

function runRound(raw: unknown, mode: ModeOption): unknown {
  const result = mode === 'compare' ? compareRound(raw) : matchRound(raw, mode);
  if (!result.ok) throw new BadInput(describeIssues(result.issues));
  return result.value;
}

function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    const raw = readJson(options.file);
    const output = options.edges ? runEdges(raw) : options.emitEdges ? emitEdges(raw) : runRound(raw, options.mode);
    process.stdout.write(`${JSON.stringify(output, null, options.pretty ? 2 : undefined)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
}

process.exitCode = main(process.argv.slice(2));

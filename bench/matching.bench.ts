/**
 * Matching engine benchmark: `npm run bench:matching`. Prints figures, asserts nothing.
 *
 * Every case runs in its own child process (this file with `--case NAME`), so
 * peak memory is per case. Instances are seeded and deterministic. HiGHS (the
 * assignment LP, integral because the matrix is totally unimodular) is the
 * reference where it finishes in reasonable time; it runs after the engine's
 * memory was measured.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { HighsFigures, ModeFigures, RoundFigures, SolveFigures, UrgencyFigures } from './matching/bench.cases.ts';
import { CASES } from './matching/bench.cases.ts';

const CASE_FLAG = '--case';
const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = (value: number): string =>
  `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : int.format(value)} ms`;
const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;

async function child(name: string): Promise<void> {
  const run = CASES[name];
  if (!run) throw new Error(`unknown case ${name}`);
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}

function spawnCase(name: string): SolveFigures | RoundFigures | UrgencyFigures | null {
  const result = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, CASE_FLAG, name], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.log(`  ${name}: FAILED (exit ${result.status ?? result.signal})\n${result.stderr}`);
    process.exitCode = 1;
    return null;
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as SolveFigures | RoundFigures | UrgencyFigures;
}

function highsText(figures: SolveFigures): string[] {
  if (figures.highs.length === 0) {
    return ['  HiGHS: not run (4 million LP columns; beyond what the WASM build solves in reasonable time)'];
  }
  const fastest = figures.highs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const lines = figures.highs.map((run: HighsFigures) => {
    const equal =
      run.objective === figures.objective ? 'objective equal' : `OBJECTIVE DIFFERS (${int.format(run.objective)})`;
    const times = `${ms(run.ms)} (CPU ${ms(run.cpuMs)})`;
    return `  HiGHS ${run.config.padEnd(21)} ${times.padStart(24)}   ${run.status}, ${equal}`;
  });
  const wall = int.format(fastest.ms / figures.medianMs);
  const cpu = int.format(fastest.cpuMs / figures.medianCpuMs);
  lines.push(`  engine vs fastest HiGHS (${fastest.config}): ${wall}× faster wall-clock, ${cpu}× in CPU time`);
  return lines;
}

function printSolve(name: string, figures: SolveFigures): void {
  console.log(
    `\n${name}: ${int.format(figures.households)} households × ${int.format(figures.flats)} flats, ${int.format(figures.edges)} feasible pairs`,
  );
  console.log(
    `  engine: cold ${ms(figures.coldMs)}, median of ${figures.runs} warm runs ${ms(figures.medianMs)} (CPU ${ms(figures.medianCpuMs)})`,
  );
  console.log(
    `  memory: RSS ${figures.rssBeforeMb} MB with the instance, peak RSS ${figures.peakRssMb} MB after solving`,
  );
  console.log(`  objective ${int.format(figures.objective)}, ${int.format(figures.placed)} pairs`);
  for (const line of highsText(figures)) console.log(line);
}

function modeRow(label: string, mode: ModeFigures): string {
  const { summary, fairness } = mode.result;
  const shares = fairness.byUrgency.map((group) => `${group.group}: ${pct(group.share)}`).join(', ');
  const waiting = `${fairness.waitingMonths.placed?.p50 ?? '–'} / ${fairness.waitingMonths.unplaced?.p50 ?? '–'}`;
  return [
    `  ${label.padEnd(14)} placed ${summary.placed}, total score ${int.format(summary.totalScore)}, time ${ms(mode.ms)}`,
    `                 placed share by urgency ${shares}`,
    `                 median waiting months placed / unplaced ${waiting}, justified-envy pairs ${int.format(fairness.justifiedEnvyPairs)} (${fairness.householdsWithJustifiedEnvy} households)`,
  ].join('\n');
}

function printRound(name: string, figures: RoundFigures): void {
  printSolve(name, figures.solve);
  console.log(
    `  full engine (validation ${ms(figures.validateMs)}; pair checks, solve, certificates, explanations, fairness):`,
  );
  console.log(modeRow('urgency first', figures.urgencyFirst));
  console.log(modeRow('best fit', figures.optimal));
  console.log(modeRow('priority order', figures.priority));
  const gain = figures.optimal.result.summary.placed - figures.priority.result.summary.placed;
  console.log(`  best fit and urgency first place ${gain} more household(s) than the strict priority order`);
}

function printUrgency(name: string, figures: UrgencyFigures): void {
  console.log(
    `\n${name}: ${int.format(figures.households)} households × ${int.format(figures.flats)} flats, ${int.format(figures.edges)} feasible pairs`,
  );
  console.log(
    `  urgency first (selection, assignment, all three certificates): cold ${ms(figures.coldMs)}, median of ${figures.runs} warm runs ${ms(figures.medianMs)}`,
  );
  const levels = figures.levels.map((level, k) => `${k}: ${level.placed}/${level.households}`).join(', ');
  console.log(`  placed ${int.format(figures.placed)}; by urgency level ${levels}`);
}

async function main(): Promise<void> {
  const caseIndex = process.argv.indexOf(CASE_FLAG);
  if (caseIndex >= 0) return child(process.argv[caseIndex + 1] ?? '');
  console.log(
    `Matching engine benchmark — Node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs`,
  );
  for (const name of Object.keys(CASES)) {
    const figures = spawnCase(name);
    if (figures === null) continue;
    if ('optimal' in figures) printRound(name, figures);
    else if ('kind' in figures) printUrgency(name, figures);
    else printSolve(name, figures);
  }
}

await main();

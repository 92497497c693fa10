// Runs the unit and integration tests in shards: each shard is one process holding its share of the test files
// (node's runner with `--test-isolation=none`), and the shards run side by side, one per core. A process per file
// paid for loading the application and starting PGlite's WebAssembly again for every one of ~160 files — about as
// much CPU as the tests themselves (decision 0205). Each test file still gets its own database.
//
//   npm run test:unit                       every src/**/*.test.ts(x), in TEST_SHARDS shards (default: 2)
//   npm run test:unit -- <files…>           only these files
//   TEST_WEIGHTS=write npm run test:unit    also records how long each file took (scripts/test-weights.json)
//
// The files are dealt to the shards by how long each took when the weights were last recorded, longest first, each
// to the shard with the least so far; a file not recorded yet counts as the median. Stale weights only make the
// shards less even, never change what runs. The first shard's output streams as it comes; the others' follow when
// they end. The last lines sum all shards in the runner's own format (ℹ tests / pass / fail / cancelled / skipped).

import { spawn } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const WEIGHTS = join(import.meta.dirname, 'test-weights.json');
const REPORTER = join(import.meta.dirname, 'test-weights-reporter.mjs');
const given = process.argv.slice(2);
const files = (given.length > 0 ? given : globSync(['src/**/*.test.ts', 'src/**/*.test.tsx'])).sort();
const shards = Math.max(
  1,
  Math.min(files.length, Number(process.env.TEST_SHARDS ?? Math.min(2, availableParallelism()))),
);
const COUNTS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'] as const;

/** Deals the files to the shards, longest first, each to the shard with the least expected time so far. */
function deal(all: string[], n: number): { files: string[]; ms: number }[] {
  const known: Record<string, number> = existsSync(WEIGHTS) ? JSON.parse(readFileSync(WEIGHTS, 'utf8')) : {};
  const recorded = Object.values(known).sort((a, b) => a - b);
  const median = recorded[Math.floor(recorded.length / 2)] ?? 1000;
  const weight = (f: string) => known[f] ?? median;
  const plan = Array.from({ length: n }, () => ({ files: [] as string[], ms: 0 }));
  for (const f of [...all].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const least = plan.reduce((a, b) => (b.ms < a.ms ? b : a));
    least.files.push(f);
    least.ms += weight(f);
  }
  for (const p of plan) p.files.sort();
  return plan;
}

interface Shard {
  output: string[];
  code: number;
}

const plan = deal(files, shards);
const timings = mkdtempSync(join(tmpdir(), 'test-weights-'));

function runShard(index: number): Promise<Shard> {
  const args = ['--import', 'tsx', '--test', '--test-isolation=none'];
  args.push('--test-reporter=spec', '--test-reporter-destination=stdout');
  args.push(`--test-reporter=${REPORTER}`, `--test-reporter-destination=${join(timings, `${index}.tsv`)}`);
  const child = spawn(process.execPath, [...args, ...plan[index - 1]!.files], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const live = index === 1;
  const take = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output.push(text);
    if (live) process.stdout.write(text);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return new Promise((resolve) => child.on('close', (code) => resolve({ output, code: code ?? 1 })));
}

if (shards > 1)
  for (const [i, p] of plan.entries())
    process.stdout.write(
      `shard ${i + 1}/${shards}: ${p.files.length} files, about ${Math.round(p.ms / 1000)} s recorded\n`,
    );
const started = Date.now();
const runs = Array.from({ length: shards }, (_, i) => runShard(i + 1));
const results: Shard[] = [];
for (const [i, run] of runs.entries()) {
  const shard = await run;
  if (i > 0) {
    process.stdout.write(`\n==== shard ${i + 1}/${shards} ====\n`);
    process.stdout.write(shard.output.join(''));
  }
  results.push(shard);
}

const total = Object.fromEntries(COUNTS.map((k) => [k, 0])) as Record<(typeof COUNTS)[number], number>;
for (const shard of results) {
  const text = shard.output.join('');
  for (const k of COUNTS) {
    const m = [...text.matchAll(new RegExp(`^ℹ ${k} (\\d+)$`, 'gm'))].at(-1);
    total[k] += Number(m?.[1] ?? 0);
  }
}
const failedShards = results.filter((s) => s.code !== 0).length;
if (process.env.TEST_WEIGHTS === 'write') {
  // Milliseconds per file (relative to the repository), summed over its top-level tests, kept for files not run now.
  const next: Record<string, number> = existsSync(WEIGHTS) ? JSON.parse(readFileSync(WEIGHTS, 'utf8')) : {};
  const measured: Record<string, number> = {};
  for (let i = 1; i <= shards; i++) {
    const tsv = join(timings, `${i}.tsv`);
    if (!existsSync(tsv)) continue;
    for (const line of readFileSync(tsv, 'utf8').split('\n')) {
      const [file, ms] = line.split('\t');
      if (!file || !ms) continue;
      const key = relative(process.cwd(), file.replace(/^file:\/\//, ''));
      measured[key] = (measured[key] ?? 0) + Number(ms);
    }
  }
  for (const [k, v] of Object.entries(measured)) next[k] = Math.max(1, Math.round(v));
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(WEIGHTS, `${JSON.stringify(sorted, null, 2)}\n`);
  process.stdout.write(
    `recorded the time of ${Object.keys(measured).length} files in ${relative(process.cwd(), WEIGHTS)}\n`,
  );
}
rmSync(timings, { recursive: true, force: true });
process.stdout.write(`\n==== all ${shards} shards (${Math.round((Date.now() - started) / 1000)} s) ====\n`);
for (const k of COUNTS) process.stdout.write(`ℹ ${k} ${total[k]}\n`);
if (failedShards > 0) process.stdout.write(`${failedShards} shard(s) ended with a failure\n`);
process.exit(failedShards > 0 ? 1 : 0);

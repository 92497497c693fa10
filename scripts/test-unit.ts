// Runs the unit and integration tests in shards: each shard is one process holding its share of the test files
// (node's runner with `--test-isolation=none`), and the shards run side by side, one per core. A process per file
// paid for loading the application and starting PGlite's WebAssembly again for every one of ~160 files — about as
// much CPU as the tests themselves (decision 0205). Each test file still gets its own database.
//
//   npm run test:unit                 every src/**/*.test.ts(x), in TEST_SHARDS shards (default: 2)
//   npm run test:unit -- <files…>     only these files
//
// The first shard's output streams as it comes; the others' follow when they end. The last lines sum all shards
// in the runner's own format (ℹ tests / pass / fail / cancelled / skipped).

import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const files = process.argv.slice(2);
const targets = files.length > 0 ? files : ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const shards = Math.max(1, Number(process.env.TEST_SHARDS ?? Math.min(2, availableParallelism())));
const COUNTS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'] as const;

interface Shard {
  output: string[];
  code: number;
}

function runShard(index: number): Promise<Shard> {
  const args = ['--import', 'tsx', '--test', '--test-isolation=none', '--test-reporter=spec'];
  if (shards > 1) args.push(`--test-shard=${index}/${shards}`);
  const child = spawn(process.execPath, [...args, ...targets], { stdio: ['ignore', 'pipe', 'pipe'] });
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
process.stdout.write(`\n==== all ${shards} shards (${Math.round((Date.now() - started) / 1000)} s) ====\n`);
for (const k of COUNTS) process.stdout.write(`ℹ ${k} ${total[k]}\n`);
if (failedShards > 0) process.stdout.write(`${failedShards} shard(s) ended with a failure\n`);
process.exit(failedShards > 0 ? 1 : 0);

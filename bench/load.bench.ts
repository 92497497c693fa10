// Load benchmark (issue #8): the built application on the embedded database and, with DATABASE_URL set, on a fresh
// PostgreSQL database, each page driven by autocannon and compared with a bare Fastify hello-world in the same run.
// Prints a table and writes bench/results/load-<date>.json. Loopback only, a few seconds per run; asserts nothing.
//   npm run bench:load                 (builds dist/ first)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:load
// Settings: BENCH_SECONDS (per run, default 5), BENCH_CONNECTIONS (default 50), BENCH_ENGINES (embedded,postgres),
// BENCH_ONLY (run only the scenarios whose name contains it), BENCH_SERVER (a built server.js to measure instead).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type Figures, runScenario } from './load/run.ts';
import { type Served, startEmbedded, startHello, startPostgres } from './load/processes.ts';
import { prepare } from './load/scenarios.ts';

const ROOT = join(import.meta.dirname, '..');
const options = {
  seconds: Number(process.env.BENCH_SECONDS ?? 5),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
};
const engines = (process.env.BENCH_ENGINES ?? 'embedded,postgres').split(',');
const PORTS = { hello: 3140, embedded: 3141, postgres: 3142 };

// The benchmark measures the built start, built afresh so that it measures the code as it is.
// BENCH_SERVER names another built server.js instead (e.g. an older commit's, to compare before and after).
if (!process.env.BENCH_SERVER) {
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

const results: Figures[] = [];
// The machine may be shared: the load average before and after says how much.
const load = { before: loadavg()[0]!.toFixed(1), after: '' };
const hello = await startHello(PORTS.hello);
let helloRate = 0;
try {
  const [h] = await measure(hello, [{ name: 'hello-world', requests: [{ method: 'GET', path: '/' }] }]);
  helloRate = h!.reqPerSec;
  for (const engine of engines) {
    if (engine === 'postgres' && !process.env.DATABASE_URL) {
      console.log('DATABASE_URL unset: PostgreSQL skipped.');
      continue;
    }
    const app =
      engine === 'postgres'
        ? await startPostgres(PORTS.postgres, process.env.DATABASE_URL!)
        : await startEmbedded(PORTS.embedded);
    try {
      await measure(app, await prepare(app.url));
    } finally {
      await app.stop();
    }
  }
  // Hello-world once more at the end: the machine is shared, so the yardstick is the mean of both.
  const [again] = await measure(hello, [{ name: 'hello-world (again)', requests: [{ method: 'GET', path: '/' }] }]);
  helloRate = Math.round((helloRate + again!.reqPerSec) / 2);
} finally {
  await hello.stop();
}

load.after = loadavg()[0]!.toFixed(1);
// CPU per request of hello-world: the lower of its two runs (less disturbed by the machine's other work).
const helloCpu = Math.min(...results.filter((r) => r.engine === 'hello-world').map((r) => r.cpuMicros));
for (const r of results) {
  r.ratio = r.reqPerSec / helloRate;
  r.cpuRatio = r.cpuMicros > 0 ? helloCpu / r.cpuMicros : undefined;
}
printTable(results, helloRate);
writeResults(results, helloRate);

async function measure(target: Served, scenarios: Awaited<ReturnType<typeof prepare>>): Promise<Figures[]> {
  const out: Figures[] = [];
  const only = process.env.BENCH_ONLY;
  for (const s of scenarios) {
    if (only && target.name !== 'hello-world' && !s.name.includes(only)) continue;
    const f = await runScenario(target, s, options);
    console.log(
      `${target.name.padEnd(11)} ${s.name.padEnd(28)} ${f.reqPerSec} req/s, p99 ${f.p99} ms, ${f.cpuMicros} µs CPU`,
    );
    out.push(f);
    results.push(f);
  }
  return out;
}

function printTable(rows: Figures[], yardstick: number): void {
  console.log(
    `\nhello-world (mean of the two runs): ${yardstick} req/s; load average ${load.before} → ${load.after}\n`,
  );
  console.log('| engine | page | req/s | p50 ms | p99 ms | errors | ratio to hello | CPU µs/req | CPU ratio |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const share = (x?: number) => (x && x > 0 ? `1/${(1 / x).toFixed(1)}` : '—');
  for (const r of rows) {
    console.log(
      `| ${r.engine} | ${r.scenario} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.errors} | ${share(r.ratio)} | ${r.cpuMicros} | ${share(r.cpuRatio)} |`,
    );
  }
}

function writeResults(rows: Figures[], yardstick: number): void {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `load-${stamp}.json`);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) };
  const doc = {
    date: new Date().toISOString(),
    node: process.version,
    machine,
    load,
    options,
    helloWorld: yardstick,
    rows,
  };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`\nWritten ${file}`);
}

// Runs every benchmark (`bench/*.bench.ts`) in turn, each in its own process, and reports which failed.
// Benchmarks print figures and assert nothing; a crash still fails the run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) console.log('No benchmarks found (bench/*.bench.ts).');
const failed: string[] = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `=== ${file}: ${res.status === 0 ? 'done' : `failed (exit ${res.status ?? res.signal})`} in ${seconds} s ===`,
  );
  if (res.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}

// Drives one scenario with autocannon and reduces the result to the figures the report shows.
import autocannon from 'autocannon';
import { cpuMicros, type Served } from './processes.ts';
import type { Scenario } from './scenarios.ts';

export interface Figures {
  scenario: string;
  engine: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and 4xx/5xx answers (a form post answers 303, a page 200 or 304). */
  errors: number;
  requests: number;
  /** req/s divided by hello-world's in the same run. */
  ratio?: number;
  /**
   * CPU time per request in microseconds, of the server and (PostgreSQL) its database backends. Unlike req/s it
   * hardly changes when other work shares the machine, so it is the figure to compare across runs.
   */
  cpuMicros: number;
  /** hello-world's CPU per request divided by this one's: the share of a hello-world this page costs. */
  cpuRatio?: number;
}

export interface RunOptions {
  seconds: number;
  connections: number;
}

/** Runs one scenario against `base` after a short warm-up. */
export async function runScenario(target: Served, s: Scenario, o: RunOptions): Promise<Figures> {
  const common = {
    url: target.url,
    connections: s.overallRate ? Math.min(o.connections, 20) : o.connections,
    requests: s.requests,
    ...(s.overallRate ? { overallRate: s.overallRate } : {}),
  };
  await autocannon({ ...common, duration: 1 });
  const pids = await target.pids();
  const cpuBefore = cpuMicros(pids);
  const r = await autocannon({ ...common, duration: o.seconds });
  const cpu = cpuMicros(pids) - cpuBefore;
  return {
    scenario: s.name,
    engine: target.name,
    cpuMicros: Math.round(cpu / Math.max(1, r.requests.total)),
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r['4xx'] + r['5xx'],
    requests: r.requests.total,
  };
}

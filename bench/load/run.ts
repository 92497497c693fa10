// Drives one scenario with autocannon and reduces the result to the figures the report shows.
import autocannon from 'autocannon';
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
}

export interface RunOptions {
  seconds: number;
  connections: number;
}

/** Runs one scenario against `base` after a short warm-up. */
export async function runScenario(base: string, engine: string, s: Scenario, o: RunOptions): Promise<Figures> {
  const common = {
    url: base,
    connections: s.overallRate ? Math.min(o.connections, 20) : o.connections,
    requests: s.requests,
    ...(s.overallRate ? { overallRate: s.overallRate } : {}),
  };
  await autocannon({ ...common, duration: 1 });
  const r = await autocannon({ ...common, duration: o.seconds });
  return {
    scenario: s.name,
    engine,
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r['4xx'] + r['5xx'],
    requests: r.requests.total,
  };
}

/**
 * Seeded, deterministic raw instances for the benchmark: the same seed always
 * gives the same edges, so figures can be compared between runs and machines.
 * Edges come in row-major order with ascending flats, as the engine builds them.
 */
import type { EdgeArrays } from '../../src/lib/matching/index.ts';
import { seededRandom } from '../../src/lib/matching/testing/round.fixtures.ts';

export { seededRandom };

/** Complete bipartite n × n graph with uniform weights 1..maxWeight. */
export function denseInstance(n: number, maxWeight: number, seed: number): EdgeArrays {
  const random = seededRandom(seed);
  const count = n * n;
  const household = new Int32Array(count);
  const flat = new Int32Array(count);
  const weight = new Float64Array(count);
  for (let e = 0; e < count; e++) {
    household[e] = Math.floor(e / n);
    flat[e] = e % n;
    weight[e] = 1 + Math.floor(random() * maxWeight);
  }
  return { households: n, flats: n, household, flat, weight };
}

/** n × n graph where each household has 1..maxDegree distinct random flats. */
export function sparseInstance(n: number, maxDegree: number, maxWeight: number, seed: number): EdgeArrays {
  const random = seededRandom(seed);
  const household: number[] = [];
  const flat: number[] = [];
  const weight: number[] = [];
  const picked = new Set<number>();
  for (let h = 0; h < n; h++) {
    const degree = 1 + Math.floor(random() * maxDegree);
    picked.clear();
    while (picked.size < degree) picked.add(Math.floor(random() * n));
    for (const f of [...picked].sort((a, b) => a - b)) {
      household.push(h);
      flat.push(f);
      weight.push(1 + Math.floor(random() * maxWeight));
    }
  }
  return {
    households: n,
    flats: n,
    household: Int32Array.from(household),
    flat: Int32Array.from(flat),
    weight: Float64Array.from(weight),
  };
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { highsRuntime, solveWithHighs } from '../testing/highs.reference.ts';
import { certificateProblem } from './assignment.certificate.ts';
import { solveMaxWeightMatching } from './assignment.solver.ts';
import { seededRandom } from '../testing/round.fixtures.ts';
import { buildSparseGraph } from './sparse.graph.ts';
import type { EdgeArrays } from './sparse.graph.ts';

/** Shape of one random instance; the seed drives a PRNG so 40 000 cells need not come from fast-check. */
const instanceShape = fc.record({
  households: fc.integer({ min: 1, max: 200 }),
  flats: fc.integer({ min: 1, max: 200 }),
  density: fc.constantFrom(0.01, 0.05, 0.2, 0.5, 1),
  // Small ranges force many ties; large ones stress exactness.
  maxWeight: fc.constantFrom(1, 3, 20, 1_000, 1_000_000),
  emptyRowShare: fc.constantFrom(0, 0.1, 0.5),
  seed: fc.integer(),
});

type Shape = typeof instanceShape extends fc.Arbitrary<infer T> ? T : never;

function generate(shape: Shape): EdgeArrays {
  const random = seededRandom(shape.seed);
  const household: number[] = [];
  const flat: number[] = [];
  const weight: number[] = [];
  for (let h = 0; h < shape.households; h++) {
    // Rows without any feasible flat (empty rows) must simply stay unmatched.
    if (random() < shape.emptyRowShare) continue;
    for (let f = 0; f < shape.flats; f++) {
      if (random() >= shape.density) continue;
      household.push(h);
      flat.push(f);
      weight.push(1 + Math.floor(random() * shape.maxWeight));
    }
  }
  return {
    households: shape.households,
    flats: shape.flats,
    household: Int32Array.from(household),
    flat: Int32Array.from(flat),
    weight: Float64Array.from(weight),
  };
}

test('objective equals HiGHS (assignment LP) on 200 random instances up to 200 × 200', async () => {
  const highs = await highsRuntime();
  let compared = 0;
  fc.assert(
    fc.property(instanceShape, (shape) => {
      const edges = generate(shape);
      const reference = solveWithHighs(highs, edges);
      assert.ok(reference.status === 'Optimal' || reference.status === 'Empty', reference.status);
      assert.ok(reference.integral, 'HiGHS returned a fractional vertex');
      const graph = buildSparseGraph(edges);
      const matching = solveMaxWeightMatching(graph);
      assert.equal(matching.total, reference.objective);
      assert.equal(certificateProblem(graph, matching), null);
      compared++;
    }),
    { numRuns: 200 },
  );
  assert.equal(compared, 200);
});

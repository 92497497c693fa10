import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { certificateProblem } from './assignment.certificate.ts';
import { solveMaxWeightMatching } from './assignment.solver.ts';
import type { Matching } from './assignment.solver.ts';
import { bruteForceMaximum } from '../testing/brute-force.reference.ts';
import { seededRandom } from '../testing/round.fixtures.ts';
import type { WeightMatrix } from '../testing/brute-force.reference.ts';
import { buildSparseGraph, maxSafeWeight } from './sparse.graph.ts';
import type { EdgeArrays } from './sparse.graph.ts';

/** Edge list of a weight matrix (0 = no edge), optionally in a permuted order. */
function edgesOf(matrix: WeightMatrix, flats: number, order?: readonly number[]): EdgeArrays {
  const list: [number, number, number][] = [];
  matrix.forEach((row, h) => {
    row.forEach((w, f) => {
      if (w > 0) list.push([h, f, w]);
    });
  });
  const ordered = order ? order.filter((i) => i < list.length).map((i) => list[i]!) : list;
  return {
    households: matrix.length,
    flats,
    household: Int32Array.from(ordered, (e) => e[0]),
    flat: Int32Array.from(ordered, (e) => e[1]),
    weight: Float64Array.from(ordered, (e) => e[2]),
  };
}

function solveMatrix(matrix: WeightMatrix, flats: number): Matching {
  return solveMaxWeightMatching(buildSparseGraph(edgesOf(matrix, flats)));
}

/** Checks the matching is consistent, uses only edges, and that `total` is its weight; returns that weight. */
function assertValidMatching(matrix: WeightMatrix, flats: number, matching: Matching): number {
  const seenFlats = new Set<number>();
  let total = 0;
  matrix.forEach((row, h) => {
    const f = matching.flatOfHousehold[h]!;
    if (f === -1) return;
    assert.ok(f >= 0 && f < flats, `flat index ${f} out of range`);
    assert.ok(!seenFlats.has(f), `flat ${f} used twice`);
    seenFlats.add(f);
    assert.ok((row[f] ?? 0) > 0, `pair (${h}, ${f}) is not an edge`);
    assert.equal(matching.householdOfFlat[f], h);
    total += row[f]!;
  });
  for (let f = 0; f < flats; f++) {
    const h = matching.householdOfFlat[f]!;
    if (h !== -1) assert.equal(matching.flatOfHousehold[h], f);
  }
  assert.equal(matching.total, total);
  return total;
}

/** Random matrices up to 8 × 8: sparse to dense, tiny weight ranges (many ties), empty rows and columns. */
const smallInstance = fc
  .record({
    households: fc.integer({ min: 0, max: 8 }),
    flats: fc.integer({ min: 0, max: 8 }),
    maxWeight: fc.constantFrom(1, 2, 3, 10, 1000),
    density: fc.constantFrom(0, 0.15, 0.4, 0.7, 1),
  })
  .chain(({ households, flats, maxWeight, density }) =>
    fc
      .array(
        fc.array(
          fc
            .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: maxWeight }))
            .map(([p, w]) => (p < density ? w : 0)),
          { minLength: flats, maxLength: flats },
        ),
        { minLength: households, maxLength: households },
      )
      .map((matrix) => ({ matrix, flats })),
  );

describe('solveMaxWeightMatching', () => {
  test('equals brute force on every random instance up to 8 × 8, with a valid matching and certificate', () => {
    fc.assert(
      fc.property(smallInstance, ({ matrix, flats }) => {
        const graph = buildSparseGraph(edgesOf(matrix, flats));
        const matching = solveMaxWeightMatching(graph);
        const total = assertValidMatching(matrix, flats, matching);
        assert.equal(total, bruteForceMaximum(matrix, flats));
        assert.equal(certificateProblem(graph, matching), null);
      }),
      { numRuns: 1500 },
    );
  });

  test('returns duals that certify optimality on large random instances, sparse and dense', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom([3000, 3000, 30], [2000, 500, 40], [300, 300, 300]),
        fc.constantFrom(5, 1_000_000),
        (seed, [households, flats, degree], maxWeight) => {
          const random = seededRandom(seed);
          const matrix = Array.from({ length: households }, () => {
            const row = new Array<number>(flats).fill(0);
            const count = Math.floor(random() * (degree + 1));
            for (let k = 0; k < count; k++) row[Math.floor(random() * flats)] = 1 + Math.floor(random() * maxWeight);
            return row;
          });
          const graph = buildSparseGraph(edgesOf(matrix, flats));
          const matching = solveMaxWeightMatching(graph);
          assertValidMatching(matrix, flats, matching);
          assert.equal(certificateProblem(graph, matching), null);
        },
      ),
      { numRuns: 12 },
    );
  });

  test('the certificate rejects a matching that is not optimal or duals that do not fit', () => {
    const graph = buildSparseGraph(
      edgesOf(
        [
          [3, 2],
          [3, 0],
        ],
        2,
      ),
    );
    const optimal = solveMaxWeightMatching(graph);
    assert.equal(certificateProblem(graph, optimal), null);
    const greedy = {
      ...optimal,
      total: 3,
      flatOfHousehold: Int32Array.of(0, -1),
      householdOfFlat: Int32Array.of(0, -1),
    };
    assert.notEqual(certificateProblem(graph, greedy), null);
    const cheapDual = { ...optimal, flatDual: optimal.flatDual.map((v) => Math.max(0, v - 1)) };
    assert.notEqual(certificateProblem(graph, cheapDual), null);
  });

  test('is deterministic and independent of the edge order', () => {
    fc.assert(
      fc.property(smallInstance, fc.array(fc.nat(63), { minLength: 64, maxLength: 64 }), ({ matrix, flats }, keys) => {
        const edgeCount = matrix.flat().filter((w) => w > 0).length;
        const order = [...Array(edgeCount).keys()].sort((a, b) => keys[a % 64]! - keys[b % 64]! || a - b);
        const first = solveMatrix(matrix, flats);
        const again = solveMatrix(matrix, flats);
        const shuffled = solveMaxWeightMatching(buildSparseGraph(edgesOf(matrix, flats, order)));
        assert.deepEqual(again, first);
        assert.deepEqual(shuffled, first);
      }),
      { numRuns: 300 },
    );
  });

  test('takes the exchange that beats the greedy choice', () => {
    // Greedy gives household 0 flat 0 (weight 3) and stops at 3; the optimum is 2 + 3 = 5.
    const matching = solveMatrix(
      [
        [3, 2],
        [3, 0],
      ],
      2,
    );
    assert.equal(matching.total, 5);
    assert.deepEqual([...matching.flatOfHousehold], [1, 0]);
  });

  test('leaves a household unmatched rather than lose weight (maximum weight, not perfect)', () => {
    // Matching both (1 + 1 = 2) is worse than giving flat 0 to household 0 alone (10).
    const matching = solveMatrix(
      [
        [10, 0],
        [1, 0],
      ],
      2,
    );
    assert.equal(matching.total, 10);
    assert.deepEqual([...matching.flatOfHousehold], [0, -1]);
  });

  test('handles empty and rectangular instances', () => {
    assert.equal(solveMatrix([], 0).total, 0);
    assert.equal(solveMatrix([[], []], 0).total, 0);
    assert.deepEqual([...solveMatrix([[0, 0, 0]], 3).flatOfHousehold], [-1]);
    const wide = solveMatrix([[1, 5, 2, 7]], 4);
    assert.deepEqual([...wide.flatOfHousehold], [3]);
    const tall = solveMatrix([[4], [9], [2]], 1);
    assert.deepEqual([...tall.flatOfHousehold], [-1, 0, -1]);
  });

  test('settles many equal bids (price wars) correctly', () => {
    const matrix = Array.from({ length: 60 }, () => Array.from({ length: 40 }, () => 7));
    const matching = solveMatrix(matrix, 40);
    assert.equal(assertValidMatching(matrix, 40, matching), 40 * 7);
  });

  test('stays exact at the largest admissible weight', () => {
    const big = maxSafeWeight(3, 3);
    const matrix = [
      [big, big - 1, 0],
      [big, 0, 0],
      [0, big - 2, big],
    ];
    const matching = solveMatrix(matrix, 3);
    assert.equal(matching.total, 3 * big - 1);
    assert.ok(Number.isSafeInteger(matching.total));
  });
});

describe('buildSparseGraph', () => {
  const one = (h: number, f: number, w: number): EdgeArrays => ({
    households: 2,
    flats: 2,
    household: Int32Array.of(h),
    flat: Int32Array.of(f),
    weight: Float64Array.of(w),
  });

  test('rejects out-of-range indices, non-positive or fractional weights, and duplicates', () => {
    assert.throws(() => buildSparseGraph(one(2, 0, 1)), RangeError);
    assert.throws(() => buildSparseGraph(one(0, -1, 1)), RangeError);
    assert.throws(() => buildSparseGraph(one(0, 0, 0)), RangeError);
    assert.throws(() => buildSparseGraph(one(0, 0, 1.5)), RangeError);
    assert.throws(() => buildSparseGraph(one(0, 0, maxSafeWeight(2, 2) + 1)), RangeError);
    const duplicate = { ...one(0, 0, 1), household: Int32Array.of(1, 0, 1), flat: Int32Array.of(1, 0, 1) };
    assert.throws(
      () => buildSparseGraph({ ...duplicate, weight: Float64Array.of(1, 2, 3) }),
      /duplicate edge \(1, 1\)/,
    );
  });

  test('sorts rows by household and flats ascending within a row', () => {
    const graph = buildSparseGraph({
      households: 3,
      flats: 3,
      household: Int32Array.of(2, 0, 2, 0),
      flat: Int32Array.of(1, 2, 0, 0),
      weight: Float64Array.of(1, 2, 3, 4),
    });
    assert.deepEqual([...graph.rowStart], [0, 2, 2, 4]);
    assert.deepEqual([...graph.flat], [0, 2, 0, 1]);
    assert.deepEqual([...graph.weight], [4, 2, 3, 1]);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { seededRandom } from '../testing/round.fixtures.ts';
import type { Matching } from './assignment.solver.ts';
import { solveMaxWeightMatching } from './assignment.solver.ts';
import { NONE } from './assignment.state.ts';
import { selectByPriority } from './priority.selection.ts';
import { buildSparseGraph } from './sparse.graph.ts';
import type { SparseGraph } from './sparse.graph.ts';
import { tierProblem } from './tier.certificate.ts';
import { keepRows, solveUrgencyFirst } from './urgency.solver.ts';

/** A random sparse instance with urgency tiers 0..3, weights bonus + 0..99 and the priority order by tier, index. */
function instance(seed: number, households: number, flats: number, density: number) {
  const random = seededRandom(seed);
  const bonus = Math.min(households, flats) * 100 + 1;
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (let h = 0; h < households; h++) {
    for (let f = 0; f < flats; f++) {
      if (random() >= density) continue;
      from.push(h);
      to.push(f);
      weight.push(bonus + Math.floor(random() * 100));
    }
  }
  const graph = buildSparseGraph({
    households,
    flats,
    household: Int32Array.from(from),
    flat: Int32Array.from(to),
    weight: Float64Array.from(weight),
  });
  const tier = Int32Array.from({ length: households }, () => Math.floor(random() * 4));
  const order = Int32Array.from(
    Array.from({ length: households }, (_, h) => h).sort((a, b) => tier[b]! - tier[a]! || a - b),
  );
  return { graph, tier, order, bonus };
}

const placedCount = (matching: Pick<Matching, 'flatOfHousehold'>): number =>
  matching.flatOfHousehold.reduce((sum, f) => sum + (f === NONE ? 0 : 1), 0);

/** Largest number of households of `rows` placeable at once (exact solver with unit weights). */
function maxPlaceable(graph: SparseGraph, rows: (h: number) => boolean): number {
  const selected = Uint8Array.from({ length: graph.households }, (_, h) => (rows(h) ? 1 : 0));
  const restricted = keepRows(graph, selected);
  return placedCount(solveMaxWeightMatching({ ...restricted, weight: restricted.weight.map(() => 1) }));
}

const shapes = fc.tuple(fc.integer(), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 }));

describe('priority selection (greedy with augmenting paths)', () => {
  test('keeps a maximum-cardinality set: the greedy over a transversal matroid ends in a basis', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: 0.02, max: 0.5, noNaN: true }), ([seed, h, f], density) => {
        const { graph, order } = instance(seed, h, f, density);
        assert.equal(
          selectByPriority(graph, order).count,
          maxPlaceable(graph, () => true),
        );
      }),
      { numRuns: 200 },
    );
  });

  test('keeps, for every prefix of the priority order, as many households as any matching could', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: 0.02, max: 0.4, noNaN: true }), ([seed, h, f], density) => {
        const { graph, order } = instance(seed, h, f, density);
        const { selected } = selectByPriority(graph, order);
        const inPrefix = new Uint8Array(h);
        let kept = 0;
        for (let p = 0; p < order.length; p++) {
          inPrefix[order[p]!] = 1;
          kept += selected[order[p]!]!;
          assert.equal(
            kept,
            maxPlaceable(graph, (x) => inPrefix[x] === 1),
            `prefix ${p + 1}`,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('solveUrgencyFirst', () => {
  test('places exactly the selected households with the best total among all matchings that place them', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: 0.05, max: 0.5, noNaN: true }), ([seed, h, f], density) => {
        const { graph, tier, order } = instance(seed, h, f, density);
        const { selected, count } = selectByPriority(graph, order);
        const matching = solveUrgencyFirst(graph, order, tier);
        assert.equal(placedCount(matching), count);
        for (let x = 0; x < h; x++) assert.equal(matching.flatOfHousehold[x] !== NONE, selected[x] === 1);
        // Same weights on the kept rows: with the bonus, the optimum there places all of them; totals must agree.
        assert.equal(matching.total, solveMaxWeightMatching(keepRows(graph, selected)).total);
      }),
      { numRuns: 200 },
    );
  });

  test('passes its own tier certificate, which a matching placing fewer urgent households fails', () => {
    // Household 0 (urgency 3) fits only flat 0; household 1 (urgency 1) fits flats 0 and 1 (bonus 100).
    const edges = (weight: Float64Array) => ({
      households: 2,
      flats: 2,
      household: Int32Array.of(0, 1, 1),
      flat: Int32Array.of(0, 0, 1),
      weight,
    });
    const graph = buildSparseGraph(edges(Float64Array.of(110, 150, 110)));
    const tier = Int32Array.of(3, 1);
    const good = solveUrgencyFirst(graph, Int32Array.of(0, 1), tier);
    assert.deepEqual([...good.flatOfHousehold], [0, 1]);
    assert.equal(tierProblem(graph, good, tier), null);
    const urgentLeftOut = {
      total: 50,
      flatOfHousehold: Int32Array.of(NONE, 0),
      householdOfFlat: Int32Array.of(1, NONE),
    };
    assert.match(tierProblem(graph, urgentLeftOut, tier) ?? '', /^urgency 3 or higher: flat 0 could still take/);
    const fewer = { total: 10, flatOfHousehold: Int32Array.of(0, NONE), householdOfFlat: Int32Array.of(0, NONE) };
    assert.match(tierProblem(graph, fewer, tier) ?? '', /^urgency 1 or higher: flat 1 could still take household 1/);
    // Without a placement bonus the fit of one pair (50) outweighs two (10 + 10): the check refuses to propose.
    const unbonused = buildSparseGraph(edges(Float64Array.of(10, 50, 10)));
    assert.throws(() => solveUrgencyFirst(unbonused, Int32Array.of(0, 1), tier), /certificate failed/);
  });

  test('the tier certificate holds on random instances', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: 0.02, max: 0.5, noNaN: true }), ([seed, h, f], density) => {
        const { graph, tier, order } = instance(seed, h, f, density);
        assert.equal(tierProblem(graph, solveUrgencyFirst(graph, order, tier), tier), null);
      }),
      { numRuns: 200 },
    );
  });
});

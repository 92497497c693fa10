import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { certificateProblem, matchingProblem } from './assignment.certificate.ts';
import { type OptimalMatching, solveMaxWeightMatching } from './assignment.solver.ts';
import { buildSparseGraph, type SparseGraph } from './sparse.graph.ts';

/** A graph from [household, flat, weight] triples. */
function graphOf(households: number, flats: number, edges: [number, number, number][]): SparseGraph {
  return buildSparseGraph({
    households,
    flats,
    household: Int32Array.from(edges.map((e) => e[0])),
    flat: Int32Array.from(edges.map((e) => e[1])),
    weight: Float64Array.from(edges.map((e) => e[2])),
  });
}

function claim(m: Partial<OptimalMatching> & Pick<OptimalMatching, 'flatOfHousehold' | 'householdOfFlat'>) {
  return {
    total: 0,
    householdDual: new Float64Array(m.flatOfHousehold.length),
    flatDual: new Float64Array(m.householdOfFlat.length),
    ...m,
  };
}

describe('matching certificate', () => {
  // Two households want the one flat, each worth 2: the optimum is 2.
  const contested = graphOf(2, 1, [
    [0, 0, 2],
    [1, 0, 2],
  ]);

  test('rejects two households on one flat, even with duals that balance the inflated total', () => {
    // u = (2, 2), v = 0: every edge tight, dual total 4 = claimed total. Duals alone would certify this.
    const twoOnOne = claim({
      total: 4,
      flatOfHousehold: Int32Array.of(0, 0),
      householdOfFlat: Int32Array.of(1),
      householdDual: Float64Array.of(2, 2),
      flatDual: Float64Array.of(0),
    });
    assert.equal(certificateProblem(contested, twoOnOne), 'flat 0 held by households 0 and 1');
    assert.equal(certificateProblem(contested, solveMaxWeightMatching(contested)), null);
  });

  test('rejects a household recorded on two flats (the arrays disagree)', () => {
    const g = graphOf(1, 2, [
      [0, 0, 3],
      [0, 1, 3],
    ]);
    const twoFlats = claim({ total: 3, flatOfHousehold: Int32Array.of(0), householdOfFlat: Int32Array.of(0, 0) });
    assert.equal(matchingProblem(g, twoFlats), 'flat 1: household 0 recorded, household -1 holds it');
  });

  test('rejects a matched pair that is not an edge', () => {
    const g = graphOf(2, 2, [
      [0, 0, 5],
      [1, 0, 1],
    ]);
    const nonEdge = claim({ total: 5, flatOfHousehold: Int32Array.of(0, 1), householdOfFlat: Int32Array.of(0, 1) });
    assert.equal(matchingProblem(g, nonEdge), 'household 1 matched to flat 1, which is not an edge');
  });

  test('rejects a claimed total that the matched edges do not add up to', () => {
    const wrongTotal = claim({ total: 3, flatOfHousehold: Int32Array.of(0, -1), householdOfFlat: Int32Array.of(0) });
    assert.equal(matchingProblem(contested, wrongTotal), 'total 3 != 2 from the matched edges');
  });

  test('rejects out-of-range indices and arrays of the wrong size', () => {
    const outside = claim({ total: 2, flatOfHousehold: Int32Array.of(7, -1), householdOfFlat: Int32Array.of(-1) });
    assert.equal(matchingProblem(contested, outside), 'household 0: flat 7 out of range');
    const short = claim({ total: 0, flatOfHousehold: Int32Array.of(-1), householdOfFlat: Int32Array.of(-1) });
    assert.match(matchingProblem(contested, short) ?? '', /^sizes 1 × 1 != 2 × 1$/);
  });

  test('accepts the solver result with its duals', () => {
    const g = graphOf(3, 3, [
      [0, 0, 4],
      [0, 1, 1],
      [1, 0, 3],
      [1, 2, 2],
      [2, 1, 5],
    ]);
    const m = solveMaxWeightMatching(g);
    assert.equal(m.total, 11);
    assert.equal(certificateProblem(g, m), null);
  });
});

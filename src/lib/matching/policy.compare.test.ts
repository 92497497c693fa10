import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { lowerSaxonyRound } from '../../../bench/matching/lower-saxony.round.ts';
import { matchRound, runMatching } from './matching.engine.ts';
import { DEFAULT_MODE, MATCHING_MODES } from './matching.types.ts';
import type { MatchingInput, MatchingResult } from './matching.types.ts';
import { compareRound, comparePolicies } from './policy.compare.ts';
import { checkPair } from './rules/pair.check.ts';
import { makeFlat, makeHousehold, randomRound, seededRandom } from './testing/round.fixtures.ts';

const ROUND = '2025-06-01';

/** Placed households of urgency `level` or higher. */
function placedFrom(result: MatchingResult, level: number): number {
  return result.fairness.byUrgency.filter((group) => Number(group.group) >= level).reduce((n, g) => n + g.placed, 0);
}

function assertUrgencyFirstDominates(input: MatchingInput): void {
  const [urgency, optimal, priority] = comparePolicies(input).policies.map((policy) => policy.result);
  assert.equal(urgency!.summary.mode, 'urgencyFirst');
  assert.equal(urgency!.summary.placed, optimal!.summary.placed, 'maximum cardinality, as best fit');
  for (let level = 0; level <= 3; level++) {
    assert.ok(placedFrom(urgency!, level) >= placedFrom(priority!, level), `urgency ${level}+ vs priority order`);
    assert.ok(placedFrom(urgency!, level) >= placedFrom(optimal!, level), `urgency ${level}+ vs best fit`);
  }
}

describe('urgency first', () => {
  test('is the default policy of runMatching and matchRound', () => {
    assert.equal(DEFAULT_MODE, 'urgencyFirst');
    const input = randomRound(11, 30, 12);
    assert.equal(JSON.stringify(runMatching(input)), JSON.stringify(runMatching(input, 'urgencyFirst')));
    const raw = matchRound(JSON.parse(JSON.stringify(input)));
    assert.ok(raw.ok && raw.value.summary.mode === 'urgencyFirst');
  });

  test('field case: urgent A fits only the barrier-free F1, urgent B (earlier) fits F1 and F2 → A F1, B F2', () => {
    const a = makeHousehold({ id: 'A', urgency: 3, accessibility: 'wheelchair', waitingSince: '2024-06-01' });
    const b = makeHousehold({ id: 'B', urgency: 3, waitingSince: '2023-01-01' });
    const f1 = makeFlat({ id: 'F1', stepFree: true, wheelchairAccessible: true });
    const f2 = makeFlat({ id: 'F2', municipality: 'Celle' });
    assert.equal(checkPair(a, f2, ROUND).feasibility.feasible, false);
    const input = { roundDate: ROUND, households: [a, b], flats: [f1, f2] };
    const pairs = (result: MatchingResult) => result.proposals.map((p) => [p.householdId, p.flatId]);
    assert.deepEqual(pairs(runMatching(input)), [
      ['B', 'F2'],
      ['A', 'F1'],
    ]);
    // The strict priority order lets B take its best flat first and leaves A without one.
    assert.deepEqual(pairs(runMatching(input, 'priority')), [['B', 'F1']]);
  });

  test('on the Lower Saxony benchmark round: every urgency level at least as well served, as many placed', () => {
    assertUrgencyFirstDominates(lowerSaxonyRound(5_000, 600, 600));
  });

  test('on generated rounds: every urgency level at least as well served, as many placed as best fit', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 25 }), (seed, h, f) => {
        assertUrgencyFirstDominates(randomRound(seed, h, f));
      }),
      { numRuns: 150 },
    );
  });

  test('places, for every level k, as many of level k or higher as can be placed at all (rank-maximal)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const result = runMatching(input);
        for (let level = 0; level <= 3; level++) {
          const only = { ...input, households: input.households.filter((x) => x.urgency >= level) };
          assert.equal(placedFrom(result, level), runMatching(only, 'optimal').summary.placed, `level ${level}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('gives the placed households the best total fit any assignment of exactly them has', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const result = runMatching(input);
        const placed = new Set(result.proposals.map((p) => p.householdId));
        const only = runMatching({ ...input, households: input.households.filter((x) => placed.has(x.id)) }, 'optimal');
        assert.equal(only.summary.placed, placed.size);
        assert.equal(result.summary.totalScore, only.summary.totalScore);
      }),
      { numRuns: 100 },
    );
  });
});

describe('urgency first: ties and determinism', () => {
  test('exact ties follow the published rule: urgency, then waiting since, then id', () => {
    const twin = (id: string, overrides = {}) => makeHousehold({ id, waitingSince: '2024-01-10', ...overrides });
    const cases = [
      { households: [twin('B'), twin('A')], winner: 'A' },
      { households: [twin('A'), twin('B', { waitingSince: '2024-01-09' })], winner: 'B' },
      { households: [twin('A', { waitingSince: '2020-01-01' }), twin('B', { urgency: 1 })], winner: 'B' },
    ];
    for (const { households, winner } of cases) {
      for (const order of [households, [...households].reverse()]) {
        const result = runMatching({ roundDate: ROUND, households: order, flats: [makeFlat()] });
        assert.deepEqual(
          result.proposals.map((p) => p.householdId),
          [winner],
        );
      }
    }
  });

  test('same bytes on a re-run and whatever the order of households and flats', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (seed, mix, h, f) => {
          const input = randomRound(seed, h, f);
          const random = seededRandom(mix);
          const reordered = {
            ...input,
            households: [...input.households].sort(() => random() - 0.5),
            flats: [...input.flats].reverse(),
          };
          const bytes = JSON.stringify(runMatching(input));
          assert.equal(JSON.stringify(runMatching(input)), bytes);
          assert.equal(JSON.stringify(runMatching(reordered)), bytes);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('comparePolicies', () => {
  test('gives each policy its figures side by side, default first, equal to solving each alone', () => {
    const input = randomRound(5, 40, 15);
    const comparison = comparePolicies(input);
    assert.equal(comparison.defaultMode, 'urgencyFirst');
    assert.deepEqual(
      comparison.policies.map((p) => p.figures.mode),
      [...MATCHING_MODES],
    );
    for (const { figures, result } of comparison.policies) {
      const alone = runMatching(input, figures.mode);
      assert.equal(JSON.stringify(result), JSON.stringify(alone));
      assert.deepEqual(figures, {
        mode: figures.mode,
        placed: alone.summary.placed,
        placedByUrgency: alone.fairness.byUrgency,
        totalScore: alone.summary.totalScore,
        justifiedEnvyPairs: alone.fairness.justifiedEnvyPairs,
        householdsWithJustifiedEnvy: alone.fairness.householdsWithJustifiedEnvy,
      });
    }
    const bad = compareRound({ roundDate: ROUND, households: [{ ...makeHousehold(), urgency: 9 }], flats: [] });
    assert.ok(!bad.ok && bad.issues[0]?.path === 'households[0].urgency');
  });
});

describe('urgency first: explanations', () => {
  test('every proposal says how far below its best suitable flat it is', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const households = new Map(input.households.map((x) => [x.id, x]));
        for (const mode of MATCHING_MODES) {
          for (const proposal of runMatching(input, mode).proposals) {
            const scores = input.flats.map((flat) => checkPair(households.get(proposal.householdId)!, flat, ROUND));
            const best = Math.max(...scores.map((check) => check.score?.total ?? 0));
            assert.equal(proposal.pointsBelowBest, best - proposal.score.total);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  test('a household left out is told its flats are needed by households with higher priority', () => {
    const input = {
      roundDate: ROUND,
      households: [makeHousehold({ id: 'A', urgency: 2 }), makeHousehold({ id: 'B', waitingSince: '2020-01-01' })],
      flats: [makeFlat()],
    };
    assert.deepEqual(runMatching(input).unmatched, [
      {
        householdId: 'B',
        reason: {
          code: 'neededByHigherPriority',
          feasibleFlats: 1,
          higherPriority: 1,
          lowerPriority: 0,
          recipientsByUrgency: [0, 0, 1, 0],
        },
      },
    ]);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { runMatching } from '../matching.engine.ts';
import { checkPair } from '../rules/pair.check.ts';
import { makeFlat, makeHousehold, randomRound } from '../testing/round.fixtures.ts';

const ROUND = '2025-06-01';

describe('priority mode', () => {
  test('serves urgency first, then longer waiting, then id', () => {
    const result = runMatching(
      {
        roundDate: ROUND,
        households: [
          makeHousehold({ id: 'old', waitingSince: '2020-01-01' }),
          makeHousehold({ id: 'urgent', urgency: 3, waitingSince: '2025-05-01' }),
          makeHousehold({ id: 'b-same', waitingSince: '2022-01-01' }),
          makeHousehold({ id: 'a-same', waitingSince: '2022-01-01' }),
        ],
        flats: [makeFlat({ id: 'F1' }), makeFlat({ id: 'F2' }), makeFlat({ id: 'F3' })],
      },
      'priority',
    );
    assert.deepEqual(result.proposals.map((p) => p.householdId).sort(), ['a-same', 'old', 'urgent']);
  });

  test('each household takes its best free flat; equal flats go by id', () => {
    const wishes = { areas: [{ municipality: 'Celle', weight: 5 }], places: [] };
    const result = runMatching(
      {
        roundDate: ROUND,
        households: [makeHousehold({ id: 'A', urgency: 1, wishes }), makeHousehold({ id: 'B', wishes })],
        flats: [makeFlat({ id: 'F2' }), makeFlat({ id: 'F1' }), makeFlat({ id: 'F3', municipality: 'Celle' })],
      },
      'priority',
    );
    assert.deepEqual(
      result.proposals.map((p) => [p.householdId, p.flatId]),
      [
        ['A', 'F3'],
        ['B', 'F1'],
      ],
    );
  });

  test('is a serial dictatorship on random rounds: nobody could improve with a flat left for later turns', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const result = runMatching(input, 'priority');
        const assigned = new Map(result.proposals.map((p) => [p.householdId, p]));
        const order = [...input.households].sort(
          (a, b) =>
            b.urgency - a.urgency ||
            (a.waitingSince < b.waitingSince ? -1 : a.waitingSince > b.waitingSince ? 1 : 0) ||
            (a.id < b.id ? -1 : 1),
        );
        const taken = new Set<string>();
        for (const household of order) {
          const free = input.flats.filter((flat) => !taken.has(flat.id));
          const scores = free
            .map((flat) => checkPair(household, flat, input.roundDate).score?.total ?? -1)
            .filter((s) => s >= 0);
          const mine = assigned.get(household.id);
          if (scores.length === 0) assert.equal(mine, undefined);
          else assert.equal(mine?.score.total, Math.max(...scores));
          if (mine) taken.add(mine.flatId);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('never has a higher objective than the optimal mode', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const optimal = runMatching(input, 'optimal').summary;
        const priority = runMatching(input, 'priority').summary;
        assert.ok(priority.objective <= optimal.objective);
        assert.ok(priority.placed <= optimal.placed);
      }),
      { numRuns: 100 },
    );
  });
});

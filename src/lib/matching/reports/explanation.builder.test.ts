import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { runMatching } from '../matching.engine.ts';
import type { Flat, Household, MatchingMode, MatchingResult, UnmatchedReason } from '../matching.types.ts';
import { checkPair } from '../rules/pair.check.ts';
import { makeFlat, makeHousehold, priorityBefore, randomRound } from '../testing/round.fixtures.ts';

const ROUND = '2025-06-01';

function reasonOf(result: MatchingResult, householdId: string): UnmatchedReason | undefined {
  return result.unmatched.find((entry) => entry.householdId === householdId)?.reason;
}

/** Why `householdId` stays unmatched in a round of these households and flats (default policy unless `mode`). */
function reasonIn(
  households: Household[],
  flats: Flat[],
  householdId = 'H-1',
  mode?: MatchingMode,
): UnmatchedReason | undefined {
  return reasonOf(runMatching({ roundDate: ROUND, households, flats }, mode), householdId);
}

describe('why a household stayed unmatched', () => {
  test('noFlatsInRound: the round offers no flat at all', () => {
    assert.deepEqual(reasonIn([makeHousehold()], []), { code: 'noFlatsInRound' });
  });

  test('noFeasibleFlat: the most common first-failing constraint, its flat count and the nearest miss', () => {
    assert.deepEqual(
      reasonIn(
        [makeHousehold({ rentLimit: 500, spaceLimitM2: 50 })],
        [
          makeFlat({ id: 'F1', warmRent: 560 }),
          makeFlat({ id: 'F2', warmRent: 512.5 }),
          makeFlat({ id: 'F3', warmRent: 700 }),
          makeFlat({ id: 'F4', areaM2: 58, warmRent: 505 }),
        ],
      ),
      {
        code: 'noFeasibleFlat',
        constraint: 'rentAboveLimit',
        flats: 3,
        gap: 12.5,
        failures: { areaAboveLimit: 1, rentAboveLimit: 3 },
      },
    );
  });

  test('noFeasibleFlat: on equal counts the earlier constraint is reported', () => {
    assert.deepEqual(
      reasonIn(
        [makeHousehold({ pets: 1, accessibility: 'stepFree' })],
        [makeFlat({ id: 'F1', stepFree: true }), makeFlat({ id: 'F2', availableFrom: '2025-08-01' })],
      ),
      {
        code: 'noFeasibleFlat',
        constraint: 'accessibilityNotMet',
        flats: 1,
        gap: 1,
        failures: { accessibilityNotMet: 1, petsNotAllowed: 1 },
      },
    );
  });

  test('outscored by a household with higher priority', () => {
    assert.deepEqual(
      reasonIn(
        [makeHousehold({ id: 'A', urgency: 2 }), makeHousehold({ id: 'B', urgency: 0 })],
        [makeFlat()],
        'B',
        'optimal',
      ),
      {
        code: 'outscored',
        feasibleFlats: 1,
        higherPriority: 1,
        lowerPriority: 0,
        recipientsByUrgency: [0, 0, 1, 0],
      },
    );
  });

  test('outscored in optimal mode by a household with lower priority but a better overall fit', () => {
    // A is more urgent (priority first) but B has a long wait and wishes exactly this flat.
    const a = makeHousehold({ id: 'A', urgency: 1, waitingSince: '2025-05-01' });
    const b = makeHousehold({
      id: 'B',
      waitingSince: '2020-01-01',
      wishes: { areas: [{ municipality: 'Hannover', weight: 10 }], places: [] },
    });
    const input = { roundDate: ROUND, households: [a, b], flats: [makeFlat()] };
    const optimal = runMatching(input, 'optimal');
    assert.deepEqual(reasonOf(optimal, 'A'), {
      code: 'outscored',
      feasibleFlats: 1,
      higherPriority: 0,
      lowerPriority: 1,
      recipientsByUrgency: [1, 0, 0, 0],
    });
    const priority = runMatching(input, 'priority');
    assert.deepEqual(reasonOf(priority, 'B'), {
      code: 'outscored',
      feasibleFlats: 1,
      higherPriority: 1,
      lowerPriority: 0,
      recipientsByUrgency: [0, 1, 0, 0],
    });
  });

  for (const mode of ['optimal', 'priority'] as const) {
    test(`${mode}: every unmatched household has a consistent reason on random rounds`, () => {
      fc.assert(
        fc.property(fc.integer(), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 15 }), (seed, h, f) => {
          checkReasons(randomRound(seed, h, f), mode);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('flat outcomes', () => {
  test('count feasible households per flat and name the proposed one', () => {
    const result = runMatching({
      roundDate: ROUND,
      households: [makeHousehold({ id: 'A' }), makeHousehold({ id: 'B', rentLimit: 500 })],
      flats: [makeFlat({ id: 'F1' }), makeFlat({ id: 'F2', warmRent: 450 }), makeFlat({ id: 'F3', areaM2: 80 })],
    });
    assert.deepEqual(result.flats, [
      { flatId: 'F1', feasibleHouseholds: 1, householdId: 'A' },
      { flatId: 'F2', feasibleHouseholds: 2, householdId: 'B' },
      { flatId: 'F3', feasibleHouseholds: 0, householdId: null },
    ]);
  });
});

/** Recomputes each reason's numbers from checkPair and the proposals, independently of the builder. */
function checkReasons(input: ReturnType<typeof randomRound>, mode: MatchingMode): void {
  const result = runMatching(input, mode);
  const holder = new Map(result.proposals.map((p) => [p.flatId, p.householdId]));
  const byId = new Map(input.households.map((h) => [h.id, h]));
  const before = priorityBefore(input.households);
  assert.equal(result.unmatched.length + result.proposals.length, input.households.length);
  for (const { householdId, reason } of result.unmatched) {
    const household = byId.get(householdId)!;
    const feasible = input.flats.filter((f) => checkPair(household, f, input.roundDate).feasibility.feasible);
    if (input.flats.length === 0) assert.equal(reason.code, 'noFlatsInRound');
    else if (feasible.length === 0) {
      assert.equal(reason.code, 'noFeasibleFlat');
      if (reason.code !== 'noFeasibleFlat') continue;
      const sum = Object.values(reason.failures).reduce((a, b) => a + b, 0);
      assert.equal(sum, input.flats.length);
      assert.equal(reason.flats, Math.max(...Object.values(reason.failures)));
    } else {
      assert.equal(reason.code, 'outscored');
      if (reason.code !== 'outscored') continue;
      assert.equal(reason.feasibleFlats, feasible.length);
      const recipients = feasible.map((f) => holder.get(f.id));
      assert.ok(
        recipients.every((r) => r !== undefined),
        'a feasible flat stayed free',
      );
      const higher = recipients.filter((r) => before(r!, householdId)).length;
      assert.equal(reason.higherPriority, higher);
      assert.equal(reason.lowerPriority, feasible.length - higher);
      assert.equal(
        reason.recipientsByUrgency.reduce((a, b) => a + b, 0),
        feasible.length,
      );
    }
  }
}

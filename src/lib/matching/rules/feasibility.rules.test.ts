import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Flat, Household } from '../matching.types.ts';
import { checkPair } from './pair.check.ts';
import { makeFlat, makeHousehold } from '../testing/round.fixtures.ts';

const ROUND = '2025-06-01';

function failure(household: Partial<Household>, flat: Partial<Flat>, rules = {}): unknown {
  return checkPair(makeHousehold(household), makeFlat(flat), ROUND, { rules }).feasibility;
}

/** The feasibility of a pair that fails `constraint` by `gap`. */
const failed = (constraint: string, gap: number) => ({ feasible: false, constraint, gap });

describe('hard constraints', () => {
  test('the base pair is feasible and scored', () => {
    const { feasibility, score } = checkPair(makeHousehold(), makeFlat(), ROUND);
    assert.deepEqual(feasibility, { feasible: true });
    assert.ok(score !== null && score.total >= 0);
  });

  test('area above the space limit fails with the excess in m²', () => {
    assert.deepEqual(failure({ spaceLimitM2: 50 }, { areaM2: 62.35 }), failed('areaAboveLimit', 12.35));
    assert.deepEqual(failure({ spaceLimitM2: 50 }, { areaM2: 50 }), { feasible: true });
  });

  test('overcrowding fails with the persons above rooms × persons per room', () => {
    const members = Array.from({ length: 5 }, () => ({ role: 'child' as const, ageGroup: '6-17' as const }));
    assert.deepEqual(failure({ members, spaceLimitM2: 90 }, { rooms: 2 }), failed('overcrowded', 1));
    assert.deepEqual(
      failure({ members, spaceLimitM2: 90 }, { rooms: 2 }, { maxPersonsPerRoom: 1 }),
      failed('overcrowded', 3),
    );
    assert.deepEqual(failure({ members, spaceLimitM2: 90 }, { rooms: 3 }), { feasible: true });
  });

  test('rent above the limit fails with the excess in euros (cent exact)', () => {
    assert.deepEqual(failure({ rentLimit: 600.1 }, { warmRent: 612.3 }), failed('rentAboveLimit', 12.2));
    assert.deepEqual(failure({ rentLimit: 612.3 }, { warmRent: 612.3 }), { feasible: true });
  });

  test('a WBS-bound flat needs a WBS', () => {
    assert.deepEqual(failure({ wbs: false }, { wbsRequired: true }), failed('wbsMissing', 1));
    assert.deepEqual(failure({ wbs: true }, { wbsRequired: true }), { feasible: true });
    assert.deepEqual(failure({ wbs: false }, { wbsRequired: false }), { feasible: true });
  });

  test('accessibility fails by the missing levels; a wheelchair flat is also step-free', () => {
    assert.deepEqual(failure({ accessibility: 'wheelchair' }, {}), failed('accessibilityNotMet', 2));
    assert.deepEqual(failure({ accessibility: 'wheelchair' }, { stepFree: true }), failed('accessibilityNotMet', 1));
    assert.deepEqual(failure({ accessibility: 'stepFree' }, { wheelchairAccessible: true }), { feasible: true });
  });

  test('a flat available after move-in plus tolerance fails by the days late', () => {
    assert.deepEqual(
      failure({ earliestMoveIn: '2025-06-01' }, { availableFrom: '2025-07-11' }),
      failed('notAvailableInTime', 10),
    );
    assert.deepEqual(failure({ earliestMoveIn: '2025-06-01' }, { availableFrom: '2025-07-01' }), { feasible: true });
    assert.deepEqual(
      failure({ earliestMoveIn: '2025-06-01' }, { availableFrom: '2025-07-01' }, { moveInToleranceDays: 0 }),
      failed('notAvailableInTime', 30),
    );
  });

  test('pets fail where not allowed, by the number of pets', () => {
    assert.deepEqual(failure({ pets: 2 }, { petsAllowed: false }), failed('petsNotAllowed', 2));
    assert.deepEqual(failure({ pets: 2 }, { petsAllowed: true }), { feasible: true });
  });

  test('the first failing constraint in the documented order is reported', () => {
    const result = failure(
      { spaceLimitM2: 40, rentLimit: 300, wbs: false, pets: 1 },
      { areaM2: 45, warmRent: 550, wbsRequired: true },
    );
    assert.deepEqual(result, failed('areaAboveLimit', 5));
    const withoutArea = failure({ rentLimit: 300, wbs: false, pets: 1 }, { warmRent: 550, wbsRequired: true });
    assert.deepEqual(withoutArea, failed('rentAboveLimit', 250));
  });
});

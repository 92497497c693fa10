import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkWeightLimit, formatPath, parseMatchingInput } from './input.validate.ts';
import { DEFAULT_WEIGHTS } from './matching.defaults.ts';
import { makeFlat, makeHousehold } from './testing/round.fixtures.ts';

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, 'cli', 'examples', 'round.example.json'), 'utf8'),
) as {
  households: Record<string, unknown>[];
  flats: Record<string, unknown>[];
};

function round(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { roundDate: '2025-06-01', households: [makeHousehold()], flats: [makeFlat()], ...overrides };
}

function issuesOf(raw: unknown): { path: string; code: string }[] {
  const result = parseMatchingInput(raw);
  assert.equal(result.ok, false, 'expected a validation error');
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

describe('parseMatchingInput', () => {
  test('accepts the documented example and fills nothing it was not given', () => {
    const result = parseMatchingInput(example);
    assert.ok(result.ok);
    assert.equal(result.value.households.length, 3);
    assert.deepEqual(result.value.weights, { sizeFit: 60 });
  });

  test('names the path of a wrong type', () => {
    const households = [makeHousehold(), { ...makeHousehold({ id: 'H-2' }), rentLimit: '600' }];
    assert.deepEqual(issuesOf(round({ households })), [{ path: 'households[1].rentLimit', code: 'invalid_type' }]);
  });

  test('names the path of a missing field and of nested values', () => {
    const { wbs: _dropped, ...withoutWbs } = makeHousehold();
    assert.deepEqual(issuesOf(round({ households: [withoutWbs] })), [
      { path: 'households[0].wbs', code: 'invalid_type' },
    ]);
    const flat = makeFlat({ location: { lat: 123, lon: 9 } });
    assert.deepEqual(issuesOf(round({ flats: [flat] })), [{ path: 'flats[0].location.lat', code: 'too_big' }]);
  });

  test('rejects unknown fields everywhere, one issue per field', () => {
    const household = { ...makeHousehold(), favouriteColour: 'blue' };
    const flat = { ...makeFlat(), balcony: true };
    assert.deepEqual(issuesOf(round({ households: [household], flats: [flat], extra: 1 })), [
      { path: 'households[0].favouriteColour', code: 'unknown_field' },
      { path: 'flats[0].balcony', code: 'unknown_field' },
      { path: 'extra', code: 'unknown_field' },
    ]);
    assert.deepEqual(issuesOf(round({ weights: { waitingPerMonth: 1, luck: 5 } })), [
      { path: 'weights.luck', code: 'unknown_field' },
    ]);
  });

  test('rejects impossible dates, more than two decimals, duplicate ids and waiting after the round date', () => {
    assert.deepEqual(issuesOf(round({ roundDate: '2025-02-30' })), [{ path: 'roundDate', code: 'custom' }]);
    assert.deepEqual(issuesOf(round({ flats: [makeFlat({ warmRent: 550.125 })] })), [
      { path: 'flats[0].warmRent', code: 'custom' },
    ]);
    assert.deepEqual(issuesOf(round({ flats: [makeFlat(), makeFlat()] })), [{ path: 'flats[1].id', code: 'custom' }]);
    assert.deepEqual(issuesOf(round({ households: [makeHousehold({ waitingSince: '2025-07-01' })] })), [
      { path: 'households[0].waitingSince', code: 'custom' },
    ]);
  });

  test('accepts partial weights and rules', () => {
    const result = parseMatchingInput(round({ weights: { urgencyPerLevel: 0 }, rules: { maxPersonsPerRoom: 1 } }));
    assert.ok(result.ok);
  });
});

describe('checkWeightLimit', () => {
  test('passes realistic rounds and refuses sizes whose weights would leave the exact integer range', () => {
    assert.equal(checkWeightLimit(DEFAULT_WEIGHTS, 10_000, 10_000), null);
    const heavy = { ...DEFAULT_WEIGHTS, waitingPerMonth: 10_000, waitingCapMonths: 1_200 };
    assert.equal(checkWeightLimit(heavy, 1_000, 1_000), null);
    assert.equal(checkWeightLimit(heavy, 40_000, 40_000)?.path, 'weights');
  });
});

describe('formatPath', () => {
  test('writes indices in brackets and names with dots', () => {
    assert.equal(formatPath(['households', 3, 'wishes', 'areas', 0, 'weight']), 'households[3].wishes.areas[0].weight');
    assert.equal(formatPath([]), '(root)');
  });
});

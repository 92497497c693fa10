import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { matchRound, runMatching } from './matching.engine.ts';
import type { MatchingInput } from './matching.types.ts';
import { checkPair } from './rules/pair.check.ts';
import { makeFlat, makeHousehold, randomRound, seededRandom } from './testing/round.fixtures.ts';

const ROUND = '2025-06-01';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('runMatching', () => {
  test('same input gives the same bytes, whatever the order of households and flats', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (seed, mix, h, f) => {
          const input = randomRound(seed, h, f);
          const reordered: MatchingInput = {
            ...input,
            households: shuffled(input.households, mix),
            flats: shuffled(input.flats, mix + 1),
          };
          for (const mode of ['optimal', 'priority'] as const) {
            const bytes = JSON.stringify(runMatching(input, mode));
            assert.equal(JSON.stringify(runMatching(input, mode)), bytes);
            assert.equal(JSON.stringify(runMatching(reordered, mode)), bytes);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('proposes only feasible pairs, each household and flat at most once, with the scores checkPair gives', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 25 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const households = new Map(input.households.map((x) => [x.id, x]));
        const flats = new Map(input.flats.map((x) => [x.id, x]));
        const result = runMatching(input);
        const usedHouseholds = new Set(result.proposals.map((p) => p.householdId));
        const usedFlats = new Set(result.proposals.map((p) => p.flatId));
        assert.equal(usedHouseholds.size, result.proposals.length);
        assert.equal(usedFlats.size, result.proposals.length);
        let total = 0;
        for (const proposal of result.proposals) {
          const check = checkPair(households.get(proposal.householdId)!, flats.get(proposal.flatId)!, ROUND);
          assert.deepEqual(check.score, proposal.score);
          total += proposal.score.total;
        }
        assert.equal(result.summary.totalScore, total);
        assert.equal(result.summary.objective, result.summary.placed * result.summary.placementBonus + total);
      }),
      { numRuns: 60 },
    );
  });

  test('ties go to the longer waiting household, then to the lower id', () => {
    // Same completed months (16) and so the same score; only the exact date and the id differ.
    const early = makeHousehold({ id: 'Z', waitingSince: '2024-01-10' });
    const late = makeHousehold({ id: 'A', waitingSince: '2024-01-20' });
    for (const households of [
      [early, late],
      [late, early],
    ]) {
      const result = runMatching({ roundDate: ROUND, households, flats: [makeFlat()] });
      assert.deepEqual(result.proposals[0]?.householdId, 'Z');
    }
    const twin = (id: string) => makeHousehold({ id, waitingSince: '2024-01-10' });
    for (const households of [
      [twin('B'), twin('A')],
      [twin('A'), twin('B')],
    ]) {
      const result = runMatching({ roundDate: ROUND, households, flats: [makeFlat()] });
      assert.deepEqual(result.proposals[0]?.householdId, 'A');
    }
  });

  test('matchRound validates before running', () => {
    const bad = matchRound({ roundDate: ROUND, households: [{ ...makeHousehold(), urgency: 7 }], flats: [] });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.issues[0]?.path, 'households[0].urgency');
    const good = matchRound({ roundDate: ROUND, households: [makeHousehold()], flats: [makeFlat()] });
    assert.ok(good.ok && good.value.summary.placed === 1);
  });

  test('an empty round is valid and yields empty results', () => {
    const result = runMatching({ roundDate: ROUND, households: [], flats: [] });
    assert.equal(result.summary.placed, 0);
    assert.deepEqual(result.proposals, []);
    assert.equal(result.fairness.waitingMonths.placed, null);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_WEIGHTS } from '../matching.defaults.ts';
import { runMatching } from '../matching.engine.ts';
import type { Flat, Household } from '../matching.types.ts';
import { checkPair } from './pair.check.ts';
import { idealRooms } from '../round.prepare.ts';
import { makeFlat, makeHousehold, randomRound } from '../testing/round.fixtures.ts';
import { maxComponentTotal, placementBonus } from './score.rules.ts';

const ROUND = '2025-06-01';

function scoreOf(household: Partial<Household>, flat: Partial<Flat> = {}, weights = {}) {
  const { score } = checkPair(makeHousehold(household), makeFlat(flat), ROUND, { weights });
  assert.ok(score, 'pair must be feasible');
  return score;
}

describe('score components', () => {
  test('waiting: points per completed month, capped', () => {
    assert.equal(scoreOf({ waitingSince: '2024-06-01' }).waiting, 2 * 12);
    assert.equal(scoreOf({ waitingSince: '2024-06-02' }).waiting, 2 * 11);
    assert.equal(scoreOf({ waitingSince: '2015-01-01' }).waiting, 2 * 60);
    assert.equal(scoreOf({ waitingSince: '2024-06-01' }, {}, { waitingPerMonth: 5, waitingCapMonths: 6 }).waiting, 30);
  });

  test('urgency: points per level', () => {
    assert.equal(scoreOf({ urgency: 0 }).urgency, 0);
    assert.equal(scoreOf({ urgency: 3 }).urgency, 120);
  });

  test('wish: best matching wish; a Quartier wish needs the Quartier', () => {
    const areas = [
      { municipality: 'Hannover', quartier: 'List', weight: 9 },
      { municipality: 'Hannover', weight: 4 },
      { municipality: 'Celle', weight: 10 },
    ];
    assert.equal(scoreOf({ wishes: { areas, places: [] } }, { quartier: 'Linden' }).wish, 40);
    assert.equal(scoreOf({ wishes: { areas, places: [] } }, { quartier: 'List' }).wish, 90);
    assert.equal(scoreOf({ wishes: { areas, places: [] } }, { municipality: 'Peine' }).wish, 0);
  });

  test('distance: full points at the place, linear to zero at the maximum distance', () => {
    const at = { lat: 52.37, lon: 9.73 };
    const place = (maxDistanceM: number) => ({ wishes: { areas: [], places: [{ location: at, maxDistanceM }] } });
    assert.equal(scoreOf(place(1000), { location: at }).distance, 40);
    // 0.01° of latitude is 1112 m: 40 · (3000 − 1112) / 3000 = 25.17, rounded down.
    assert.equal(scoreOf(place(3000), { location: { lat: 52.38, lon: 9.73 } }).distance, 25);
    assert.equal(scoreOf(place(1000), { location: { lat: 52.38, lon: 9.73 } }).distance, 0);
  });

  test('size fit: rooms near the need and area near the limit', () => {
    assert.equal(scoreOf({ spaceLimitM2: 50 }, { rooms: 2, areaM2: 45 }).sizeFit, 60);
    assert.equal(scoreOf({ spaceLimitM2: 50 }, { rooms: 3, areaM2: 45 }).sizeFit, 45);
    assert.equal(scoreOf({ spaceLimitM2: 50 }, { rooms: 2, areaM2: 35 }).sizeFit, 45);
    assert.equal(scoreOf({ spaceLimitM2: 50 }, { rooms: 4, areaM2: 25 }).sizeFit, 0);
  });

  test('ideal rooms: a living room, one bedroom for the couple, one per other adult, minors two per room', () => {
    const household = (roles: [Household['members'][number]['role'], Household['members'][number]['ageGroup']][]) =>
      makeHousehold({ members: roles.map(([role, ageGroup]) => ({ role, ageGroup })) });
    assert.equal(idealRooms(household([['applicant', '18-64']])), 2);
    assert.equal(
      idealRooms(
        household([
          ['applicant', '18-64'],
          ['partner', '18-64'],
          ['child', '0-5'],
          ['child', '6-17'],
        ]),
      ),
      3,
    );
    assert.equal(
      idealRooms(
        household([
          ['applicant', '18-64'],
          ['child', '6-17'],
          ['relative', '65+'],
        ]),
      ),
      4,
    );
  });

  test('every pair total stays within maxComponentTotal', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const input = randomRound(seed, 12, 12);
        const bound = maxComponentTotal(DEFAULT_WEIGHTS);
        for (const household of input.households) {
          for (const flat of input.flats) {
            const { score } = checkPair(household, flat, input.roundDate);
            if (score) assert.ok(score.total >= 0 && score.total <= bound, `${score.total} > ${bound}`);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('placement bonus (lexicographic rule)', () => {
  test('exceeds the component sum of any matching', () => {
    assert.equal(placementBonus(DEFAULT_WEIGHTS, 300, 40), 40 * maxComponentTotal(DEFAULT_WEIGHTS) + 1);
    assert.equal(placementBonus({ ...DEFAULT_WEIGHTS, sizeFit: 0, waitingPerMonth: 0 }, 0, 5) > 0, true);
  });

  test('one more placed household always wins: optimal places as many as a maximum-cardinality matching', () => {
    // Maximum cardinality: the same round with every score weight zero, so each pair weighs exactly 1.
    const zero = { waitingPerMonth: 0, urgencyPerLevel: 0, wishPerPoint: 0, distancePerPlace: 0, sizeFit: 0 };
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20 }), (seed, h, f) => {
        const input = randomRound(seed, h, f);
        const weighted = runMatching(input, 'optimal');
        const cardinality = runMatching({ ...input, weights: zero }, 'optimal');
        assert.equal(cardinality.summary.placementBonus, 1);
        assert.equal(weighted.summary.placed, cardinality.summary.placed);
      }),
      { numRuns: 150 },
    );
  });

  test('a large fit advantage never beats an extra placement', () => {
    // A strongly prefers F1 (wish) but can also take F2; B can only take F1 and scores little.
    // On components alone, A in F1 (one placement) beats A in F2 plus B in F1; the bonus reverses that.
    const a = makeHousehold({ id: 'A', wishes: { areas: [{ municipality: 'Hannover', weight: 10 }], places: [] } });
    const b = makeHousehold({ id: 'B', wbs: false, waitingSince: ROUND, spaceLimitM2: 80 });
    const f1 = makeFlat({ id: 'F1' });
    const f2 = makeFlat({ id: 'F2', municipality: 'Celle', wbsRequired: true });
    const score = (h: Household, f: Flat) => checkPair(h, f, ROUND).score?.total ?? Number.NaN;
    assert.equal(checkPair(b, f2, ROUND).feasibility.feasible, false);
    assert.ok(score(a, f1) > score(a, f2) + score(b, f1), 'components alone would place only A');
    const result = runMatching({ roundDate: ROUND, households: [a, b], flats: [f1, f2] }, 'optimal');
    assert.deepEqual(
      result.proposals.map((p) => [p.householdId, p.flatId]),
      [
        ['A', 'F2'],
        ['B', 'F1'],
      ],
    );
  });
});

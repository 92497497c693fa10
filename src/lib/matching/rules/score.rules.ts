/**
 * Integer score of a feasible pair, by component, and the placement bonus that
 * makes one more placed household outweigh any difference in the components.
 * The proof of the bonus bound is in docs/lib/matching.md.
 */
import { MAX_PLACES, MAX_URGENCY, MAX_WISH_WEIGHT } from '../matching.defaults.ts';
import { distanceMeters } from './geo.distance.ts';
import type { PairScore, Weights } from '../matching.types.ts';
import type { PreparedFlat, PreparedHousehold } from '../round.prepare.ts';

/** Scores one feasible pair; every component is a non-negative integer bounded by maxComponentTotal. */
export function scorePreparedPair(household: PreparedHousehold, flat: PreparedFlat, weights: Weights): PairScore {
  const waiting = weights.waitingPerMonth * Math.min(household.waitingMonths, weights.waitingCapMonths);
  const urgency = weights.urgencyPerLevel * household.source.urgency;
  const wish = weights.wishPerPoint * bestAreaWish(household, flat);
  const distance = distancePoints(household, flat, weights.distancePerPlace);
  const sizeFit = sizeFitPoints(household, flat, weights.sizeFit);
  return { waiting, urgency, wish, distance, sizeFit, total: waiting + urgency + wish + distance + sizeFit };
}

/** Component total of one feasible pair without building the per-component object (hot loop). */
export function scoreTotal(household: PreparedHousehold, flat: PreparedFlat, weights: Weights): number {
  return (
    weights.waitingPerMonth * Math.min(household.waitingMonths, weights.waitingCapMonths) +
    weights.urgencyPerLevel * household.source.urgency +
    weights.wishPerPoint * bestAreaWish(household, flat) +
    distancePoints(household, flat, weights.distancePerPlace) +
    sizeFitPoints(household, flat, weights.sizeFit)
  );
}

/** Largest possible component sum of any pair under `weights`. */
export function maxComponentTotal(weights: Weights): number {
  return (
    weights.waitingPerMonth * weights.waitingCapMonths +
    weights.urgencyPerLevel * MAX_URGENCY +
    weights.wishPerPoint * MAX_WISH_WEIGHT +
    weights.distancePerPlace * MAX_PLACES +
    weights.sizeFit
  );
}

/**
 * Bonus per placed pair: larger than the largest component sum any matching of
 * min(households, flats) pairs can collect, so k + 1 placements always beat k.
 */
export function placementBonus(weights: Weights, households: number, flats: number): number {
  return maxComponentTotal(weights) * Math.max(1, Math.min(households, flats)) + 1;
}

/** Weight of the best area wish the flat satisfies (a Quartier wish needs the Quartier to match too). */
function bestAreaWish(household: PreparedHousehold, flat: PreparedFlat): number {
  let best = 0;
  for (const wish of household.source.wishes.areas) {
    if (wish.municipality !== flat.source.municipality) continue;
    if (wish.quartier !== undefined && wish.quartier !== flat.source.quartier) continue;
    if (wish.weight > best) best = wish.weight;
  }
  return best;
}

/** Per named place: full points at distance 0, falling linearly to 0 at its maximum distance. */
function distancePoints(household: PreparedHousehold, flat: PreparedFlat, perPlace: number): number {
  let points = 0;
  for (const place of household.source.wishes.places) {
    const meters = distanceMeters(place.location, flat.source.location);
    if (meters <= place.maxDistanceM) {
      points += Math.floor((perPlace * (place.maxDistanceM - meters)) / place.maxDistanceM);
    }
  }
  return points;
}

/**
 * Rooms close to the household's need (2 quarters if exact, 1 if one off) plus
 * area close to its space limit (2 quarters from 80 %, 1 from 60 %), so a flat
 * is neither cramped nor far too large.
 */
function sizeFitPoints(household: PreparedHousehold, flat: PreparedFlat, weight: number): number {
  const roomQuarters = Math.max(0, 2 - Math.abs(flat.source.rooms - household.idealRooms));
  const share10 = flat.areaCenti * 10;
  const areaQuarters = share10 >= household.spaceLimitCenti * 8 ? 2 : share10 >= household.spaceLimitCenti * 6 ? 1 : 0;
  return Math.floor((weight * (roomQuarters + areaQuarters)) / 4);
}

/**
 * Great-circle distance, rounded to whole metres so every later step (score
 * points, comparisons) is integer arithmetic.
 */

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** A point in WGS 84 degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Haversine distance between two points in whole metres. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

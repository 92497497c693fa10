import type { GeoJsonGeometry, Position } from './directory.tables.ts';

/** Why a pasted boundary was refused: a message key of this module. */
export type GeoJsonProblem =
  | 'directory.geojson.notJson'
  | 'directory.geojson.wrongType'
  | 'directory.geojson.badCoordinates'
  | 'directory.geojson.ringNotClosed'
  | 'directory.geojson.tooFewPoints';

export type GeoJsonResult = { ok: true; geometry: GeoJsonGeometry } | { ok: false; problem: GeoJsonProblem };

/**
 * Parses a boundary pasted as text. Accepts a Polygon or MultiPolygon geometry, or a Feature (or a
 * FeatureCollection of exactly one Feature) holding one, because that is what map tools such as geojson.io
 * export. Positions are WGS 84 [longitude, latitude] (an altitude is allowed and kept); rings are closed and have
 * at least four positions (RFC 7946 §3.1.6).
 */
export function parseBoundary(text: string): GeoJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'directory.geojson.notJson' };
  }
  const geometry = unwrap(value);
  if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    return { ok: false, problem: 'directory.geojson.wrongType' };
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0)
    return { ok: false, problem: 'directory.geojson.badCoordinates' };
  for (const polygon of polygons) {
    const problem = checkPolygon(polygon);
    if (problem) return { ok: false, problem };
  }
  return { ok: true, geometry: { type: geometry.type, coordinates: geometry.coordinates } as GeoJsonGeometry };
}

function unwrap(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if (value.type === 'Feature') return value.geometry;
  if (value.type === 'FeatureCollection' && Array.isArray(value.features) && value.features.length === 1) {
    return unwrap(value.features[0]);
  }
  return value;
}

function checkPolygon(polygon: unknown): GeoJsonProblem | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return 'directory.geojson.badCoordinates';
  for (const ring of polygon) {
    if (!Array.isArray(ring) || !ring.every(isPosition)) return 'directory.geojson.badCoordinates';
    if (ring.length < 4) return 'directory.geojson.tooFewPoints';
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) return 'directory.geojson.ringNotClosed';
  }
  return null;
}

function isPosition(p: unknown): p is Position {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return false;
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [lon, lat] = p as [number, number];
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

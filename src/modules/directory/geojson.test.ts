import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { polygon, ring as makeRing } from './directory.fixtures.ts';
import { parseBoundary } from './geojson.ts';

const ring = makeRing(7.3, 52.69, 7.34, 52.69, 7.34, 52.71, 7.3, 52.69);

test('accepts Polygon, MultiPolygon, a Feature and a one-Feature collection, keeping only the geometry', () => {
  const polygon = { type: 'Polygon', coordinates: [ring] };
  assert.deepEqual(parseBoundary(JSON.stringify(polygon)), { ok: true, geometry: polygon });
  const multi = { type: 'MultiPolygon', coordinates: [[ring], [ring]] };
  assert.deepEqual(parseBoundary(JSON.stringify(multi)), { ok: true, geometry: multi });
  const feature = { type: 'Feature', properties: { name: 'x' }, geometry: polygon };
  assert.deepEqual(parseBoundary(JSON.stringify(feature)), { ok: true, geometry: polygon });
  const fcol = { type: 'FeatureCollection', features: [feature] };
  assert.deepEqual(parseBoundary(JSON.stringify(fcol)), { ok: true, geometry: polygon });
  const withAltitude = { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x!, y!, 12])] };
  assert.equal(parseBoundary(JSON.stringify(withAltitude)).ok, true);
});

test('names what is wrong', () => {
  const problem = (v: unknown) => {
    const r = parseBoundary(typeof v === 'string' ? v : JSON.stringify(v));
    return r.ok ? 'ok' : r.problem;
  };
  const cases: [unknown, string][] = [
    ['{not json', 'directory.geojson.notJson'],
    [{ type: 'Point', coordinates: [7, 52] }, 'directory.geojson.wrongType'],
    [{ type: 'FeatureCollection', features: [] }, 'directory.geojson.wrongType'],
    [[1, 2], 'directory.geojson.wrongType'],
    [{ type: 'Polygon', coordinates: [] }, 'directory.geojson.badCoordinates'],
    [polygon<unknown>(7, 52, 8, 52, 8, 'x', 7, 52), 'directory.geojson.badCoordinates'],
    [polygon(181, 52, 8, 52, 8, 53, 181, 52), 'directory.geojson.badCoordinates'],
    [polygon(7, 52, 8, 52, 7, 52), 'directory.geojson.tooFewPoints'],
    [polygon(7, 52, 8, 52, 8, 53, 7, 53), 'directory.geojson.ringNotClosed'],
    [{ type: 'MultiPolygon', coordinates: [[ring], 'x'] }, 'directory.geojson.badCoordinates'],
  ];
  for (const [input, expected] of cases) assert.equal(problem(input), expected, JSON.stringify(input));
});

test('never throws, whatever is pasted', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      (text) => {
        const r = parseBoundary(text);
        assert.equal(typeof r.ok, 'boolean');
      },
    ),
    { numRuns: 500 },
  );
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseEdgeInstance, solveEdgeInstance } from './edges.format.ts';
import { maxSafeWeight } from './sparse.graph.ts';

function problem(raw: unknown): string {
  const result = parseEdgeInstance(raw);
  assert.equal(result.ok, false);
  return result.ok ? '' : `${result.issues[0]?.path}: ${result.issues[0]?.message}`;
}

describe('raw edge instances', () => {
  test('parse and solve', () => {
    const parsed = parseEdgeInstance({
      households: 3,
      flats: 2,
      edges: [
        [0, 0, 5],
        [0, 1, 4],
        [1, 0, 6],
        [2, 1, 1],
      ],
    });
    assert.ok(parsed.ok);
    assert.deepEqual(solveEdgeInstance(parsed.value), {
      total: 10,
      pairs: [
        [0, 1],
        [1, 0],
      ],
    });
  });

  test('each problem names its field', () => {
    assert.match(problem([]), /^\(root\): expected an object/);
    assert.match(problem({ households: 2, edges: [] }), /^flats: /);
    assert.match(problem({ households: -1, flats: 2, edges: [] }), /^households: /);
    assert.match(problem({ households: 2, flats: 2, edges: {} }), /^edges: /);
    assert.match(problem({ households: 2, flats: 2, edges: [], extra: 1 }), /^extra: unknown field/);
    assert.match(problem({ households: 2, flats: 2, edges: [[0, 0]] }), /^edges\[0\]: expected \[household/);
    assert.match(
      problem({
        households: 2,
        flats: 2,
        edges: [
          [0, 0, 1],
          [2, 0, 1],
        ],
      }),
      /^edges\[1\]\[0\]: /,
    );
    assert.match(problem({ households: 2, flats: 2, edges: [[0, 5, 1]] }), /^edges\[0\]\[1\]: /);
    assert.match(
      problem({ households: 2, flats: 2, edges: [[0, 1, 0]] }),
      /^edges\[0\]\[2\]: weight must be a positive/,
    );
    assert.match(problem({ households: 2, flats: 2, edges: [[0, 1, 2.5]] }), /^edges\[0\]\[2\]: /);
    assert.match(problem({ households: 2, flats: 2, edges: [[0, 1, '3']] }), /^edges\[0\]\[2\]: /);
    const tooBig = maxSafeWeight(2, 2) + 1;
    assert.match(problem({ households: 2, flats: 2, edges: [[0, 1, tooBig]] }), /^edges\[0\]\[2\]: /);
    assert.match(
      problem({
        households: 2,
        flats: 2,
        edges: [
          [0, 1, 3],
          [0, 1, 4],
        ],
      }),
      /^edges\[1\]: duplicate pair/,
    );
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { IndexedMinHeap } from './distance.heap.ts';

test('pops by key, ties by lower index, after inserts and key decreases', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(19), fc.integer({ min: -5, max: 5 })), { maxLength: 80 }), (operations) => {
      const key = new Float64Array(20).fill(Number.POSITIVE_INFINITY);
      const heap = new IndexedMinHeap(20, key);
      for (const [node, value] of operations) {
        // The solver only ever lowers a key while a node is in the heap.
        if (value < key[node]!) {
          key[node] = value;
          heap.upsert(node);
        }
      }
      const expected = [...key.keys()]
        .filter((node) => key[node] !== Number.POSITIVE_INFINITY)
        .sort((a, b) => key[a]! - key[b]! || a - b);
      const popped: number[] = [];
      while (heap.size > 0) popped.push(heap.pop());
      assert.deepEqual(popped, expected);
    }),
    { numRuns: 300 },
  );
});

test('clear empties the heap so it can be reused', () => {
  const key = Float64Array.of(3, 1, 2);
  const heap = new IndexedMinHeap(3, key);
  heap.upsert(0);
  heap.upsert(1);
  heap.clear();
  assert.equal(heap.size, 0);
  heap.upsert(2);
  heap.upsert(0);
  assert.deepEqual([heap.pop(), heap.pop()], [2, 0]);
});

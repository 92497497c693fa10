import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  derivableCells,
  extendWithTotals,
  meanOfAtLeast,
  type PublishedTable,
  shownShare,
  suppressTable,
  suppressVector,
} from './index.ts';
import { linearlyDetermined } from './testing/disclosure.ts';

// Suppression proved from outside: a reader's view of a published table is its shown cells; a hidden cell is safe
// when the view admits at least two values for it. Checked two ways that share no code with the library: linear
// algebra (a hidden cell is determined by the additivity equations iff removing its column lowers the rank of the
// equations restricted to the hidden cells) and, for small tables, by enumerating every table that fits the view.

/** The published table as the extended grid (interior, row totals as last column, column totals and total as last row). */
function grid(p: PublishedTable): (number | null)[][] {
  const v = (c: { hidden: boolean; value?: number }) => (c.hidden ? null : (c.value ?? null));
  return [...p.cells.map((row, i) => [...row.map(v), v(p.rowTotals[i]!)]), [...p.columnTotals.map(v), v(p.total)]];
}

/** Every interior table with counts 0..max that fits the published view (totals included). */
function consistentTables(view: (number | null)[][], rows: number, columns: number, max: number): number[][][] {
  const found: number[][][] = [];
  const cells = rows * columns;
  const current = Array<number>(cells).fill(0);
  const visit = (k: number) => {
    if (k === cells) {
      const t = Array.from({ length: rows }, (_, i) => current.slice(i * columns, (i + 1) * columns));
      const ext = extendWithTotals(t);
      if (ext.every((row, i) => row.every((v, j) => view[i]![j] === null || view[i]![j] === v))) found.push(t);
      return;
    }
    const known = view[Math.floor(k / columns)]![k % columns] ?? null;
    for (const v of known !== null ? [known] : Array.from({ length: max + 1 }, (_, x) => x)) {
      current[k] = v;
      visit(k + 1);
    }
  };
  visit(0);
  return found;
}

const smallCounts = (rows: number, columns: number, max: number) =>
  fc.array(fc.array(fc.integer({ min: 0, max }), { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });

const anyTable = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([r, c]) =>
  smallCounts(r, c, 30).chain((t) =>
    // Mostly small numbers, so that many cells are sensitive.
    fc.constant(t.map((row) => row.map((v) => (v > 20 ? v - 20 : v)))),
  ),
);

describe('suppression of a count table with totals', () => {
  it('hides every count from 1 to 4, totals included, and never a zero', () => {
    fc.assert(
      fc.property(anyTable, (t) => {
        const ext = extendWithTotals(t);
        const view = grid(suppressTable(t));
        ext.forEach((row, i) => {
          row.forEach((v, j) => {
            if (v > 0 && v < 5) assert.equal(view[i]![j], null, `cell ${i},${j} = ${v} is shown`);
            if (v === 0) assert.equal(view[i]![j], 0, `zero cell ${i},${j} is hidden`);
            if (view[i]![j] !== null) assert.equal(view[i]![j], v, 'a shown cell is its true count');
          });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no hidden cell determined by the row and column sums (independent rank test)', () => {
    fc.assert(
      fc.property(anyTable, (t) => {
        const view = grid(suppressTable(t));
        assert.deepEqual(linearlyDetermined(view), []);
        assert.deepEqual(derivableCells(view.map((r) => r.map((v) => v === null))), []);
      }),
      { numRuns: 400 },
    );
  });

  it('admits at least two values for every hidden cell among all non-negative tables that fit (enumerated)', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom([1, 1], [1, 2], [1, 3], [2, 1], [3, 1], [2, 2], [1, 4])
          .chain(([r, c]) => smallCounts(r!, c!, 6)),
        (t) => {
          const rows = t.length;
          const columns = t[0]!.length;
          const view = grid(suppressTable(t));
          // A hidden cell on a cycle of counts ≥ 1 can move by one: counts up to 7 are enough to find the other value.
          const fits = consistentTables(view, rows, columns, 7);
          const ext = extendWithTotals(t);
          assert.ok(
            fits.some((f) => JSON.stringify(f) === JSON.stringify(t)),
            'the true table fits its view',
          );
          for (let i = 0; i <= rows; i++)
            for (let j = 0; j <= columns; j++) {
              if (view[i]![j] !== null) continue;
              const values = new Set(fits.map((f) => extendWithTotals(f)[i]![j]));
              assert.ok(values.size >= 2, `hidden cell ${i},${j} = ${ext[i]![j]} has one possible value`);
            }
        },
      ),
      { numRuns: 250 },
    );
  });

  it('hides nothing more than needed when no count is small', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([r, c]) =>
          fc.array(
            fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 99 })), { minLength: c, maxLength: c }),
            {
              minLength: r,
              maxLength: r,
            },
          ),
        ),
        (t) => {
          const view = grid(suppressTable(t));
          assert.ok(view.every((row) => row.every((v) => v !== null)));
        },
      ),
    );
  });

  it('protects a single small cell by hiding a rectangle of interior cells, keeping the totals', () => {
    // Women with a candidacy: 2. Hidden alone, 2 = 12 − 10 from its row. The complement is the cheapest cycle.
    const p = suppressTable([
      [2, 10, 7],
      [9, 8, 12],
      [6, 20, 15],
    ]);
    const view = grid(p);
    // The cheapest rectangle: 10 + 9 + 8 = 27 hidden beside the 2 (7 + 6 + 15 = 28 would be the other one).
    assert.deepEqual(view, [
      [null, null, 7, 19],
      [null, null, 12, 29],
      [6, 20, 15, 41],
      [17, 38, 34, 89],
    ]);
    assert.equal(p.cells[0]![0]!.hidden && p.cells[0]![0]!.reason, 'primary');
    assert.equal(p.cells[1]![1]!.hidden && p.cells[1]![1]!.reason, 'secondary');
  });

  it('hides a total below five, and then its cells', () => {
    const view = grid(
      suppressTable([
        [1, 2],
        [0, 30],
      ]),
    );
    assert.deepEqual(view, [
      [null, null, null],
      [0, null, null],
      [null, null, 33],
    ]);
    assert.deepEqual(linearlyDetermined(view), []);
  });

  it('reports a derivable cell for a pattern that hides one cell alone', () => {
    const hidden = extendWithTotals([
      [2, 10],
      [9, 8],
    ]).map((row, i) => row.map((_, j) => i === 0 && j === 0));
    assert.deepEqual(derivableCells(hidden), [[0, 0]]);
    // The independent checks see it too (they would catch a library that stops after primary suppression).
    const view = [
      [null, 10, 12],
      [9, 8, 17],
      [11, 18, 29],
    ];
    assert.deepEqual(linearlyDetermined(view), ['0,0']);
    assert.equal(new Set(consistentTables(view, 2, 2, 7).map((f) => f[0]![0])).size, 1);
  });

  it('rejects negative, fractional and ragged input', () => {
    assert.throws(() => suppressTable([[1, -1]]), RangeError);
    assert.throws(() => suppressTable([[1.5]]), RangeError);
    assert.throws(() => suppressTable([[1, 2], [3]]), RangeError);
  });
});

describe('a list of counts with its total', () => {
  it('never leaves exactly one count hidden when the total is shown', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }), (values) => {
        const v = suppressVector(values);
        const hidden = v.cells.filter((c) => c.hidden).length;
        if (!v.total.hidden) assert.notEqual(hidden, 1);
        values.forEach((n, i) => {
          if (n > 0 && n < 5) assert.ok(v.cells[i]!.hidden);
        });
      }),
    );
  });

  it('hides the next smallest count beside a small one', () => {
    const v = suppressVector([3, 0, 11, 6, 20]);
    assert.deepEqual(
      v.cells.map((c) => (c.hidden ? null : c.value)),
      [null, 0, 11, null, 20],
    );
    assert.deepEqual(v.total, { value: 40, hidden: false });
  });
});

describe('shares and means', () => {
  it('gives no share when a count behind it is hidden, and no mean of fewer than five', () => {
    assert.equal(shownShare({ value: 6, hidden: false }, { value: 12, hidden: false }), 50);
    assert.equal(shownShare({ hidden: true, reason: 'primary' }, { value: 12, hidden: false }), null);
    assert.equal(shownShare({ value: 0, hidden: false }, { value: 0, hidden: false }), null);
    assert.equal(meanOfAtLeast([5, 4, 3, 4]), null);
    assert.equal(meanOfAtLeast([5, 4, 3, 4, 4]), 4);
  });
});

/**
 * Statistical disclosure control for small count tables: primary suppression of cells below a threshold and
 * secondary (complementary) suppression, so that no suppressed cell can be worked out from the published cells and
 * totals. Pure: no I/O, no clock, no randomness; the same table gives the same pattern.
 *
 * The model: a table of counts (rows × columns) is published with its row totals, column totals and grand total.
 * Extend it to an (R+1) × (C+1) table whose last row and column hold the totals. Flip the sign of the margins
 * (keeping the grand total's sign): then every row and every column of the extended table sums to zero. A reader
 * who knows the published cells knows exactly the perturbations of the suppressed cells that keep those sums, and
 * these are the cycles of the bipartite graph "extended row — extended column" with one edge per suppressed cell.
 * A suppressed cell can be derived exactly if and only if its edge lies on no cycle (it is a bridge). With every
 * suppressed cell at least 1 (zeros are never suppressed; see below), a cycle also allows a change of ±1 that keeps
 * every cell non-negative, so the reader cannot narrow a suppressed cell to one value even using that counts are ≥ 0.
 */

/** Why a cell is hidden: its own count is small (`primary`) or it protects another hidden cell (`secondary`). */
export type SuppressionReason = 'primary' | 'secondary';

/** One published cell: either its count or hidden (shown as "< 5" or similar by the caller). */
export type PublishedCell = { value: number; hidden: false } | { hidden: true; reason: SuppressionReason };

/** A table after suppression: the interior cells, the row totals, the column totals and the grand total. */
export interface PublishedTable {
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  total: PublishedCell;
}

/** A list of counts with its total (one row of categories), after suppression. */
export interface PublishedVector {
  cells: PublishedCell[];
  total: PublishedCell;
}

export interface SuppressionOptions {
  /** Counts from 1 up to below this are hidden (default 5: cells of one to four). Zero is shown. */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 5;

/** Whether a count is primary-sensitive: 1 ≤ n < threshold. Zero says "nobody" and is shown. */
export function isSensitive(n: number, threshold = DEFAULT_THRESHOLD): boolean {
  return n > 0 && n < threshold;
}

function checkCounts(values: readonly (readonly number[])[]): { rows: number; columns: number } {
  const rows = values.length;
  const columns = rows === 0 ? 0 : values[0]!.length;
  for (const row of values) {
    if (row.length !== columns) throw new RangeError('every row needs the same number of columns');
    for (const v of row) if (!Number.isSafeInteger(v) || v < 0) throw new RangeError('counts are whole numbers ≥ 0');
  }
  return { rows, columns };
}

/** The extended table: the interior, then each row's total as the last column, then the column totals and the grand total as the last row. */
export function extendWithTotals(values: readonly (readonly number[])[]): number[][] {
  const { columns } = checkCounts(values);
  const ext = values.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const last = Array.from({ length: columns + 1 }, (_, j) => ext.reduce((a, row) => a + row[j]!, 0));
  return [...ext, last];
}

/**
 * The suppressed cells of an extended table (by their `[row, column]` in the extended table) that a reader can
 * derive exactly from everything published: the bridges of the graph of suppressed cells. Empty means protected.
 */
export function derivableCells(hidden: readonly (readonly boolean[])[]): [number, number][] {
  const rows = hidden.length;
  const columns = rows === 0 ? 0 : hidden[0]!.length;
  // Vertices: rows 0..rows-1, columns rows..rows+columns-1; one edge per hidden cell.
  const edges: [number, number][] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) if (hidden[i]![j]) edges.push([i, j]);
  const adjacency: { to: number; edge: number }[][] = Array.from({ length: rows + columns }, () => []);
  edges.forEach(([i, j], e) => {
    adjacency[i]!.push({ to: rows + j, edge: e });
    adjacency[rows + j]!.push({ to: i, edge: e });
  });
  // Bridges by depth-first search with low links (iterative: tables may be wide).
  const order = Array<number>(rows + columns).fill(-1);
  const low = Array<number>(rows + columns).fill(0);
  const bridges: [number, number][] = [];
  let counter = 0;
  for (let start = 0; start < rows + columns; start++) {
    if (order[start] !== -1) continue;
    const stack: { v: number; parentEdge: number; next: number }[] = [{ v: start, parentEdge: -1, next: 0 }];
    order[start] = low[start] = counter++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = adjacency[top.v]!;
      if (top.next < list.length) {
        const { to, edge } = list[top.next++]!;
        if (edge === top.parentEdge) continue;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ v: to, parentEdge: edge, next: 0 });
        } else low[top.v] = Math.min(low[top.v]!, order[to]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.v] = Math.min(low[parent.v]!, low[top.v]!);
          if (low[top.v]! > order[parent.v]!) bridges.push(edges[top.parentEdge]!);
        }
      }
    }
  }
  return bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The cost of hiding a cell as a complement: its count (hide small numbers first), and a large surcharge for the
 * totals (readers need them), the grand total most of all.
 */
function complementCost(value: number, i: number, j: number, rows: number, columns: number): number {
  const rowMargin = i === rows - 1;
  const columnMargin = j === columns - 1;
  const margins = (rowMargin ? 1 : 0) + (columnMargin ? 1 : 0);
  return value + margins * 1_000_000;
}

/**
 * The cheapest path from extended row `r` to extended column `c` through cells other than `[r, c]`: hidden cells
 * cost nothing, shown cells with a count ≥ 1 cost `complementCost`, zero cells are never used (hiding a zero protects
 * nothing: the rule that zeros are shown gives it away). Returns the cells of the path (Dijkstra; tables are small).
 */
function cheapestCycle(
  ext: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  r: number,
  c: number,
) {
  const rows = ext.length;
  const columns = ext[0]!.length;
  const n = rows + columns;
  const dist = Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const via = Array<number>(n).fill(-1);
  const done = Array<boolean>(n).fill(false);
  dist[r] = 0;
  for (;;) {
    let v = -1;
    for (let u = 0; u < n; u++)
      if (!done[u] && dist[u]! < Number.POSITIVE_INFINITY && (v === -1 || dist[u]! < dist[v]!)) v = u;
    if (v === -1 || v === rows + c) break;
    done[v] = true;
    const neighbours =
      v < rows
        ? Array.from({ length: columns }, (_, j) => [v, j] as const)
        : Array.from({ length: rows }, (_, i) => [i, v - rows] as const);
    for (const [i, j] of neighbours) {
      if (i === r && j === c) continue;
      const value = ext[i]![j]!;
      if (!hidden[i]![j] && value === 0) continue;
      const cost = hidden[i]![j] ? 0 : complementCost(value, i, j, rows, columns);
      const u = v < rows ? rows + j : i;
      if (dist[v]! + cost < dist[u]!) {
        dist[u] = dist[v]! + cost;
        via[u] = v;
      }
    }
  }
  if (dist[rows + c] === Number.POSITIVE_INFINITY) return null;
  const path: [number, number][] = [];
  for (let u = rows + c; u !== r; u = via[u]!) {
    const v = via[u]!;
    path.push(u < rows ? [u, v - rows] : [v, u - rows]);
  }
  return path;
}

/**
 * Suppression on an extended table (interior plus totals as the last row and column, see `extendWithTotals`):
 * which cells are hidden and why. Every sensitive count is hidden (primary); then, while a hidden cell could be
 * derived, the cheapest set of further cells that puts it on a cycle is hidden as well (secondary).
 */
export function suppressExtended(
  ext: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): (SuppressionReason | null)[][] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const reason: (SuppressionReason | null)[][] = ext.map((row) =>
    row.map((v) => (isSensitive(v, threshold) ? 'primary' : null)),
  );
  const hidden = () => reason.map((row) => row.map((x) => x !== null));
  for (;;) {
    const bridges = derivableCells(hidden());
    if (bridges.length === 0) return reason;
    const [r, c] = bridges[0]!;
    const path = cheapestCycle(ext, hidden(), r, c);
    // A hidden count ≥ 1 always has a cycle through non-zero cells (its row total, column total and the grand total
    // are ≥ 1 too); only a malformed table gets here.
    if (!path) throw new Error('no complementary suppression exists: the totals do not add up');
    for (const [i, j] of path) if (reason[i]![j] === null) reason[i]![j] = 'secondary';
  }
}

const publish = (value: number, reason: SuppressionReason | null): PublishedCell =>
  reason === null ? { value, hidden: false } : { hidden: true, reason };

/**
 * A table of counts with its row totals, column totals and grand total, suppressed so that cells below the
 * threshold are hidden and no hidden cell can be derived from what is shown.
 */
export function suppressTable(
  values: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): PublishedTable {
  const { rows, columns } = checkCounts(values);
  const ext = extendWithTotals(values);
  const reason = suppressExtended(ext, options);
  const cell = (i: number, j: number) => publish(ext[i]![j]!, reason[i]![j]!);
  return {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: rows }, (_, i) => cell(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => cell(rows, j)),
    total: cell(rows, columns),
  };
}

/**
 * A list of counts with its total (e.g. applicants by status): a table of one row. No single hidden count can be
 * derived as the total minus the shown ones.
 */
export function suppressVector(values: readonly number[], options: SuppressionOptions = {}): PublishedVector {
  const table = suppressTable([values], options);
  return { cells: table.cells[0]!, total: table.total };
}

/** The count of a published cell, or null when it is hidden. */
export function shownValue(cell: PublishedCell): number | null {
  return cell.hidden ? null : cell.value;
}

/**
 * A share in per cent (0–100, rounded to whole numbers) of two published counts; null when either is hidden or the
 * whole is zero: a share must not give away a hidden count.
 */
export function shownShare(part: PublishedCell, whole: PublishedCell): number | null {
  if (part.hidden || whole.hidden || whole.value === 0) return null;
  return Math.round((part.value / whole.value) * 100);
}

/**
 * The mean of a list of numbers, or null when it holds fewer than `minimum` (default 5) values: a mean of one to
 * four answers points at the people who gave them.
 */
export function meanOfAtLeast(values: readonly number[], minimum = DEFAULT_THRESHOLD): number | null {
  if (values.length === 0 || values.length < minimum) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

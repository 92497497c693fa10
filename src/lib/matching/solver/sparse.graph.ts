/**
 * Compressed sparse row (CSR) adjacency of the bipartite household × flat graph.
 *
 * Rows are households, columns are flats. Typed arrays keep 10 000 × 10 000
 * instances with 500 000 edges at roughly 6 MB and give the solver tight loops.
 */
export interface SparseGraph {
  readonly households: number;
  readonly flats: number;
  /** Edges of household h are rowStart[h] .. rowStart[h + 1] - 1. */
  readonly rowStart: Int32Array;
  /** Flat index of each edge, ascending within a row. */
  readonly flat: Int32Array;
  /** Positive integer weight of each edge (Float64 so weights up to 2^51 stay exact). */
  readonly weight: Float64Array;
}

/** Edge list in coordinate form, as produced by the engine or the CLI parser. */
export interface EdgeArrays {
  readonly households: number;
  readonly flats: number;
  readonly household: Int32Array;
  readonly flat: Int32Array;
  readonly weight: Float64Array;
}

/**
 * Largest weight the solver accepts for a given instance. Potentials stay within
 * [-maxWeight, maxWeight] and search distances below 4 · maxWeight (see
 * docs/decisions/0100-matching-solver.md), and the total must stay exact too.
 */
export function maxSafeWeight(households: number, flats: number): number {
  const pairs = Math.max(1, Math.min(households, flats));
  return Math.floor(Number.MAX_SAFE_INTEGER / Math.max(4, pairs));
}

/** Builds a CSR graph (rows list flats ascending; may share the input arrays); throws RangeError on bad edges. */
export function buildSparseGraph(edges: EdgeArrays): SparseGraph {
  const { households, flats } = edges;
  const count = edges.household.length;
  if (edges.flat.length !== count || edges.weight.length !== count) {
    throw new RangeError('edge arrays differ in length');
  }
  const { rowStart, rowMajor } = countRows(edges);
  if (rowMajor) {
    // Generated and engine-built lists already come in this order: no sort, and no copy
    // (the graph shares the caller's arrays, which nothing in the module ever writes to).
    return { households, flats, rowStart, flat: edges.flat, weight: edges.weight };
  }
  // Two stable counting-sort passes (by flat, then by household) give row-major
  // order with ascending flats in O(E) and make the layout independent of input order.
  const byFlat = countingOrder(edges.flat, flats, identityOrder(count));
  const order = countingOrder(edges.household, households, byFlat);
  const flat = new Int32Array(count);
  const weight = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const e = order[k]!;
    flat[k] = edges.flat[e]!;
    weight[k] = edges.weight[e]!;
    if (k > 0 && flat[k] === flat[k - 1] && edges.household[e] === edges.household[order[k - 1]!]) {
      throw new RangeError(`duplicate edge (${edges.household[e]}, ${flat[k]})`);
    }
  }
  return { households, flats, rowStart, flat, weight };
}

/**
 * One pass over the edges: validates indices and weights, builds the row offsets
 * and tells whether the list is already row-major with strictly ascending flats
 * (which also rules out duplicates).
 */
function countRows(edges: EdgeArrays): { rowStart: Int32Array; rowMajor: boolean } {
  const { households, flats, household, flat, weight } = edges;
  const limit = maxSafeWeight(households, flats);
  const rowStart = new Int32Array(households + 1);
  let rowMajor = true;
  let previousHousehold = -1;
  let previousFlat = -1;
  for (let e = 0; e < household.length; e++) {
    const h = household[e]!;
    const f = flat[e]!;
    const w = weight[e]!;
    if (h < 0 || h >= households || f < 0 || f >= flats) throw new RangeError(`edge ${e} out of range`);
    // Math.floor compiles to one instruction (w % 1 would call fmod); the range test also rejects NaN.
    if (!(w >= 1 && w <= limit) || Math.floor(w) !== w) throw new RangeError(`edge ${e} has invalid weight ${w}`);
    rowStart[h + 1]!++;
    if (h < previousHousehold || (h === previousHousehold && f <= previousFlat)) rowMajor = false;
    previousHousehold = h;
    previousFlat = f;
  }
  for (let h = 0; h < households; h++) rowStart[h + 1]! += rowStart[h]!;
  return { rowStart, rowMajor };
}

function identityOrder(count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
}

/** Stable counting sort of `order` by `keys[order[i]]` in 0..range-1. */
function countingOrder(keys: Int32Array, range: number, order: Int32Array): Int32Array {
  const start = new Int32Array(range + 1);
  for (let i = 0; i < order.length; i++) start[keys[order[i]!]! + 1]!++;
  for (let k = 0; k < range; k++) start[k + 1]! += start[k]!;
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const e = order[i]!;
    sorted[start[keys[e]!]!++] = e;
  }
  return sorted;
}

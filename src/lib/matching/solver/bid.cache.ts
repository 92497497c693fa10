/**
 * Best and second-best option of a household during row reduction, with a
 * cache of its three most valuable flats.
 *
 * Flat values (weight + colPotential) only ever fall during row reduction. A
 * scan remembers the three best flats and `rest`, the value of the third: no
 * other flat of the row can be worth more than `rest`, then or later. So while
 * the second-best cached flat is still worth at least `rest`, the best two are
 * known without rescanning the row. A displaced household re-bidding is the
 * common case (only its own flat got dearer), and costs O(1) instead of O(row).
 */
import { NONE } from './assignment.state.ts';
import type { SparseGraph } from './sparse.graph.ts';

const SLOTS = 3;

/** Top-three cache plus the result of the last bid (the "unmatched" option is worth 0). */
export class BidCache {
  best = 0;
  bestFlat = NONE;
  second = 0;
  secondFlat = NONE;
  private readonly flat: Int32Array;
  private readonly weight: Float64Array;
  private readonly rest: Float64Array;
  private readonly value = new Float64Array(SLOTS);

  /** Creates an empty cache for all households of `graph`. */
  constructor(
    private readonly graph: SparseGraph,
    private readonly colPotential: Float64Array,
  ) {
    this.flat = new Int32Array(SLOTS * graph.households).fill(NONE);
    this.weight = new Float64Array(SLOTS * graph.households);
    // +Infinity: nothing cached yet, so the first bid of every household scans.
    this.rest = new Float64Array(graph.households).fill(Number.POSITIVE_INFINITY);
  }

  /** Computes best/second for `household`, from the cache when it is still exact, else by a scan. */
  bid(household: number): void {
    this.reorder(household);
    if (this.value[1]! < this.rest[household]!) this.scan(household);
    const base = SLOTS * household;
    const value = this.value;
    this.best = value[0]!;
    this.bestFlat = this.flat[base]!;
    // A flat must be worth more than 0 to beat staying unmatched as the second option.
    this.second = Math.max(value[1]!, 0);
    this.secondFlat = value[1]! > 0 ? this.flat[base + 1]! : NONE;
  }

  /** Sorts the cached flats by current value, descending; ties go to the lower flat index. */
  private reorder(household: number): void {
    const base = SLOTS * household;
    for (let slot = 0; slot < SLOTS; slot++) {
      const flat = this.flat[base + slot]!;
      this.value[slot] =
        flat === NONE ? Number.NEGATIVE_INFINITY : this.weight[base + slot]! + this.colPotential[flat]!;
    }
    for (let i = 1; i < SLOTS; i++) {
      for (let j = i; j > 0 && this.before(base, j, j - 1); j--) this.swap(base, j);
    }
  }

  private before(base: number, a: number, b: number): boolean {
    const x = this.value[a]!;
    const y = this.value[b]!;
    if (x !== y) return x > y;
    const fa = this.flat[base + a]!;
    const fb = this.flat[base + b]!;
    return fb === NONE || (fa !== NONE && fa < fb);
  }

  private swap(base: number, j: number): void {
    const a = base + j;
    const b = a - 1;
    [this.flat[a], this.flat[b]] = [this.flat[b]!, this.flat[a]!];
    [this.weight[a], this.weight[b]] = [this.weight[b]!, this.weight[a]!];
    [this.value[j], this.value[j - 1]] = [this.value[j - 1]!, this.value[j]!];
  }

  /** Full scan of the household's row for its three most valuable flats (edges ascend by flat). */
  private scan(household: number): void {
    const { graph, colPotential } = this;
    const flats = graph.flat;
    const weights = graph.weight;
    let v0 = Number.NEGATIVE_INFINITY;
    let v1 = Number.NEGATIVE_INFINITY;
    let v2 = Number.NEGATIVE_INFINITY;
    let e0 = -1;
    let e1 = -1;
    let e2 = -1;
    const end = graph.rowStart[household + 1]!;
    for (let e = graph.rowStart[household]!; e < end; e++) {
      const value = weights[e]! + colPotential[flats[e]!]!;
      if (value <= v2) continue;
      if (value > v0) {
        [v2, e2, v1, e1, v0, e0] = [v1, e1, v0, e0, value, e];
      } else if (value > v1) {
        [v2, e2, v1, e1] = [v1, e1, value, e];
      } else {
        v2 = value;
        e2 = e;
      }
    }
    this.store(household, [e0, e1, e2], [v0, v1, v2]);
  }

  private store(household: number, edges: readonly number[], values: readonly number[]): void {
    const base = SLOTS * household;
    for (let slot = 0; slot < SLOTS; slot++) {
      const edge = edges[slot]!;
      this.flat[base + slot] = edge < 0 ? NONE : this.graph.flat[edge]!;
      this.weight[base + slot] = edge < 0 ? 0 : this.graph.weight[edge]!;
      this.value[slot] = values[slot]!;
    }
    this.rest[household] = values[SLOTS - 1]!;
  }
}

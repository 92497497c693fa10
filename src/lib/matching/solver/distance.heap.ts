/**
 * Indexed binary min-heap over node indices, keyed by an external Float64Array.
 *
 * The solver decreases keys in place, so the heap stores positions to sift a
 * node up without searching. Ties on the key are broken by the smaller index,
 * which keeps every run byte-for-byte deterministic.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private count = 0;

  /** Creates an empty heap for indices 0..capacity-1 ordered by `key`. */
  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  /** Number of indices currently in the heap. */
  get size(): number {
    return this.count;
  }

  /** Index with the smallest key; only valid when size > 0. */
  peek(): number {
    return this.heap[0]!;
  }

  /** Inserts `node` or, if present, restores order after its key decreased. */
  upsert(node: number): void {
    let at = this.position[node]!;
    if (at < 0) {
      at = this.count++;
      this.heap[at] = node;
      this.position[node] = at;
    }
    this.siftUp(at);
  }

  /** Removes and returns the index with the smallest key. */
  pop(): number {
    const top = this.heap[0]!;
    this.position[top] = -1;
    this.count--;
    if (this.count > 0) {
      const last = this.heap[this.count]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap in O(size) so it can be reused by the next search. */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.position[this.heap[i]!] = -1;
    this.count = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    const node = heap[start]!;
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = heap[parentAt]!;
      if (!this.less(node, parent)) break;
      heap[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    heap[at] = node;
    this.position[node] = at;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const node = heap[start]!;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.count) break;
      const right = child + 1;
      if (right < this.count && this.less(heap[right]!, heap[child]!)) child = right;
      const childNode = heap[child]!;
      if (!this.less(childNode, node)) break;
      heap[at] = childNode;
      this.position[childNode] = at;
      at = child;
    }
    heap[at] = node;
    this.position[node] = at;
  }
}

// Test support (only tests import it): an independent check that a published table hides its cells, by linear
// algebra alone, sharing no code with the library. `view` is the extended grid: the interior, the row totals as the
// last column, the column totals and the grand total as the last row; null where a cell is hidden.

const P = 1_000_000_007n;

/** Rank modulo a large prime of integer rows (exact for the 0/±1 matrices of additive tables). */
function rank(matrix: bigint[][]): number {
  const m = matrix.map((r) => r.map((x) => ((x % P) + P) % P));
  const columns = m[0]?.length ?? 0;
  let r = 0;
  const pow = (b: bigint, e: bigint): bigint => {
    let result = 1n;
    let base = b % P;
    let exp = e;
    while (exp > 0n) {
      if (exp & 1n) result = (result * base) % P;
      base = (base * base) % P;
      exp >>= 1n;
    }
    return result;
  };
  for (let c = 0; c < columns && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const inv = pow(m[r]![c]!, P - 2n);
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c] === 0n) continue;
      const f = (m[i]![c]! * inv) % P;
      m[i] = m[i]!.map((x, k) => (((x - f * m[r]![k]!) % P) + P) % P);
    }
    r++;
  }
  return r;
}

/** The hidden cells that the additivity equations (row sums, column sums, with totals) determine exactly. */
export function linearlyDetermined(view: (number | null)[][]): string[] {
  const R = view.length - 1;
  const C = view[0]!.length - 1;
  const hidden: [number, number][] = [];
  for (let i = 0; i <= R; i++) for (let j = 0; j <= C; j++) if (view[i]![j] === null) hidden.push([i, j]);
  // One equation per row (interior cells minus the row total) and per column (interior minus the column total),
  // plus the total row and the total column; only the coefficients of hidden cells matter.
  const equations: bigint[][] = [];
  for (let i = 0; i <= R; i++) equations.push(hidden.map(([a, b]) => (a === i ? (b === C ? -1n : 1n) : 0n)));
  for (let j = 0; j <= C; j++) equations.push(hidden.map(([a, b]) => (b === j ? (a === R ? -1n : 1n) : 0n)));
  const full = rank(equations);
  return hidden
    .filter((_, k) => rank(equations.map((e) => e.filter((__, x) => x !== k))) < full)
    .map(([a, b]) => `${a},${b}`);
}

/**
 * Reference solver for benchmarks and property tests: the assignment LP solved by
 * HiGHS (WebAssembly). The bipartite matching polytope is integral (the
 * constraint matrix is totally unimodular), so the simplex optimum equals the
 * maximum matching weight.
 */
import highsEntry from 'highs';
import type { Highs } from 'highs';

type HighsLoader = () => Promise<Highs>;

/**
 * The package's type declarations describe its CommonJS build, but Node resolves
 * the ESM build, whose default export is the loader itself; accept both shapes.
 */
function resolveLoader(): HighsLoader {
  const entry: unknown = highsEntry;
  if (typeof entry === 'function') return entry as HighsLoader;
  return (entry as { default: HighsLoader }).default;
}

/** Coordinate-form edge list, the same shape the engine's EdgeArrays use. */
export interface ReferenceEdges {
  readonly households: number;
  readonly flats: number;
  readonly household: Int32Array;
  readonly flat: Int32Array;
  readonly weight: Float64Array;
}

/** Objective and status reported by HiGHS for one instance. */
export interface ReferenceResult {
  readonly objective: number;
  readonly status: string;
  /** Pairs with x >= 0.5; equals the objective only when the vertex is integral. */
  readonly integral: boolean;
}

let loaded: Promise<Highs> | undefined;

/** Loads (once per process) and returns the HiGHS runtime; compiling the WASM module is the slow part. */
export function highsRuntime(): Promise<Highs> {
  loaded ??= resolveLoader()();
  return loaded;
}

/** HiGHS options used unless the caller passes others: simplex returns a vertex, so an integral one. */
const DEFAULT_OPTIONS = { solver: 'simplex' };

/** Solves max Σ w·x s.t. each household and each flat is used at most once, 0 <= x <= 1. */
export function solveWithHighs(
  highs: Highs,
  edges: ReferenceEdges,
  options: Readonly<Record<string, string | number | boolean>> = DEFAULT_OPTIONS,
): ReferenceResult {
  const count = edges.household.length;
  if (count === 0) return { objective: 0, status: 'Empty', integral: true };
  // Column e (one per edge) has a 1 in its household row and its flat row.
  const starts = new Int32Array(count + 1);
  const indices = new Int32Array(2 * count);
  for (let e = 0; e < count; e++) {
    starts[e + 1] = 2 * (e + 1);
    indices[2 * e] = edges.household[e]!;
    indices[2 * e + 1] = edges.households + edges.flat[e]!;
  }
  const rows = edges.households + edges.flats;
  const model = highs.createModel({
    numCols: count,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: edges.weight,
    colLower: new Float64Array(count),
    colUpper: new Float64Array(count).fill(1),
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: new Float64Array(rows).fill(1),
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols: count,
      starts,
      indices,
      values: new Float64Array(2 * count).fill(1),
    },
  });
  try {
    model.options.set({ ...options, output_flag: false });
    const run = model.run();
    const status = run.modelStatus === highs.constants.modelStatus.optimal ? 'Optimal' : `status ${run.modelStatus}`;
    const values = model.getSolution().colValue;
    let integralTotal = 0;
    for (let e = 0; e < count; e++) if (values[e]! >= 0.5) integralTotal += edges.weight[e]!;
    const objective = Math.round(model.getObjectiveValue());
    return { objective, status, integral: integralTotal === objective };
  } finally {
    model.dispose();
  }
}

/**
 * The raw sparse instance format of the command line:
 * `{"households": N, "flats": M, "edges": [[h, f, w], …]}` with 0-based indices
 * and positive integer weights. Validated by hand rather than with zod because
 * instances carry hundreds of thousands of edges; every issue names its field.
 */
import { solveMaxWeightMatching } from './assignment.solver.ts';
import type { ParseResult, ValidationIssue } from '../input.validate.ts';
import { buildSparseGraph, maxSafeWeight } from './sparse.graph.ts';
import type { EdgeArrays } from './sparse.graph.ts';

const MAX_SIDE = 10_000_000;

/** Result of a raw instance: maximum total weight and the chosen pairs sorted by household. */
export interface EdgeSolution {
  readonly total: number;
  readonly pairs: readonly (readonly [number, number])[];
}

function issue(path: string, message: string): ParseResult<EdgeArrays> {
  return { ok: false, issues: [{ path, code: 'invalid_value', message }] };
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SIDE;
}

/** Validates a raw instance and converts it to typed edge arrays; reports the first problem found. */
export function parseEdgeInstance(raw: unknown): ParseResult<EdgeArrays> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return issue('(root)', 'expected an object');
  const record = raw as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !['households', 'flats', 'edges'].includes(key));
  if (unknown !== undefined) return issue(unknown, 'unknown field: expected households, flats, edges');
  const { households, flats, edges } = record;
  if (!isCount(households)) return issue('households', `expected an integer 0..${MAX_SIDE}`);
  if (!isCount(flats)) return issue('flats', `expected an integer 0..${MAX_SIDE}`);
  if (!Array.isArray(edges)) return issue('edges', 'expected an array of [household, flat, weight]');
  const limit = maxSafeWeight(households, flats);
  const arrays = {
    households,
    flats,
    household: new Int32Array(edges.length),
    flat: new Int32Array(edges.length),
    weight: new Float64Array(edges.length),
  };
  const seen = new Set<number>();
  for (let e = 0; e < edges.length; e++) {
    const problem = checkEdge(edges[e], households, flats, limit);
    if (problem) return issue(`edges[${e}]${problem.path}`, problem.message);
    const [h, f, w] = edges[e] as [number, number, number];
    const key = h * flats + f;
    if (seen.has(key)) return issue(`edges[${e}]`, `duplicate pair (${h}, ${f})`);
    seen.add(key);
    arrays.household[e] = h;
    arrays.flat[e] = f;
    arrays.weight[e] = w;
  }
  return { ok: true, value: arrays };
}

function checkEdge(edge: unknown, households: number, flats: number, limit: number): ValidationIssue | null {
  const fail = (path: string, message: string): ValidationIssue => ({ path, code: 'invalid_value', message });
  if (!Array.isArray(edge) || edge.length !== 3) return fail('', 'expected [household, flat, weight]');
  const [h, f, w] = edge as unknown[];
  if (!Number.isInteger(h) || (h as number) < 0 || (h as number) >= households) {
    return fail('[0]', `household index must be an integer 0..${households - 1}`);
  }
  if (!Number.isInteger(f) || (f as number) < 0 || (f as number) >= flats) {
    return fail('[1]', `flat index must be an integer 0..${flats - 1}`);
  }
  if (!Number.isInteger(w) || (w as number) < 1 || (w as number) > limit) {
    return fail('[2]', `weight must be a positive integer <= ${limit}`);
  }
  return null;
}

/** Solves a validated raw instance exactly. */
export function solveEdgeInstance(edges: EdgeArrays): EdgeSolution {
  const matching = solveMaxWeightMatching(buildSparseGraph(edges));
  const pairs: [number, number][] = [];
  matching.flatOfHousehold.forEach((flat, household) => {
    if (flat >= 0) pairs.push([household, flat]);
  });
  return { total: matching.total, pairs };
}

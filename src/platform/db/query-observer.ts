import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/**
 * What the queries of one unit of work (a request) did: how many ran, which tables they read, which they wrote.
 * Caches use it to know what a page depends on; tests use the count to keep pages at a fixed number of queries.
 */
export interface QueryScope {
  queries: number;
  reads: Set<string>;
  /** A raw SQL read whose tables we cannot name: depends on everything. */
  readsAll: boolean;
  writes: Set<string>;
  /** The data version when the scope began; what it read is current while nothing it read changed since. */
  readonly since: number;
}

/** The tables a cached result was built from, and when. */
export interface Dependencies {
  tables: readonly string[];
  all: boolean;
  since: number;
}

const WRITE_KINDS = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode']);
const READ_ONLY_RAW = /^\s*(select|show|explain|values)\b/i;
const NAMES_TABLES = /\b(from|join|into|update|table|truncate)\b/i;

/**
 * Versions of the data per table, bumped by every write this process makes (on either engine). A cached value
 * stays valid while no table it was built from has a newer version than the value. Process-wide on purpose: a
 * write to one database (tests open several) invalidates more than needed, never less.
 */
class DataVersions {
  private seq = 0;
  private all = 0;
  private readonly tables = new Map<string, number>();

  now(): number {
    return this.seq;
  }

  bump(tables: Iterable<string>): void {
    this.seq += 1;
    for (const t of tables) this.tables.set(t, this.seq);
  }

  bumpAll(): void {
    this.seq += 1;
    this.all = this.seq;
  }

  /** True while nothing `deps` was built from has changed. */
  current(deps: Dependencies): boolean {
    if (this.all > deps.since) return false;
    if (deps.all) return this.seq <= deps.since;
    for (const t of deps.tables) if ((this.tables.get(t) ?? 0) > deps.since) return false;
    return true;
  }
}

export const dataVersions = new DataVersions();
const scopes = new AsyncLocalStorage<QueryScope>();

/** Runs `fn` in a fresh query scope (one per request). */
export function runInQueryScope<T>(fn: () => T): T {
  const scope: QueryScope = {
    queries: 0,
    reads: new Set(),
    readsAll: false,
    writes: new Set(),
    since: dataVersions.now(),
  };
  return scopes.run(scope, fn);
}

/** The scope of the running request, if any. */
export function currentQueryScope(): QueryScope | undefined {
  return scopes.getStore();
}

/** What the current scope has read so far, as the dependencies of a value built from it. */
export function dependenciesOf(scope: QueryScope): Dependencies {
  return { tables: [...scope.reads], all: scope.readsAll, since: scope.since };
}

/** Collects table names and whether raw SQL may name tables we cannot see. */
function walk(node: unknown, out: { tables: Set<string>; raw: boolean; write: boolean }): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, out);
    return;
  }
  const kind = (node as OperationNode).kind;
  if (kind === 'TableNode') {
    const name = (node as { table: { identifier: { name: string } } }).table.identifier.name;
    out.tables.add(name);
    return;
  }
  if (WRITE_KINDS.has(kind)) out.write = true;
  if (kind === 'RawNode' && (node as { sqlFragments: string[] }).sqlFragments.some((f) => NAMES_TABLES.test(f))) {
    out.raw = true;
  }
  for (const value of Object.values(node)) if (typeof value === 'object') walk(value, out);
}

/** The Kysely plugin that counts queries per scope, records what they read and bumps what they write. */
export class QueryObserver implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    const seen = { tables: new Set<string>(), raw: false, write: false };
    if (node.kind === 'RawNode') {
      const text = node.sqlFragments.join('?');
      seen.raw = NAMES_TABLES.test(text);
      seen.write = !READ_ONLY_RAW.test(text);
    } else {
      walk(node, seen);
    }
    const scope = scopes.getStore();
    if (seen.write) {
      if (seen.raw || node.kind === 'RawNode') dataVersions.bumpAll();
      else dataVersions.bump(seen.tables);
      for (const t of seen.tables) scope?.writes.add(t);
    } else if (scope) {
      for (const t of seen.tables) scope.reads.add(t);
      if (seen.raw) scope.readsAll = true;
    }
    return node;
  }

  // Counted here rather than above: subquery builders pass through transformQuery too, results come once.
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const scope = scopes.getStore();
    if (scope) scope.queries += 1;
    return args.result;
  }
}

import '../auth/auth-tables.ts';
import { currentQueryScope, type Dependencies, dataVersions } from './query-observer.ts';
import type { Executor } from './types.ts';

export interface TenantRow {
  id: string;
  slug: string;
  name: string;
}

interface Entry {
  row: TenantRow | null;
  deps: Dependencies;
  expires: number;
}

const TABLES = ['municipalities'];
// Unknown slugs are remembered too (a crawler's 404s would otherwise each cost a query); the bound keeps that safe.
const MAX_ENTRIES = 1000;

/** The municipality a URL names, by slug, read once per process and again when municipalities change. */
export class TenantCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: Executor,
    private readonly lifetimeMs: number,
  ) {}

  /** The municipality with this slug, or null. */
  async find(slug: string): Promise<TenantRow | null> {
    // A page built from the cached tenant depends on the municipalities as if it had read them itself.
    const scope = currentQueryScope();
    if (scope) for (const t of TABLES) scope.reads.add(t);
    const hit = this.entries.get(slug);
    if (hit && hit.expires > Date.now() && dataVersions.current(hit.deps)) return hit.row;
    const since = dataVersions.now();
    const row =
      (await this.db
        .selectFrom('municipalities')
        .select(['id', 'slug', 'name'])
        .where('slug', '=', slug)
        .executeTakeFirst()) ?? null;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(slug, { row, deps: { tables: TABLES, all: false, since }, expires: Date.now() + this.lifetimeMs });
    return row;
  }
}

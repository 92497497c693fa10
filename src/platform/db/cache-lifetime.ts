import type { Engine } from './connection.ts';

/**
 * How long a process may keep what it read (tenants, sessions, pages) when no write of its own said otherwise.
 * The embedded database serves one process (its folder is locked), and every write passes this process's query
 * observer, so its caches live until the data changes. A PostgreSQL server may have several processes writing:
 * each keeps what it read for at most two seconds, so another process's change shows within that time.
 */
export function cacheLifetimeMs(engine: Engine): number {
  return engine === 'pglite' ? Number.POSITIVE_INFINITY : 2000;
}

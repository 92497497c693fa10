import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { preparedPool } from './prepared-pool.ts';
import { QueryObserver } from './query-observer.ts';
import type { Database } from './types.ts';

// DATE stays a plain 'YYYY-MM-DD' string: converting it to a JS Date would shift it by the time zone.
pg.types.setTypeParser(1082, (v) => v);
// TIMESTAMP without time zone (a wall-clock time in a named zone, e.g. an event series' first start) likewise: a Date
// would read it in the process's zone.
pg.types.setTypeParser(1114, (v) => v);
// BIGINT (count(*), sums) as number: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export type Engine = 'pglite' | 'postgres';

// Every query passes the observer: it counts them per request and tells the caches what changed.
const OBSERVED = [new QueryObserver()];

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  /** Closes the pool and, for PGlite, the embedded database (it keeps the process alive otherwise). */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… for a server; absent for the embedded database. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for an in-memory database. */
  dataDir?: string;
  /** A PGlite data dump (tar) to start from, e.g. a migrated template for tests. */
  loadDataDir?: Blob;
  poolSize?: number;
}

/** Opens PostgreSQL: a server through `pg`, or PGlite embedded, behind one Kysely instance. */
export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.url) return connectServer(options.url, options.poolSize ?? 10);
  const pglite = await openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
  return wrapPglite(pglite);
}

// PGlite runs with its own settings (fsync already off). synchronous_commit=off and wal_level=minimal were measured
// and left out: asynchronous commit loses the last commits when the process dies or the folder is copied while
// open (a test dump taken right after migrating missed tables). See docs/performance.md.

// The release of each folder lock, by the PGlite instance that holds it.
const locks = new WeakMap<PGlite, () => void>();

/**
 * Opens (or creates) a PGlite database with the extensions our migrations use. A folder is locked for this
 * process first (DataDirLockedError when another running process holds it); closing the connection releases it.
 */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  let release: (() => void) | undefined;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(dataDir);
  }
  try {
    const pglite = await PGlite.create(dataDir, {
      extensions: { btree_gist, citext, pg_trgm, pgcrypto, unaccent },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    if (release) locks.set(pglite, release);
    return pglite;
  } catch (err) {
    release?.();
    throw err;
  }
}

/** Puts Kysely on an open PGlite: exactly one connection, or concurrent transactions corrupt the stream. */
export function wrapPglite(pglite: PGlite): Connection {
  const pool = preparedPool(new pg.Pool({ ...createPgConfig(pglite), max: 1 }));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: OBSERVED });
  return {
    db,
    engine: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
      locks.get(pglite)?.();
    },
  };
}

function connectServer(url: string, max: number): Connection {
  const server = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server must not crash the process.
  server.on('error', () => {});
  // Named statements here too: each connection parses and plans a statement once (see preparedPool).
  const pool = preparedPool(server);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: OBSERVED });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

import '../platform/auth/auth-tables.ts';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type Connection, connect, openPglite, wrapPglite } from '../platform/db/connection.ts';
import { migrate, readMigrations } from '../platform/db/migrate.ts';

const CACHE = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'zuhause');

function migrationsHash(): string {
  const h = createHash('sha256');
  for (const m of readMigrations()) h.update(m.name).update(m.checksum);
  return h.digest('hex').slice(0, 16);
}

/**
 * A fresh, migrated database for one test file: PGlite from a cached migrated dump, or — when
 * TEST_DATABASE_URL (or DATABASE_URL) names a server — a new database cloned from a migrated template.
 */
export async function testDatabase(): Promise<Connection> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  return url ? serverDatabase(url) : pgliteDatabase();
}

async function pgliteDatabase(): Promise<Connection> {
  const file = join(CACHE, `pglite-${migrationsHash()}.tar.gz`);
  if (!existsSync(file)) {
    const fresh = await openPglite('memory://');
    const conn = wrapPglite(fresh);
    await migrate(conn.db);
    const dump = await fresh.dumpDataDir('gzip');
    await conn.close();
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file); // atomic: parallel test files never read half a dump
  }
  const blob = new Blob([readFileSync(file)]);
  return wrapPglite(await openPglite('memory://', blob));
}

async function serverDatabase(url: string): Promise<Connection> {
  const template = `zuhause_tpl_${migrationsHash()}`;
  const name = `zuhause_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // One test process builds the template; the others wait on the lock and then find it.
    await admin.query('select pg_advisory_lock(738202)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${template}`);
      const tpl = await connect({ url: withDatabase(url, template), poolSize: 1 });
      await migrate(tpl.db);
      await tpl.close();
    }
    await admin.query(`create database ${name} template ${template}`);
    await admin.query('select pg_advisory_unlock(738202)');
  } finally {
    await admin.end();
  }
  const conn = await connect({ url: withDatabase(url, name), poolSize: 10 });
  return {
    ...conn,
    async close() {
      await conn.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Removes every row from the named tables (for suites that share one database across tests). */
export async function truncate(conn: Connection, tables: string[]): Promise<void> {
  await sql.raw(`truncate ${tables.join(', ')} cascade`).execute(conn.db);
}

const KNOWN_MUNICIPALITIES = {
  meppen: { ags: '03454035', name: 'Meppen', district: 'Landkreis Emsland' },
  osnabrueck: { ags: '03404000', name: 'Osnabrück', district: 'Kreisfreie Stadt Osnabrück' },
} as const;

/** Inserts one of the demo municipalities on its own (without the rest of the demo) and returns its id. */
export async function insertMunicipality(conn: Connection, slug: keyof typeof KNOWN_MUNICIPALITIES): Promise<string> {
  const row = await conn.db
    .insertInto('municipalities')
    .values({ slug, ...KNOWN_MUNICIPALITIES[slug] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

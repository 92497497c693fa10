import '../platform/auth/auth-tables.ts';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

const SRC = join(import.meta.dirname, '..');

/** What the demo seed is made of: every source and catalog file of the application (tests aside). */
function sourcesHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|tsx|json)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
        h.update(relative(SRC, path)).update(readFileSync(path));
    }
  };
  walk(SRC);
  return h.digest('hex').slice(0, 16);
}

/**
 * What a template holds: the migrations, and for `demo` the demo seed as of this hour (the demo's dates are relative
 * to the day it was written, so a template is used only within the hour it was made).
 */
function templateKey(demo: boolean): string {
  const hour = new Date().toISOString().slice(0, 13).replace(/\D/g, '');
  return demo ? `demo_${migrationsHash()}_${sourcesHash()}_${hour}` : migrationsHash();
}

// Written by the demo seed on a template's connection; imported lazily, so that the plain databases of platform
// tests do not load every module.
async function writeDemo(conn: Connection): Promise<void> {
  const { seedDemo } = await import('../seed/seed.ts');
  await seedDemo(conn.db);
}

/**
 * A fresh, migrated database for one test file: PGlite from a cached migrated dump, or — when
 * TEST_DATABASE_URL (or DATABASE_URL) names a server — a new database cloned from a migrated template.
 * With `demo`, the database holds the demo as `seedDemo` writes it, copied from a template seeded once per run
 * (seeding costs seconds; copying a template a fraction of that).
 */
export async function testDatabase(options: { demo?: boolean } = {}): Promise<Connection> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  return url ? serverDatabase(url, options.demo ?? false) : pgliteDatabase(options.demo ?? false);
}

async function pgliteDatabase(demo: boolean): Promise<Connection> {
  return wrapPglite(await openPglite('memory://', new Blob([readFileSync(await pgliteTemplate(demo))])));
}

/** The dump file of a migrated (and for `demo` seeded) embedded database, written by the first file that needs it. */
async function pgliteTemplate(demo: boolean): Promise<string> {
  const file = join(CACHE, `pglite-${templateKey(demo)}.tar.gz`);
  if (existsSync(file)) return file;
  const fresh = demo
    ? await openPglite('memory://', new Blob([readFileSync(await pgliteTemplate(false))]))
    : await openPglite('memory://');
  const conn = wrapPglite(fresh);
  if (demo) await writeDemo(conn);
  else await migrate(conn.db);
  const dump = await fresh.dumpDataDir('gzip');
  await conn.close();
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file); // atomic: parallel test files never read half a dump
  if (demo) removeStale(CACHE, 'pglite-demo_', file);
  return file;
}

// Demo dumps of earlier hours or sources are never read again.
function removeStale(dir: string, prefix: string, keep: string): void {
  for (const f of readdirSync(dir))
    if (f.startsWith(prefix) && join(dir, f) !== keep && !f.includes('.tar.gz.')) rmSync(join(dir, f), { force: true });
}

/** Creates the template database `name` if missing: migrated, and for `demo` seeded too. Holds the caller's lock. */
async function ensureTemplate(admin: pg.Client, url: string, demo: boolean): Promise<string> {
  const name = `zuhause_tpl_${templateKey(demo)}`;
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount !== 0) return name;
  if (demo) await admin.query(`create database ${name} template ${await ensureTemplate(admin, url, false)}`);
  else await admin.query(`create database ${name}`);
  const tpl = await connect({ url: withDatabase(url, name), poolSize: 1 });
  try {
    if (demo) await writeDemo(tpl);
    else await migrate(tpl.db);
  } finally {
    await tpl.close();
  }
  if (demo) {
    // Older demo templates (another hour, other sources) are dropped; one in use by a running file stays.
    const old = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'zuhause\\_tpl\\_demo\\_%' and datname <> $1",
      [name],
    );
    for (const r of old.rows) await admin.query(`drop database if exists ${r.datname}`).catch(() => {});
  }
  return name;
}

async function serverDatabase(url: string, demo: boolean): Promise<Connection> {
  const name = `zuhause_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // One test process builds the template; the others wait on the lock and then find it.
    await admin.query('select pg_advisory_lock(738202)');
    const template = await ensureTemplate(admin, url, demo);
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

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { assertCaseFolding } from './character-type.ts';
import type { Database } from './types.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', '..', 'migrations');
const NAME = /^\d{14}_[a-z0-9_]+\.sql$/;
const LOCK_KEY = 738_201; // any constant: serialises migrators on a shared server

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Reads the migration files in the order they apply. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      if (!NAME.test(name))
        throw new Error(`Migration file name ${name} must look like YYYYMMDDHHMMSS_module_what.sql`);
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/** Applies pending migrations in order, each in its own transaction; refuses an edited landed migration. */
export async function migrate(db: Kysely<Database>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = readMigrations(dir);
  await assertCaseFolding(db);
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        name text primary key, checksum text not null, applied_at timestamptz not null default now())`.execute(conn);
      const rows = await sql<{ name: string; checksum: string }>`select name, checksum from schema_migrations`.execute(
        conn,
      );
      const applied = new Map(rows.rows.map((r) => [r.name, r.checksum]));
      const done: string[] = [];
      for (const m of migrations) {
        const known = applied.get(m.name);
        if (known !== undefined) {
          if (known !== m.checksum) throw new Error(`Migration ${m.name} was edited after it was applied`);
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await sql.raw(m.sql).execute(tx);
          await sql`insert into schema_migrations (name, checksum) values (${m.name}, ${m.checksum})`.execute(tx);
        });
        done.push(m.name);
      }
      return done;
    } finally {
      await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}

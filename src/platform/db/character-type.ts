import { type Kysely, sql } from 'kysely';
import type { Database } from './types.ts';

/**
 * Search compares text without regard to case (`ilike`, `lower`), in every script the platform speaks. PostgreSQL
 * folds only ASCII letters when the database's character type (LC_CTYPE) is plain `C`; Ukrainian, Russian or
 * Turkish searches would then silently miss. The embedded database and a server created with a UTF-8 locale
 * (e.g. `C.UTF-8`, `de_DE.UTF-8`) fold them all.
 */
export async function assertCaseFolding(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ ok: boolean; ctype: string }>`
    select lower('ÄПРИВІТ') = 'äпривіт' as ok,
           (select datctype from pg_database where datname = current_database()) as ctype`.execute(db);
  const row = rows[0];
  if (row?.ok) return;
  throw new Error(
    `The database's character type (LC_CTYPE ${row?.ctype ?? '?'}) does not fold the case of non-Latin letters, so ` +
      'searches in Ukrainian, Russian or Turkish would miss. Create the database with a UTF-8 character type, e.g. ' +
      "`create database zuhause template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`.",
  );
}

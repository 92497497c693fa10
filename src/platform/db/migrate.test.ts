import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { testDatabase } from '../../testing/db.ts';
import type { Connection } from './connection.ts';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.ts';
import { fixture } from '../../testing/fixture.ts';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'zh-migrations-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const recorded = async (conn: Connection) =>
  (await sql<{ name: string }>`select name from schema_migrations order by name`.execute(conn.db)).rows.map(
    (r) => r.name,
  );

describe('migrations', () => {
  const conn = fixture(() => testDatabase());

  test('the committed migrations are well named and all applied, in file-name order', async () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'));
    assert.ok(files.length >= 3);
    const names = readMigrations().map((m) => m.name);
    assert.deepEqual(names, [...files].sort());
    assert.deepEqual(await recorded(conn()), names);
  });

  test('running them again applies nothing', async () => {
    assert.deepEqual(await migrate(conn().db), []);
    assert.deepEqual(await migrate(conn().db), []);
  });

  test('new files apply in timestamp order, each once', async (t) => {
    const dir = tempDir(t);
    // Written in reverse; each depends on the one before it.
    writeFileSync(join(dir, '20990101000300_test_fill.sql'), "insert into zz_order (step) values ('third');");
    writeFileSync(join(dir, '20990101000200_test_column.sql'), 'alter table zz_order add column step text;');
    writeFileSync(join(dir, '20990101000100_test_table.sql'), 'create table zz_order (id serial primary key);');
    assert.deepEqual(await migrate(conn().db, dir), [
      '20990101000100_test_table.sql',
      '20990101000200_test_column.sql',
      '20990101000300_test_fill.sql',
    ]);
    assert.deepEqual(await migrate(conn().db, dir), []);
    const rows = await sql<{ step: string }>`select step from zz_order`.execute(conn().db);
    assert.deepEqual(
      rows.rows.map((r) => r.step),
      ['third'],
    );
  });

  test('an edited migration that was applied is refused', async (t) => {
    const dir = tempDir(t);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readMigrations(dir)[1]!;
    writeFileSync(join(dir, first.name), `${first.sql}\n-- a harmless-looking edit\n`);
    await assert.rejects(migrate(conn().db, dir), new RegExp(`${first.name} was edited`));
  });

  test('a failing migration leaves no trace and is not recorded', async (t) => {
    const dir = tempDir(t);
    writeFileSync(
      join(dir, '20990102000000_test_broken.sql'),
      'create table zz_half (id int);\ninsert into zz_half values (1);\nselect no_such_function();',
    );
    await assert.rejects(migrate(conn().db, dir), /no_such_function/);
    const table = await sql`select to_regclass('zz_half') as t`.execute(conn().db);
    assert.deepEqual(table.rows, [{ t: null }]);
    assert.ok(!(await recorded(conn())).includes('20990102000000_test_broken.sql'));
  });

  test('a badly named file is refused before anything runs', (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, '2099_oops.sql'), 'select 1;');
    assert.throws(() => readMigrations(dir), /YYYYMMDDHHMMSS_module_what\.sql/);
  });
});

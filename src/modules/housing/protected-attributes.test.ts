import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Connection } from '../../platform/db/connection.ts';
import { testDatabase } from '../../testing/db.ts';
import { housing } from './index.ts';

// Fair housing (AGG § 19): nothing in housing can hold nationality, religion or ethnicity — not a column of its
// tables, not a field of its input schemas. Words that name such data, in English and German.
const FORBIDDEN =
  /nationalit|citizenship|staatsangeh|religio|konfession|faith|ethni|race\b|rasse|herkunft|origin_country|country_of_origin|birth_?country|geburtsland|mother_?tongue|muttersprache/i;

/** Every non-test TypeScript file of the housing module. */
function housingSources(dir = import.meta.dirname): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('no protected attributes in housing', () => {
  let conn: Connection;
  before(async () => {
    conn = await testDatabase();
  });
  after(() => conn.close());

  test('no column of a housing table names nationality, religion or ethnicity', async () => {
    const tables = housing.tables ?? [];
    assert.ok(tables.length >= 6, 'the manifest lists the housing tables');
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and table_name = any(${tables as string[]})`.execute(conn.db);
    const seen = new Set(rows.map((r) => r.table_name));
    assert.deepEqual(
      tables.filter((t) => !seen.has(t)),
      [],
      'every table of the manifest exists',
    );
    assert.deepEqual(
      rows.filter((r) => FORBIDDEN.test(r.column_name)).map((r) => `${r.table_name}.${r.column_name}`),
      [],
    );
  });

  test('no input schema or other source of the module names one either', () => {
    const hits: string[] = [];
    for (const file of housingSources()) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Comments may explain the rule; code may not carry such a field.
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          if (FORBIDDEN.test(code)) hits.push(`${relative(import.meta.dirname, file)}:${i + 1}`);
        });
    }
    assert.deepEqual(hits, []);
  });

  test('the check would catch such a column', () => {
    for (const name of ['nationality', 'religion', 'ethnic_group', 'country_of_origin', 'mother_tongue'])
      assert.ok(FORBIDDEN.test(name), name);
    for (const name of ['preferred_locale', 'permit_category', 'urgency', 'waiting_since'])
      assert.ok(!FORBIDDEN.test(name), name);
  });
});

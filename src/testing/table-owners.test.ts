import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { manifests } from '../modules/index.ts';
import { type AllowedQuery, foreignQueries, moduleSources, tablesIn } from './table-owners.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = join(ROOT, 'src', 'modules');

/**
 * Known spots where a module may still query a table it does not own, each with its reason. Empty since the
 * platform's identity part (src/platform/identity) owns accounts, role assignments and tokens; a new entry needs a
 * reason and is removed by the second test below as soon as its queries are gone.
 */
const ALLOWED: readonly AllowedQuery[] = [];

describe('one owner per table', () => {
  test("no module's code queries a table its manifest does not own", () => {
    const owned = new Map(manifests.map((m) => [m.name, m.tables ?? []]));
    // Not a module: the matching library has no tables; any query there would be foreign too.
    const problems = foreignQueries(moduleSources(MODULES, ROOT), owned, ALLOWED);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line} (${p.module}) queries ${p.table}`),
      [],
      'Ask the owning module through its index.ts, or the platform for its tables',
    );
  });

  test('every allowed exception is still needed (remove it once its queries are gone)', () => {
    const owned = new Map(manifests.map((m) => [m.name, m.tables ?? []]));
    const all = foreignQueries(moduleSources(MODULES, ROOT), owned);
    for (const a of ALLOWED) {
      assert.ok(
        all.some((q) => q.module === a.module && q.table === a.table),
        `${a.module} no longer queries ${a.table}: drop the exception`,
      );
    }
  });

  test('the checker fails on a module that queries a table it does not own (shown once, on purpose)', () => {
    const source = [
      "const a = await db.selectFrom('quartiere').selectAll().execute();",
      "await tx.insertInto('feedback').values(row).execute();",
      "await tx.updateTable('jobs').set({ status: 'done' }).execute();",
      "const q = db.selectFrom('events as e').innerJoin('providers as p', 'p.id', 'e.provider_id');",
      'await sql`delete from mail_outbox where id = 1`.execute(db);',
      'await sql<{ n: number }>`select count(*) as n from events e join audit_log a on a.x = e.y`.execute(db);',
    ].join('\n');
    const problems = foreignQueries(
      [{ module: 'events', file: 'fixture.ts', source }],
      new Map([['events', ['events']]]),
    );
    assert.deepEqual(
      problems.map((p) => `${p.line} ${p.table}`),
      ['1 quartiere', '2 feedback', '3 jobs', '4 providers', '5 mail_outbox', '6 audit_log'],
    );
    // The fixture's own table passes; an allowed exception passes.
    const allowed = [{ module: 'events', table: 'providers', because: 'fixture' }];
    const rest = foreignQueries(
      [{ module: 'events', file: 'fixture.ts', source }],
      new Map([['events', ['events']]]),
      allowed,
    );
    assert.ok(!rest.some((p) => p.table === 'providers'));
    assert.ok(!tablesIn(source).some((t) => t.table === 'count'));
  });
});

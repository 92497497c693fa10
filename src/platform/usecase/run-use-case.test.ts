import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { testDatabase } from '../../testing/db.ts';
import type { Connection } from '../db/connection.ts';
import { insertMunicipalities } from '../db/municipalities.ts';
import { tenant } from '../db/tenant.ts';
import { runUseCase, summarize, UnauditedChangeError, type UseCaseCall } from './run-use-case.ts';
import '../audit/audit.ts';

describe('runUseCase', () => {
  let conn: Connection;
  let call: UseCaseCall;
  const things = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from zz_things`.execute(conn.db)).rows[0]!.n;
  const audits = async () =>
    conn.db.selectFrom('audit_log').select(['actor_user_id', 'municipality_id', 'subject_id', 'changes']).execute();

  before(async () => {
    conn = await testDatabase();
    await sql`create table zz_things (id text primary key, name text not null)`.execute(conn.db);
    const ids = await insertMunicipalities(conn.db, [{ slug: 'fall', ags: '09999998', name: 'Fall', district: 'T' }]);
    const actor = await conn.db
      .insertInto('users')
      .values({ email: 'uc@example.test', display_name: 'UC' })
      .returning('id')
      .executeTakeFirstOrThrow();
    call = { db: conn.db, tenant: tenant(ids.fall!), actor: actor.id, requestId: 'req-1', now: new Date() };
  });
  after(() => conn.close());

  test('commits the change with one audit row per recorded change, in the same transaction', async () => {
    const id = await runUseCase('test.create', call, async (uc) => {
      await sql`insert into zz_things values ('a', 'Anna')`.execute(uc.tx);
      uc.record({ action: 'create', subjectType: 'test.thing', subjectId: 'a', after: { id: 'a', name: true } });
      return 'a';
    });
    assert.equal(id, 'a');
    assert.equal(await things(), 1);
    assert.deepEqual(await audits(), [
      {
        actor_user_id: call.actor,
        municipality_id: call.tenant!.municipalityId,
        subject_id: 'a',
        changes: { before: null, after: { id: 'a', name: true } },
      },
    ]);
  });

  test('a use case that records no change is refused and rolled back: no change without an audit entry', async () => {
    const before = (await audits()).length;
    await assert.rejects(
      runUseCase('test.sneaky', call, async (uc) => {
        await sql`insert into zz_things values ('b', 'Bert')`.execute(uc.tx);
      }),
      UnauditedChangeError,
    );
    assert.equal(await things(), 1, 'the insert was rolled back');
    assert.equal((await audits()).length, before);
  });

  test('refuse() rolls back whatever was written and answers without an audit row', async () => {
    const before = (await audits()).length;
    const answer = await runUseCase('test.refused', call, async (uc) => {
      await sql`insert into zz_things values ('c', 'Carla')`.execute(uc.tx);
      return uc.refuse('taken');
    });
    assert.equal(answer, 'taken');
    assert.equal(await things(), 1);
    assert.equal((await audits()).length, before);
  });

  test('summarize keeps identifiers and marks free text only as filled', () => {
    const row = { slug: 'x', approx: 3, name: 'Frau Müller', note: '' };
    assert.deepEqual(summarize(row, ['slug', 'approx'], ['name', 'note']), {
      slug: 'x',
      approx: 3,
      name: true,
      note: false,
    });
    assert.equal(summarize(null, []), null);
  });
});

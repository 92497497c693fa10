import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { verifyPassword } from '../platform/auth/passwords.ts';
import { ROLES } from '../platform/auth/session-user.ts';
import type { Connection } from '../platform/db/connection.ts';
import { testDatabase } from '../testing/db.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail } from './demo-accounts.ts';
import { reseed, seedDemo, seedIfEmpty } from './seed.ts';
import { fixture } from '../testing/fixture.ts';

async function counts(conn: Connection) {
  const n = async (table: 'municipalities' | 'quartiere' | 'providers' | 'users' | 'role_assignments') =>
    Number(
      (
        await conn.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    municipalities: await n('municipalities'),
    quartiere: await n('quartiere'),
    providers: await n('providers'),
    users: await n('users'),
    roles: await n('role_assignments'),
  };
}

describe('demo seed', () => {
  const conn = fixture(() => testDatabase());

  // How long seeding takes is measured by `npm run bench` (bench/), not asserted here: machines are shared.
  test('seedIfEmpty seeds an empty database once, and then leaves it alone', async () => {
    assert.equal(await seedIfEmpty(conn().db), true);
    const first = await counts(conn());
    assert.equal(first.municipalities, 4);
    assert.ok(first.quartiere >= 4 && first.providers >= 8 && first.users >= 8);
    assert.equal(await seedIfEmpty(conn().db), false);
    assert.deepEqual(await counts(conn()), first);
    await assert.rejects(seedDemo(conn().db), 'seeding twice hits the unique slugs, it never doubles data');
    assert.deepEqual(await counts(conn()), first);
  });

  test('the demo has the real keys, a demo account of every role, and one working password', async () => {
    const ags = await conn().db.selectFrom('municipalities').select(['slug', 'ags']).orderBy('slug').execute();
    assert.deepEqual(ags, [
      { slug: 'asendorf', ags: '03251002' },
      { slug: 'hannover', ags: '03241001' },
      { slug: 'meppen', ags: '03454035' },
      { slug: 'osnabrueck', ags: '03404000' },
    ]);
    const roles = await conn()
      .db.selectFrom('role_assignments as ra')
      .innerJoin('users as u', 'u.id', 'ra.user_id')
      .select(['ra.role', 'u.is_demo', 'u.email', 'u.password_hash'])
      .execute();
    assert.deepEqual(new Set(roles.map((r) => r.role)), new Set(ROLES));
    assert.ok(roles.every((r) => r.is_demo && r.email.endsWith('@demo.zuhause.example')));
    const qm = roles.find((r) => r.email === 'qm.hannover@demo.zuhause.example');
    assert.ok(qm?.password_hash && (await verifyPassword(qm.password_hash, DEMO_PASSWORD)));
    const scoped = await conn()
      .db.selectFrom('role_assignments as ra')
      .innerJoin('quartiere as q', (j) =>
        j.onRef('q.municipality_id', '=', 'ra.municipality_id').onRef('q.id', '=', 'ra.quartier_id'),
      )
      .select('q.slug')
      .where('ra.role', '=', 'quartier_manager')
      .execute();
    assert.ok(
      scoped.some((s) => s.slug === 'muehlenberg'),
      'the Hannover Quartier manager works in Mühlenberg',
    );
  });

  test('reseed wipes every data table and seeds again', async () => {
    const before = await counts(conn());
    const meppen = await conn()
      .db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    await conn()
      .db.insertInto('quartiere')
      .values({ municipality_id: meppen.id, slug: 'extra', name: 'Extra' })
      .execute();
    await conn().db.insertInto('users').values({ email: 'someone@example.test', display_name: 'Someone' }).execute();
    await conn()
      .db.insertInto('mail_outbox')
      .values({ to_address: 'a@b.test', subject: 's', body_text: 't' })
      .execute();
    const ctx = await reseed(conn().db);
    assert.deepEqual(await counts(conn()), before);
    assert.notEqual(ctx.ids.municipality?.meppen, meppen.id, 'the municipality was written anew');
    const gone = await conn().db.selectFrom('users').select('id').where('email', '=', 'someone@example.test').execute();
    assert.equal(gone.length, 0);
    assert.equal((await conn().db.selectFrom('mail_outbox').select('id').execute()).length, 0);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(conn().db);
    assert.ok(rows[0]!.n > 0, 'the migration log is kept');
  });

  test('docs/demo.md lists every demo account and the password', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'demo.md'), 'utf8');
    assert.ok(doc.includes(DEMO_PASSWORD));
    for (const a of DEMO_ACCOUNTS)
      assert.ok(doc.includes(`\`${demoEmail(a.key)}\``), `${a.key} is not in docs/demo.md`);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testDatabase } from '../../testing/db.ts';
import { PLATFORM_LOCALES } from '../i18n/messages.ts';
import { Messages } from '../i18n/messages.ts';
import { LOCALES } from '../i18n/locales.ts';
import { insertMunicipalities } from '../db/municipalities.ts';
import { violatedConstraint } from '../db/transaction.ts';
import { ROLES, STATE_ROLES } from './session-user.ts';
import './auth-tables.ts';

// Roles are data in one place: the `roles` table, the ROLES list and the platform catalogs' labels agree.

test('roles in the database: exactly ROLES, the state-wide ones are STATE_ROLES, unknown ones refused', async (t) => {
  const conn = await testDatabase();
  t.after(() => conn.close());
  const rows = await conn.db.selectFrom('roles').select(['role', 'state_wide']).orderBy('sort_order').execute();
  assert.deepEqual(
    rows.map((r) => r.role),
    [...ROLES],
  );
  assert.deepEqual(
    rows.filter((r) => r.state_wide).map((r) => r.role),
    [...STATE_ROLES],
  );
  const user = await conn.db
    .insertInto('users')
    .values({ email: 'role-test@example.test', display_name: 'Role Test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [m] = Object.values(
    await insertMunicipalities(conn.db, [{ slug: 'rolle', ags: '09999999', name: 'Rolle', district: 'Test' }]),
  );
  const grant = (role: string) =>
    conn.db.insertInto('role_assignments').values({ user_id: user.id, role, municipality_id: m! }).execute();
  await assert.rejects(grant('emperor'), (err) => violatedConstraint(err) === 'role_assignments_role_fkey');
  await grant('volunteer');
});

test('every role has its label in the platform catalog of every locale (role.<role>), once', () => {
  const messages = new Messages([PLATFORM_LOCALES]);
  for (const l of LOCALES) {
    for (const r of ROLES) assert.notEqual(messages.format(l, `role.${r}`), `role.${r}`, `${l}: role.${r}`);
  }
  assert.deepEqual(
    messages
      .keys('de')
      .filter((k) => k.startsWith('role.'))
      .sort(),
    ROLES.map((r) => `role.${r}`).sort(),
  );
});

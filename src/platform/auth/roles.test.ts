import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../testing/db.ts';
import { PLATFORM_LOCALES } from '../i18n/messages.ts';
import { Messages } from '../i18n/messages.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { Connection } from '../db/connection.ts';
import { insertMunicipalities } from '../db/municipalities.ts';
import { violatedConstraint } from '../db/transaction.ts';
import { ROLES, STATE_ROLES } from './session-user.ts';
import './auth-tables.ts';

// Roles are data in one place: the `roles` table, the ROLES list and the platform catalogs' labels agree.

describe('roles', () => {
  let conn: Connection;
  before(async () => {
    conn = await testDatabase();
  });
  after(() => conn.close());

  test('the roles table holds exactly ROLES, in order, and the state-wide ones are STATE_ROLES', async () => {
    const rows = await conn.db.selectFrom('roles').select(['role', 'state_wide']).orderBy('sort_order').execute();
    assert.deepEqual(
      rows.map((r) => r.role),
      [...ROLES],
    );
    assert.deepEqual(
      rows.filter((r) => r.state_wide).map((r) => r.role),
      [...STATE_ROLES],
    );
  });

  test('a role assignment of an unknown role is refused by the database', async () => {
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
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { type Fixture, mailTo, sessionFor, twoMunicipalities } from './directory.fixtures.ts';

describe('people and roles of a municipality', () => {
  let t: TestApp;
  let f: Fixture;
  let admin: Client;
  let adminId: string;
  let volunteerId: string;

  const grantsOf = (userId: string) =>
    t.conn.db
      .selectFrom('role_assignments')
      .select(['id', 'role', 'municipality_id', 'quartier_id'])
      .where('user_id', '=', userId)
      .orderBy('role')
      .execute();

  before(async () => {
    t = await testApp();
    f = await twoMunicipalities(t.conn.db);
    const a = await sessionFor(t.conn.db, 'anke@meppen.test', [
      { role: 'municipality_admin', municipalityId: f.meppen },
    ]);
    adminId = a.userId;
    admin = new Client(t.app);
    admin.cookies = `zh_sid=${a.token}`;
    volunteerId = (
      await sessionFor(t.conn.db, 'gerda@meppen.test', [
        { role: 'volunteer', municipalityId: f.meppen },
        { role: 'resident', municipalityId: f.osnabrueck },
      ])
    ).userId;
  });
  after(() => t.close());

  test('the list shows each person with their roles here, and no revoke button for one’s own admin role', async () => {
    const res = await admin.get('/de/m/meppen/admin/people');
    assert.equal(res.statusCode, 200);
    const table = res.body.slice(res.body.indexOf('<table'), res.body.indexOf('</table>'));
    assert.match(table, /gerda@meppen\.test/);
    assert.match(table, /Ehrenamtliche:r/);
    assert.doesNotMatch(table, /Bewohner:in/, 'a role held in Osnabrück is not shown in Meppen');
    const revokeForms = res.body.match(/\/grants\/[0-9a-f-]+\/revoke/g) ?? [];
    assert.equal(revokeForms.length, 1, 'only Gerda’s grant can be revoked from here');
  });

  test('granting a role, refusing it twice, and revoking it', async () => {
    const q = await t.conn.db
      .insertInto('quartiere')
      .values({ municipality_id: f.meppen, slug: 'esterfeld', name: 'Esterfeld' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const form = { userId: volunteerId, role: 'quartier_manager', quartierId: q.id };
    const ok = await admin.post('/de/m/meppen/admin/people/grants', form);
    assert.equal(ok.statusCode, 303);
    const granted = (await grantsOf(volunteerId)).find((g) => g.role === 'quartier_manager');
    assert.equal(granted?.quartier_id, q.id);
    assert.equal(granted?.municipality_id, f.meppen);
    const again = await admin.post('/de/m/meppen/admin/people/grants', form);
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /Diese Person hat diese Rolle hier schon\./);
    const badRole = await admin.post('/de/m/meppen/admin/people/grants', { userId: volunteerId, role: 'state_admin' });
    assert.equal(badRole.statusCode, 422, 'state roles are not granted by a municipality');
    const revoked = await admin.post(`/de/m/meppen/admin/people/grants/${granted!.id}/revoke`, {});
    assert.equal(revoked.statusCode, 303);
    assert.equal((await grantsOf(volunteerId)).filter((g) => g.role === 'quartier_manager').length, 0);
  });

  test('an administrator cannot revoke their own administrator role', async () => {
    const own = (await grantsOf(adminId))[0]!;
    const res = await admin.post(`/de/m/meppen/admin/people/grants/${own.id}/revoke`, {});
    assert.equal(res.statusCode, 409);
    assert.equal((await grantsOf(adminId)).length, 1);
  });

  test('inviting staff records the invitation and queues the mail; nothing is granted before the link is used', async () => {
    const page = await admin.get('/de/m/meppen/admin/people/invite');
    assert.equal(page.statusCode, 200);
    const invite = (email: string) =>
      admin.post('/de/m/meppen/admin/people/invite', {
        displayName: 'Layla Haddad',
        email,
        role: 'counsellor',
        locale: 'ar',
      });
    const bad = await invite('not-an-address');
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /value="Layla Haddad"/);
    assert.equal((await invite('layla@meppen.test')).statusCode, 303);
    const users = await t.conn.db.selectFrom('users').select('id').where('email', '=', 'layla@meppen.test').execute();
    assert.equal(users.length, 0, 'no account before the invitee proves the address');
    const inv = await t.conn.db
      .selectFrom('invitations')
      .select(['role', 'municipality_id', 'locale'])
      .where('email', '=', 'layla@meppen.test')
      .executeTakeFirstOrThrow();
    assert.deepEqual(inv, { role: 'counsellor', municipality_id: f.meppen, locale: 'ar' });
    const mail = await mailTo(t.conn.db, 'layla@meppen.test');
    assert.equal(mail.length, 1);
    assert.equal(mail[0]!.municipality_id, f.meppen);
    assert.match(mail[0]!.body_text, /\/ar\/invitation\//);
    const list = await admin.get('/de/m/meppen/admin/people');
    assert.match(list.body, /Layla Haddad/);
    assert.match(list.body, /eingeladen/);
  });
});

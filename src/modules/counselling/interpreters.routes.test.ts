import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { signedInClient } from '../../testing/access-matrix.ts';
import { appMessages, type Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { fixtureInterpreter, fixtureService } from './counselling.fixtures.ts';
import { appointmentWithRequest } from './interpreters.fixtures.ts';
import { interpreterStates } from './interpreters.requests.ts';

// The pool's pages (keepers only; a person granted the role through the platform) and the interpreter's page:
// requests in their languages without the person's name, accepting, the 409s, the mails to the pool.

describe('interpreters: the pool and the interpreter page', () => {
  const t = fixture(() => testApp());
  const db = () => t().conn.db;
  let m = '';
  let admin: Client;
  const pool = '/de/m/meppen/admin/counselling/interpreters';
  const userId = (email: string) =>
    db().selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();

  before(async () => {
    m = await insertMunicipality(t().conn, 'meppen');
    await insertMunicipality(t().conn, 'osnabrueck');
    admin = await signedInClient(t().app, db(), {
      email: 'admin@example.test',
      municipalityId: m,
      roles: ['municipality_admin'],
    });
  });

  it('adds a resident to the pool and grants the interpreter role; bad input keeps what was typed', async () => {
    await signedInClient(t().app, db(), { email: 'nour@example.test', municipalityId: m, roles: ['resident'] });
    const { id } = await userId('nour@example.test');
    const bad = await admin.post(`${pool}/new`, { userId: id, displayName: 'Nour Haddad', from1: '10:00' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Bitte mindestens eine Sprache wählen/);
    assert.match(bad.body, /value="Nour Haddad"/);
    const half = await admin.post(`${pool}/new`, { userId: id, displayName: 'Nour', languages: 'ar', from1: '10:00' });
    assert.equal(half.statusCode, 422);
    assert.match(half.body, /Bitte Beginn und Ende angeben/);
    assert.match(half.body, /value="10:00"/);
    const ok = await admin.post(`${pool}/new`, {
      userId: id,
      displayName: 'Nour Haddad',
      languages: ['ar', 'ku'],
      active: 'on',
      from1: '09:00',
      to1: '17:00',
      from3: '09:00',
      to3: '12:00',
    });
    assert.equal(ok.statusCode, 303);
    const roles = await db().selectFrom('role_assignments').select('role').where('user_id', '=', id).execute();
    assert.deepEqual(roles.map((r) => r.role).sort(), ['interpreter', 'resident']);
    const list = await admin.get(pool);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Nour Haddad/);
    assert.match(list.body, /Montag 09:00–17:00, Mittwoch 09:00–12:00/);
    const again = await admin.post(`${pool}/new`, { userId: id, displayName: 'Nour', languages: 'ar' });
    assert.equal(again.statusCode, 422);
  });

  it('keeps the pool from residents and interpreters; the interpreter page from everyone else', async () => {
    const resident = await signedInClient(t().app, db(), {
      email: 'r@example.test',
      municipalityId: m,
      roles: ['resident'],
    });
    assert.equal((await resident.get(pool)).statusCode, 403);
    assert.equal((await resident.get('/de/m/meppen/interpreting')).statusCode, 403);
  });

  it('shows requests in the interpreter’s languages without the person, accepts, and refuses with 409s', async () => {
    const s = await fixtureService(db(), m, { hours: ['08:00', '18:00'] });
    const s2 = await fixtureService(db(), m, { hours: ['08:00', '18:00'] });
    const env = { baseUrl: 'https://zuhause.example', messages: appMessages(), slug: 'meppen' };
    const it1 = await fixtureInterpreter(db(), m, ['prs', 'fa']);
    await db().updateTable('users').set({ locale: 'fa' }).where('id', '=', it1.userId).execute();
    const it2 = await fixtureInterpreter(db(), m, ['prs']);
    const first = await appointmentWithRequest(db(), m, s, '2027-03-01T10:00:00+01:00', {
      language: 'prs',
      name: 'Fatemeh Karimi',
      env,
    });
    const second = await appointmentWithRequest(db(), m, s2, '2027-03-01T10:30:00+01:00', { language: 'prs', env });
    await appointmentWithRequest(db(), m, s2, '2027-03-02T10:00:00+01:00', { language: 'uk' });
    const mails = await db()
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('subject', 'like', '%ترجمه%')
      .execute();
    assert.equal(mails.length, 2, 'the Farsi-speaking interpreter is told of both requests in Farsi');
    const one = await signedInClient(t().app, db(), {
      email: 'x1@example.test',
      municipalityId: m,
      roles: ['interpreter'],
    });
    await db()
      .updateTable('counselling_interpreters')
      .set({ user_id: (await userId('x1@example.test')).id })
      .where('id', '=', it1.interpreterId)
      .execute();
    const page = await one.get('/de/m/meppen/interpreting');
    assert.equal(page.statusCode, 200);
    assert.equal((page.body.match(/>Annehmen</g) ?? []).length, 2, 'the two Dari requests, not the Ukrainian one');
    assert.doesNotMatch(page.body, /Fatemeh/);
    assert.equal((await one.post(`/de/m/meppen/interpreting/${first}/accept`, {})).statusCode, 303);
    const overlap = await one.post(`/de/m/meppen/interpreting/${second}/accept`, {});
    assert.equal(overlap.statusCode, 409);
    assert.match(overlap.body, /schon einen anderen Termin zugesagt/);
    const two = await signedInClient(t().app, db(), {
      email: 'x2@example.test',
      municipalityId: m,
      roles: ['interpreter'],
    });
    await db()
      .updateTable('counselling_interpreters')
      .set({ user_id: (await userId('x2@example.test')).id })
      .where('id', '=', it2.interpreterId)
      .execute();
    const taken = await two.post(`/de/m/meppen/interpreting/${first}/accept`, {});
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, /bereits von jemand anderem angenommen/);
    const a = await db()
      .selectFrom('counselling_interpreter_requests')
      .select('appointment_id')
      .where('id', '=', first)
      .executeTakeFirstOrThrow();
    const states = await interpreterStates(db(), tenant(m), [a.appointment_id]);
    assert.deepEqual(states.get(a.appointment_id), {
      status: 'accepted',
      language: 'prs',
      interpreterName: 'Sprachmittler',
    });
  });
});

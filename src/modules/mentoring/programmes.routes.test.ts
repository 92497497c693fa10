import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';

// The staff's side: the administration creates a programme with its staff list, the staff create and edit a cycle;
// applications beyond the places wait in order; a decline or more places promote the first of the waitlist (with
// a mail in their language); fewer places than taken are refused; a quartier manager not on the list gets 404.

describe('mentoring staff: programmes, cycles, the waitlist', () => {
  const t = fixture(() => testApp());
  const db = () => t().conn.db;
  let m: string;
  before(async () => {
    m = await insertMunicipality(t().conn, 'meppen');
    t().clock.now = new Date('2027-01-10T09:00:00Z');
  });
  async function staffClient(email: string, role: 'municipality_admin' | 'quartier_manager') {
    const u = await createUser(db(), { email, totp: true, roles: [{ role, municipalityId: m }] });
    const c = new AddressedClient(t().app);
    await signIn(c, 'de', u.email, u.password, u.totpSecret);
    return { u, c };
  }
  async function resident(email: string, locale: 'de' | 'uk' | 'fa' = 'de') {
    const u = await createUser(db(), { email, locale });
    const c = new AddressedClient(t().app);
    await signIn(c, locale, u.email, u.password);
    return { u, c };
  }
  const base = '/de/m/meppen/admin/mentoring';
  const apply = (name: string) => ({
    displayName: name,
    motivation: 'Ich möchte sehen, wie der Rat arbeitet.',
    languages: 'de',
    privacy: 'yes',
  });

  it('runs a programme from the staff forms to the waitlist and its promotion', async () => {
    const admin = await staffClient('mentoring-admin@example.test', 'municipality_admin');
    const qm = await staffClient('mentoring-qm@example.test', 'quartier_manager');
    const newForm = await admin.c.get(`${base}/new`);
    assert.equal(newForm.statusCode, 200);
    assert.equal((await qm.c.get(`${base}/new`)).statusCode, 403, 'only the administration creates programmes');
    const bad = await admin.c.post(`${base}/new`, { slug: 'X Y', title: '', organiser: 'Stadt Meppen' });
    assert.equal(bad.statusCode, 422);
    const programme = {
      slug: 'politik-erleben',
      title: 'Politik erleben',
      aim: 'Ratsmitglieder nehmen Menschen mit Migrationsgeschichte zu Sitzungen mit.',
      organiser: 'Integrationsbeirat Meppen',
      womenTargetPercent: '50',
      active: 'yes',
    };
    assert.equal((await admin.c.post(`${base}/new`, programme)).statusCode, 303);
    assert.equal((await admin.c.post(`${base}/new`, programme)).statusCode, 422, 'the address is taken');
    assert.equal((await qm.c.get(`${base}/politik-erleben/cycles/new`)).statusCode, 404, 'not on the staff list');

    const cycle = {
      name: '2027',
      applicationsOpen: '2027-01-01',
      applicationsClose: '2027-02-28',
      startsOn: '2027-03-01',
      endsOn: '2027-12-31',
      places: '2',
      activityKinds: ['council_session', 'committee'],
      activitiesRequired: '3',
      status: 'open',
    };
    const wrongOrder = await admin.c.post(`${base}/politik-erleben/cycles/new`, { ...cycle, startsOn: '2026-12-01' });
    assert.equal(wrongOrder.statusCode, 422);
    assert.equal((await admin.c.post(`${base}/politik-erleben/cycles/new`, cycle)).statusCode, 303);
    const row = await db()
      .selectFrom('mentoring_cycles')
      .select('id')
      .where('municipality_id', '=', m)
      .executeTakeFirstOrThrow();
    assert.equal((await t().app.inject({ url: '/de/m/meppen/mentoring/politik-erleben' })).statusCode, 200);

    const people = [];
    for (const [i, locale] of (['de', 'uk', 'fa', 'de'] as const).entries()) {
      const p = await resident(`applicant-${i}@example.test`, locale);
      t().clock.now = new Date(t().clock.now.getTime() + 60_000);
      const res = await p.c.post(`/${locale}/m/meppen/mentoring/politik-erleben/apply`, apply(`Person ${i}`));
      assert.equal(res.statusCode, 303);
      people.push(p);
    }
    const statuses = async () =>
      (
        await db()
          .selectFrom('mentoring_mentees')
          .select(['display_name', 'status', 'id'])
          .where('municipality_id', '=', m)
          .orderBy('applied_at')
          .execute()
      ).map((r) => `${r.display_name}:${r.status}`);
    assert.deepEqual(await statuses(), [
      'Person 0:applied',
      'Person 1:applied',
      'Person 2:waitlisted',
      'Person 3:waitlisted',
    ]);

    const list = `${base}/politik-erleben/cycles/${row.id}/applications`;
    const page = await admin.c.get(list);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Warteliste, Platz 1/);
    const first = await db()
      .selectFrom('mentoring_mentees')
      .select('id')
      .where('display_name', '=', 'Person 0')
      .executeTakeFirstOrThrow();
    const full = await db()
      .selectFrom('mentoring_mentees')
      .select('id')
      .where('display_name', '=', 'Person 3')
      .executeTakeFirstOrThrow();
    await admin.c.post(
      `${list.replace('/applications', '')}/applications/${full.id}/status`,
      { status: 'accepted' },
      list,
    );
    assert.deepEqual((await statuses())[3], 'Person 3:waitlisted', 'no place is free: nobody jumps the queue');
    const decline = await admin.c.post(
      `${list.replace('/applications', '')}/applications/${first.id}/status`,
      { status: 'declined' },
      list,
    );
    assert.equal(decline.statusCode, 303);
    assert.deepEqual(await statuses(), [
      'Person 0:declined',
      'Person 1:applied',
      'Person 2:applied',
      'Person 3:waitlisted',
    ]);
    const promoted = await db()
      .selectFrom('mail_outbox')
      .select('subject')
      .where('to_address', '=', 'applicant-2@example.test')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(promoted.subject, /وضعیت جدید/, 'the promoted applicant is told in Farsi, their language');

    const edit = `${base}/politik-erleben/cycles/${row.id}/edit`;
    assert.equal((await admin.c.get(edit)).statusCode, 200);
    const fewer = await admin.c.post(edit, { ...cycle, places: '1' });
    assert.equal(fewer.statusCode, 422, 'fewer places than taken');
    assert.equal((await admin.c.post(edit, { ...cycle, places: '3' })).statusCode, 303);
    assert.deepEqual((await statuses())[3], 'Person 3:applied', 'one more place promotes the next');

    const mentor = await resident('mentor-meppen@example.test');
    const signUp = { displayName: 'Rat Meier', body: 'Rat der Stadt Meppen', languages: 'de', capacity: '1' };
    assert.equal((await mentor.c.post('/de/m/meppen/mentoring/politik-erleben/mentor', signUp)).statusCode, 303);
    const mr = await db()
      .selectFrom('mentoring_mentors')
      .select('id')
      .where('municipality_id', '=', m)
      .executeTakeFirstOrThrow();
    const capacity = `${list.replace('/applications', '')}/mentors/${mr.id}/capacity`;
    assert.equal((await admin.c.post(capacity, { capacity: '0' }, list)).statusCode, 303);
    const paused = await db()
      .selectFrom('mentoring_mentors')
      .select('capacity')
      .where('id', '=', mr.id)
      .executeTakeFirstOrThrow();
    assert.equal(paused.capacity, 0);
    assert.equal((await admin.c.post(capacity, { capacity: '99' }, list)).statusCode, 303, 'refused with a message');

    const progEdit = `${base}/politik-erleben/edit`;
    assert.equal((await admin.c.get(progEdit)).statusCode, 200);
    assert.equal(
      (await admin.c.post(progEdit, programme)).statusCode,
      422,
      'a programme keeps at least one staff member',
    );
    const saved = await admin.c.post(progEdit, {
      ...programme,
      title: 'Politik erleben!',
      staff: [admin.u.id, qm.u.id],
    });
    assert.equal(saved.statusCode, 303);
    assert.equal((await qm.c.get(list)).statusCode, 200, 'now on the staff list');
  });
});

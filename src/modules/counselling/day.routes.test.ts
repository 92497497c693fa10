import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { type FixtureService, fixtureService } from './counselling.fixtures.ts';
import { fixtureAppointment } from './day.fixtures.ts';
import { instantOf } from './slots.ts';

// The counsellor's day: a counsellor sees only the appointments of the services they counsel for (and only in
// their municipality), the read is audited; done counts once; no-show; walk-in; rebooking keeps the person's link.

const DAY = '2026-03-16'; // a Monday
const at = (day: string, hh: number, mm = 0) => instantOf(day, hh * 60 + mm, 'Europe/Berlin');

describe("the counsellor's day", () => {
  const t = fixture(() => testApp());
  const db = () => t().conn.db;
  let meppen: string;
  let a: FixtureService;
  let b: FixtureService;
  let counsellorA: Client;
  let qm: Client;
  const ids: Record<string, string> = {};
  const base = '/de/m/meppen/admin/counselling/day';

  async function userId(email: string) {
    return (await db().selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  }

  before(async () => {
    t().clock.now = new Date('2026-03-16T12:00:00Z');
    meppen = await insertMunicipality(t().conn, 'meppen');
    const osnabrueck = await insertMunicipality(t().conn, 'osnabrueck');
    counsellorA = await signedInClient(t().app, db(), {
      email: 'a@example.test',
      municipalityId: meppen,
      roles: ['counsellor'],
    });
    await signedInClient(t().app, db(), { email: 'b@example.test', municipalityId: meppen, roles: ['counsellor'] });
    qm = await signedInClient(t().app, db(), {
      email: 'qm@example.test',
      municipalityId: meppen,
      roles: ['quartier_manager'],
    });
    a = await fixtureService(db(), meppen, { title: 'Migrationsberatung', userId: await userId('a@example.test') });
    b = await fixtureService(db(), meppen, { title: 'Schuldnerberatung', userId: await userId('b@example.test') });
    const o = await fixtureService(db(), osnabrueck, { title: 'MBE Osnabrück' });
    ids.a1 = await fixtureAppointment(db(), meppen, { ...a, startsAt: at(DAY, 9), name: 'Samira Haddad' });
    ids.a2 = await fixtureAppointment(db(), meppen, {
      ...a,
      startsAt: at(DAY, 10),
      name: 'Yonas Tesfay',
      interpreterLanguage: 'ti',
    });
    ids.a3 = await fixtureAppointment(db(), meppen, { ...a, startsAt: at('2026-03-17', 9), name: 'Olena Kovalenko' });
    ids.b1 = await fixtureAppointment(db(), meppen, { ...b, startsAt: at(DAY, 9), name: 'Mariam Rahimi' });
    ids.o1 = await fixtureAppointment(db(), osnabrueck, { ...o, startsAt: at(DAY, 9), name: 'Iryna Petrenko' });
  });

  it('shows a counsellor only the appointments of their own services, and records the read', async () => {
    const page = await counsellorA.get(`${base}?date=${DAY}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Samira Haddad/);
    assert.match(page.body, /Yonas Tesfay/);
    assert.doesNotMatch(page.body, /Mariam Rahimi/);
    assert.doesNotMatch(page.body, /Iryna Petrenko/);
    assert.doesNotMatch(page.body, /Olena Kovalenko/);
    // Asking for someone else's day changes nothing for a counsellor.
    const other = await counsellorA.get(`${base}?date=${DAY}&counsellor=${b.userId}`);
    assert.doesNotMatch(other.body, /Mariam Rahimi/);
    const reads = await db()
      .selectFrom('audit_log')
      .select(['actor_user_id', 'subject_id'])
      .where('action', '=', 'read')
      .where('subject_type', '=', 'counselling.day')
      .where('actor_user_id', '=', a.userId)
      .execute();
    assert.equal(reads.length, 2);
    assert.equal(reads[0]!.subject_id, a.userId);
  });

  it("refuses a counsellor another service's appointment, and another municipality's day", async () => {
    assert.equal((await counsellorA.get(`${base}/${ids.b1}/done`)).statusCode, 403);
    const res = await counsellorA.post(`${base}/${ids.b1}/no-show`, {}, `${base}?date=${DAY}`);
    assert.equal(res.statusCode, 403);
    assert.equal((await counsellorA.get(`/de/m/osnabrueck/admin/counselling/day?date=${DAY}`)).statusCode, 403);
    assert.equal((await counsellorA.get(`${base}/${ids.o1}/done`)).statusCode, 404);
  });

  it('shows the Quartier manager every day of the municipality, or one counsellor’s', async () => {
    const all = await qm.get(`${base}?date=${DAY}`);
    assert.match(all.body, /Samira Haddad/);
    assert.match(all.body, /Mariam Rahimi/);
    assert.doesNotMatch(all.body, /Iryna Petrenko/);
    const one = await qm.get(`${base}?date=${DAY}&counsellor=${b.userId}`);
    assert.match(one.body, /Mariam Rahimi/);
    assert.doesNotMatch(one.body, /Samira Haddad/);
    assert.equal((await qm.get(`${base}?date=2026-02-30`)).statusCode, 400);
  });

  it('keeps bad input with a message and stores nothing', async () => {
    const url = `${base}/${ids.a1}/done`;
    const res = await counsellorA.post(url, {
      topic: 'housing',
      channel: 'in_person',
      language: 'ar',
      durationMinutes: '0',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Dauer von 1 bis 480 Minuten/);
    const bad = await counsellorA.post(url, {
      topic: 'gossip',
      channel: 'in_person',
      language: 'xx',
      durationMinutes: '30',
    });
    assert.equal(bad.statusCode, 422);
    const n = await db()
      .selectFrom('counselling_contacts')
      .select('id')
      .where('appointment_id', '=', ids.a1!)
      .execute();
    assert.equal(n.length, 0);
  });

  it('counts an appointment marked done twice once', async () => {
    const url = `${base}/${ids.a1}/done`;
    const form = {
      topic: 'housing',
      channel: 'in_person',
      language: 'ar',
      durationMinutes: '30',
      gender: 'woman',
      ageBand: '27_64',
    };
    const first = await counsellorA.post(url, form);
    assert.equal(first.statusCode, 303);
    const second = await counsellorA.post(url, form);
    assert.equal(second.statusCode, 409);
    const rows = await db()
      .selectFrom('counselling_contacts')
      .selectAll()
      .where('appointment_id', '=', ids.a1!)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.topic, 'housing');
    assert.equal(rows[0]!.day, DAY);
    assert.equal(rows[0]!.gender, 'woman');
  });

  it('marks a no-show once the appointment has begun, never before', async () => {
    const early = await counsellorA.post(`${base}/${ids.a3}/no-show`, {}, `${base}?date=${DAY}`);
    assert.equal(early.statusCode, 409);
    const res = await counsellorA.post(`${base}/${ids.a2}/no-show`, {}, `${base}?date=${DAY}`);
    assert.equal(res.statusCode, 303);
    const row = await db()
      .selectFrom('counselling_appointments')
      .select('status')
      .where('id', '=', ids.a2!)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'no_show');
  });

  it('counts a walk-in with one tap, editable in place, only for an own service', async () => {
    const res = await counsellorA.post(`${base}/walk-in`, { serviceId: a.serviceId }, `${base}?date=${DAY}`);
    assert.equal(res.statusCode, 303);
    const id = /contacts\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    const c = await db().selectFrom('counselling_contacts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(c.kind, 'walk_in');
    assert.equal(c.duration_minutes, 30);
    assert.equal(c.topic, 'migration');
    const edit = await counsellorA.post(`${base}/contacts/${id}`, {
      topic: 'work',
      channel: 'phone',
      language: 'fa',
      durationMinutes: '20',
    });
    assert.equal(edit.statusCode, 303);
    const after = await db()
      .selectFrom('counselling_contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([after.topic, after.channel, after.language, after.duration_minutes], ['work', 'phone', 'fa', 20]);
    const foreign = await counsellorA.post(`${base}/walk-in`, { serviceId: b.serviceId });
    assert.equal(foreign.statusCode, 303);
    const ofB = await db()
      .selectFrom('counselling_contacts')
      .select('id')
      .where('service_id', '=', b.serviceId)
      .execute();
    assert.equal(ofB.length, 0);
    assert.equal((await counsellorA.get(`${base}/contacts/${id}`)).statusCode, 200);
  });

  it('rebooks for the person: the old appointment cancelled, the new one keeps link and code', async () => {
    const old = await db()
      .selectFrom('counselling_appointments')
      .selectAll()
      .where('id', '=', ids.a3!)
      .executeTakeFirstOrThrow();
    const page = await counsellorA.get(`${base}/${ids.a3}/rebook`);
    assert.equal(page.statusCode, 200);
    const slot = `${a.counsellorId}|${at('2026-03-18', 11).toISOString()}`;
    const res = await counsellorA.post(`${base}/${ids.a3}/rebook`, { slot });
    assert.equal(res.statusCode, 303);
    const rows = await db()
      .selectFrom('counselling_appointments')
      .selectAll()
      .where('rebooked_from', '=', ids.a3!)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.token_hash, old.token_hash);
    assert.equal(rows[0]!.name, 'Olena Kovalenko');
    const was = await db()
      .selectFrom('counselling_appointments')
      .selectAll()
      .where('id', '=', ids.a3!)
      .executeTakeFirstOrThrow();
    assert.equal(was.status, 'cancelled');
    // A slot that is not free (a Sunday) is refused and nothing changes.
    const taken = await counsellorA.post(`${base}/${rows[0]!.id}/rebook`, {
      slot: `${a.counsellorId}|${at('2026-03-22', 9).toISOString()}`,
    });
    assert.equal(taken.statusCode, 409);
  });
});

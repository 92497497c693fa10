import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixtureService } from './counselling.fixtures.ts';

// The hours pages: a counsellor keeps their own weekly hours across their services and their exceptions, a
// keeper anyone's; bad input comes back as 422 with what was typed, and nothing is stored.

let serial = 0;

describe('counselling hours: pages, validation, who may', () => {
  let t: TestApp;
  let meppen: string;
  let osnabrueck: string;
  let me: Client;
  let first: { serviceId: string; counsellorId: string; userId: string };
  let second: { serviceId: string; counsellorId: string; userId: string };
  const own = '/de/m/meppen/admin/counselling/hours';

  async function person(m: string, role: 'counsellor' | 'municipality_admin') {
    const email = `hours-${process.pid}-${++serial}@example.test`;
    const c = await signedInClient(t.app, t.conn.db, { email, municipalityId: m, roles: [role] });
    const u = await t.conn.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return { c, userId: u.id };
  }
  const hoursOf = async (counsellorId: string) =>
    t.conn.db
      .selectFrom('counselling_hours')
      .select(['weekday', 'starts', 'ends'])
      .where('counsellor_id', '=', counsellorId)
      .orderBy('weekday')
      .orderBy('starts')
      .execute();

  before(async () => {
    t = await testApp();
    t.clock.now = new Date('2026-03-20T09:00:00Z');
    meppen = await insertMunicipality(t.conn, 'meppen');
    osnabrueck = await insertMunicipality(t.conn, 'osnabrueck');
    const p = await person(meppen, 'counsellor');
    me = p.c;
    first = await fixtureService(t.conn.db, meppen, { title: 'Migrationsberatung', weekdays: [1], userId: p.userId });
    second = await fixtureService(t.conn.db, meppen, {
      title: 'Schuldnerberatung',
      weekdays: [2],
      hours: ['14:00', '16:00'],
      userId: p.userId,
    });
  });
  after(() => t.close());

  test('the own page shows the hours of both services and the coming holidays with their effect', async () => {
    const res = await me.get(own);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Migrationsberatung/);
    assert.match(res.body, /Schuldnerberatung/);
    assert.match(res.body, /Ostermontag, Montag, 06\.04\.2026: Ihre Sprechzeiten an diesem Tag entfallen/);
    assert.match(res.body, /Karfreitag, Freitag, 03\.04\.2026: An diesem Wochentag haben Sie ohnehin keine Sprechzeit/);
  });

  test('a range is added, and one overlapping the other service on that weekday is refused with the input kept', async () => {
    const ok = await me.post(own, {
      service: second.counsellorId,
      weekday: '1',
      starts: '13:00',
      ends: '15:00',
      validFrom: '2026-03-23',
    });
    assert.equal(ok.statusCode, 303);
    assert.deepEqual(
      (await hoursOf(second.counsellorId)).map((h) => h.weekday),
      [1, 2],
    );
    const clash = await me.post(own, {
      service: second.counsellorId,
      weekday: '1',
      starts: '11:30',
      ends: '13:30',
      validFrom: '2026-03-23',
    });
    assert.equal(clash.statusCode, 422);
    assert.match(clash.body, /überschneidet sich/);
    assert.match(clash.body, /value="11:30"/);
    assert.equal((await hoursOf(second.counsellorId)).length, 2, 'nothing stored');
  });

  test('bad input: end before start, until before from, a day beyond two years, an unknown weekday → 422', async () => {
    const base = { service: first.counsellorId, weekday: '3', starts: '10:00', ends: '12:00', validFrom: '2026-04-01' };
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...base, ends: '09:00' }, /Das Ende muss nach dem Beginn liegen/],
      [{ ...base, validUntil: '2026-03-01' }, /darf nicht vor/],
      [{ ...base, validFrom: '2029-01-01' }, /höchstens 730 Tage/],
      [{ ...base, weekday: '8' }, /kern-error|role="alert"/],
      [{ ...base, starts: '25:00' }, /SS:MM/],
      [{ ...base, service: second.serviceId }, /eines Ihrer Angebote/],
    ];
    for (const [form, message] of cases) {
      const res = await me.post(own, form);
      assert.equal(res.statusCode, 422, JSON.stringify(form));
      assert.match(res.body, message);
    }
    assert.equal((await hoursOf(first.counsellorId)).length, 1, 'nothing stored');
  });

  test('exceptions: a day off for all services; other hours for all of two services, a past day → 422', async () => {
    const off = await me.post(`${own}/exceptions`, { exceptionService: 'all', day: '2026-03-30', reason: 'training' });
    assert.equal(off.statusCode, 303);
    const rows = await t.conn.db
      .selectFrom('counselling_exceptions')
      .select(['counsellor_id', 'reason'])
      .where('municipality_id', '=', meppen)
      .execute();
    assert.equal(rows.length, 2);
    const bad: Record<string, string>[] = [
      { exceptionService: 'all', day: '2026-03-31', dayStarts: '09:00', dayEnds: '10:00', reason: 'other' },
      { exceptionService: first.counsellorId, day: '2026-03-19', reason: 'leave' },
      { exceptionService: first.counsellorId, day: '2026-03-31', dayStarts: '09:00', reason: 'leave' },
      { exceptionService: first.counsellorId, day: '2026-03-31', reason: 'holiday' },
      // Tuesday 31 March: the other service holds 14:00–16:00.
      {
        exceptionService: first.counsellorId,
        day: '2026-03-31',
        dayStarts: '15:00',
        dayEnds: '17:00',
        reason: 'outreach',
      },
    ];
    for (const form of bad) {
      const res = await me.post(`${own}/exceptions`, form);
      assert.equal(res.statusCode, 422, JSON.stringify(form));
      assert.match(res.body, new RegExp(`value="${form.day}"`));
    }
    const page = await me.get(own);
    assert.match(page.body, /Fortbildung/);
  });

  test('a keeper opens anyone’s hours; a counsellor cannot, and cannot remove another person’s range', async () => {
    const admin = await person(meppen, 'municipality_admin');
    const url = `/de/m/meppen/admin/counselling/counsellors/${first.counsellorId}/hours`;
    const page = await admin.c.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Sprechzeiten von Frau Test/);
    const list = await admin.c.get('/de/m/meppen/admin/counselling/hours');
    assert.match(list.body, /counsellors\/[0-9a-f-]{36}\/hours/);
    assert.equal((await me.get(url)).statusCode, 403);
    const other = await person(meppen, 'counsellor');
    const stranger = await fixtureService(t.conn.db, meppen, { weekdays: [5], userId: other.userId });
    const range = await t.conn.db
      .selectFrom('counselling_hours')
      .select('id')
      .where('counsellor_id', '=', stranger.counsellorId)
      .executeTakeFirstOrThrow();
    const res = await me.post(`${own}/${range.id}/remove`, {});
    assert.equal(res.statusCode, 404);
    assert.equal((await hoursOf(stranger.counsellorId)).length, 1);
    const removed = await other.c.post(`${own}/${range.id}/remove`, {});
    assert.equal(removed.statusCode, 303);
    assert.equal((await hoursOf(stranger.counsellorId)).length, 0);
    const foreign = await person(osnabrueck, 'municipality_admin');
    const leak = await foreign.c.get(`/de/m/osnabrueck/admin/counselling/counsellors/${first.counsellorId}/hours`);
    assert.equal(leak.statusCode, 404);
  });
});

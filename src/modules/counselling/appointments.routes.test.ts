import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { fixtureInterpreter, fixtureService } from './counselling.fixtures.ts';

// The public booking pages without an account and without script: GET steps, the posted details, the code on
// screen, the booking's page by link and by code, cancel; a taken slot is a 409 with the input kept.

describe('booking pages', () => {
  const t = fixture(() => testApp());
  let m: string;
  const db = () => t().conn.db;
  before(async () => {
    m = await insertMunicipality(t().conn, 'meppen');
    t().clock.now = new Date('2026-03-20T08:00:00Z');
  });
  const details = (counsellorId: string, o: Record<string, string> = {}) => ({
    topic: 'housing',
    language: 'ar',
    channel: 'in_person',
    slot: `${counsellorId}.2026-03-23T08:00:00.000Z`,
    name: 'Samira',
    phone: '0151 2345678',
    consent: 'yes',
    ...o,
  });

  it('walks the steps, books, shows the code, finds the booking by code and cancels it', async () => {
    const f = await fixtureService(db(), m, { title: 'Wohnberatung' });
    const c = new Client(t().app);
    const base = `/de/m/meppen/counselling/${f.serviceId}/book`;
    assert.match((await c.get(base)).body, /Schritt 1 von 4/);
    const days = await c.get(`${base}?topic=housing&language=ar&channel=in_person`);
    assert.match(days.body, /Schritt 2 von 4/);
    const slots = await c.get(`${base}?topic=housing&language=ar&channel=in_person&day=2026-03-23`);
    assert.match(slots.body, /Schritt 3 von 4/);
    assert.match(slots.body, /type="radio"/);
    const slot = `${f.counsellorId}.2026-03-23T08:00:00.000Z`;
    const last = await c.get(`${base}?topic=housing&language=ar&channel=in_person&slot=${encodeURIComponent(slot)}`);
    assert.match(last.body, /Schritt 4 von 4/);
    const res = await c.post(base, details(f.counsellorId));
    assert.equal(res.statusCode, 201);
    const code = /<strong dir="ltr">([2-9A-Z]{4} [2-9A-Z]{4} [2-9A-Z])<\/strong>/.exec(res.body)?.[1];
    assert.ok(code, 'the code is on screen');
    const link = /\/de\/m\/meppen\/appointments\/[A-Za-z0-9_-]{43}/.exec(res.body)![0];
    assert.match((await c.get(link)).body, /Termin absagen/);
    const found = await c.post('/de/m/meppen/appointments/code', { code: code.toLowerCase() });
    assert.equal(found.statusCode, 200);
    assert.match(found.body, /Termin absagen/);
    const cancel = await c.post('/de/m/meppen/appointments/code/cancel', { code }, '/de/m/meppen/appointments/code');
    assert.equal(cancel.statusCode, 303);
    const dead = await c.post('/de/m/meppen/appointments/code', { code });
    const wrong = await c.post('/de/m/meppen/appointments/code', { code: 'AAAA AAAA A' });
    assert.equal(dead.statusCode, 404);
    assert.equal(wrong.statusCode, 404);
    const msg = (b: string) => /Zu diesem Code haben wir keinen gültigen Termin gefunden/.test(b);
    assert.ok(msg(dead.body) && msg(wrong.body), 'the same answer for a cancelled and a wrong code');
  });

  it('a booking in a language the service does not speak asks the pool: its Dari interpreters are mailed', async () => {
    const f = await fixtureService(db(), m, { title: 'Beratung mit Sprachmittlung' });
    const dari = await fixtureInterpreter(db(), m, ['prs']);
    await fixtureInterpreter(db(), m, ['ti']);
    const c = new Client(t().app);
    const base = `/fa/m/meppen/counselling/${f.serviceId}/book`;
    const slot = `${f.counsellorId}.2026-03-24T08:00:00.000Z`;
    const step4 = `${base}?topic=housing&language=prs&channel=in_person&slot=${encodeURIComponent(slot)}`;
    const res = await c.post(base, details(f.counsellorId, { language: 'prs', slot }), step4);
    assert.equal(res.statusCode, 201, res.body.slice(0, 300));
    const request = await db()
      .selectFrom('counselling_interpreter_requests')
      .select(['language', 'status'])
      .where('municipality_id', '=', m)
      .execute();
    assert.deepEqual(request, [{ language: 'prs', status: 'open' }]);
    const mails = await db()
      .selectFrom('mail_outbox')
      .innerJoin('users', 'users.email', 'mail_outbox.to_address')
      .select('users.id')
      .execute();
    assert.deepEqual(
      mails.map((r) => r.id),
      [dari.userId],
      'the Dari interpreter is told, the Tigrinya one is not',
    );
  });

  it('a taken slot: 409, the typed input kept and the other free slots offered; bad input 4xx', async () => {
    const f = await fixtureService(db(), m);
    const base = `/de/m/meppen/counselling/${f.serviceId}/book`;
    assert.equal(
      (await new Client(t().app).post(base, details(f.counsellorId), '/de/m/meppen/appointments/code')).statusCode,
      201,
    );
    const other = new Client(t().app);
    const taken = await other.post(
      base,
      details(f.counsellorId, { name: 'Omid Rahimi' }),
      '/de/m/meppen/appointments/code',
    );
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, /gerade von jemand anderem gebucht/);
    assert.match(taken.body, /value="Omid Rahimi"/);
    assert.match(taken.body, /type="radio"/);
    for (const bad of <Record<string, string>[]>[
      { language: 'xx' },
      { slot: 'nonsense' },
      { consent: '' },
      { slot: `${f.counsellorId}.2026-03-19T08:00:00.000Z` },
    ]) {
      const r = await other.post(base, details(f.counsellorId, bad), base);
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${JSON.stringify(bad)} → ${r.statusCode}`);
    }
    const rows = await db()
      .selectFrom('counselling_appointments')
      .select('id')
      .where('service_id', '=', f.serviceId)
      .execute();
    assert.equal(rows.length, 1);
  });
});

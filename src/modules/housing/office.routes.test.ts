import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { signedInClient } from '../../testing/access-matrix.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { accepted, addFlat, addHousehold, housingProvider } from './office.fixtures.ts';
import { csvField, median, pseudonym, timeToHome } from './office.service.ts';

// The housing office's overview and export: who may open them, what they show, and the CSV's form.

describe('housing office overview and export', () => {
  let t: TestApp;
  let meppen: string;
  let osnabrueck: string;
  let admin: Client;
  let qm: Client;
  let provider: string;
  before(async () => {
    t = await testApp();
    meppen = await insertMunicipality(t.conn, 'meppen');
    osnabrueck = await insertMunicipality(t.conn, 'osnabrueck');
    provider = await housingProvider(t.conn.db, meppen);
    admin = await signedInClient(t.app, t.conn.db, {
      email: 'amt@meppen.test',
      municipalityId: meppen,
      roles: ['municipality_admin'],
    });
    qm = await signedInClient(t.app, t.conn.db, {
      email: 'qm@meppen.test',
      municipalityId: meppen,
      roles: ['quartier_manager', 'landlord', 'counsellor', 'resident'],
    });
  });
  after(() => t.close());

  test('waiting households come by urgency, then waiting time; free flats are the published, unlet ones', async () => {
    const calm = await addHousehold(t.conn.db, meppen, {
      urgency: 0,
      waitingSince: '2020-01-01',
      name: 'Familie Calm',
    });
    const urgent = await addHousehold(t.conn.db, meppen, { urgency: 3, waitingSince: '2026-10-01' });
    await addFlat(t.conn.db, meppen, provider, { street: 'Nagelshof 23' });
    await addFlat(t.conn.db, meppen, provider, { street: 'Entwurfweg 1', status: 'draft' });
    const page = await admin.get('/de/m/meppen/admin/housing');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Wohnungsamt/);
    const first = page.body.indexOf(`H-${urgent.slice(0, 8)}`);
    assert.ok(first > 0 && first < page.body.indexOf(`H-${calm.slice(0, 8)}`), 'the emergency comes first');
    assert.match(page.body, /Nagelshof 23/);
    assert.doesNotMatch(page.body, /Entwurfweg 1/);
    assert.doesNotMatch(page.body, /Familie Calm/, 'no names on the office list');
    const ar = await admin.get('/ar/m/meppen/admin/housing');
    assert.match(ar.body, /dir="rtl"/);
    assert.match(ar.body, /مكتب الإسكان/);
  });

  test('only the municipality administrator opens the office; other roles are refused', async () => {
    for (const url of ['/de/m/meppen/admin/housing', '/de/m/meppen/admin/housing/waiting.csv']) {
      assert.equal((await qm.get(url)).statusCode, 403, url);
      const anonymous = await new Client(t.app).get(url);
      assert.ok([302, 303].includes(anonymous.statusCode), `${url}: anonymous → sign-in`);
      assert.equal((await admin.get(url.replace('meppen', 'osnabrueck'))).statusCode, 403);
    }
  });

  test('the CSV export: UTF-8 with BOM for Excel, pseudonyms, no names, quoted fields, audited', async () => {
    const h = await addHousehold(t.conn.db, meppen, { urgency: 2, name: 'Olena Kowalenko', persons: 3 });
    const res = await admin.get('/en/m/meppen/admin/housing/waiting.csv');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(res.headers['content-disposition']), /^attachment; filename=".+\.csv"$/);
    assert.equal(res.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf', 'starts with the UTF-8 byte-order mark');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(
      lines[0],
      'Household,Persons,Urgency,Waiting since,Days waiting,Must leave by,Accessibility need,Eligibility',
    );
    const row = lines.find((l) => l.startsWith(pseudonym(tenant(meppen), h)));
    assert.ok(row, 'the household appears under its pseudonym');
    assert.match(row!, /^H-[0-9A-F]{10},3,2,/);
    assert.doesNotMatch(res.body, /Kowalenko/);
    assert.ok(!res.body.includes(h), 'never the database id');
    const audit = await t.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'export')
      .where('municipality_id', '=', meppen)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.subject_type, 'housing.household');
  });

  test('CSV fields are quoted by RFC 4180 and formulas are defused', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvField(null), '');
    assert.equal(csvField(-3), '-3', 'numbers stay numbers');
  });

  test('time to a home: the median by household size, withheld for groups of fewer than five', async () => {
    // Osnabrück holds no other households in this file: its figures are the cases made here.
    const m = osnabrueck;
    const p = await housingProvider(t.conn.db, m);
    const waits = [10, 20, 30, 40, 200];
    for (const days of waits) {
      const h = await addHousehold(t.conn.db, m, { persons: 1, waitingSince: '2026-01-01' });
      const f = await addFlat(t.conn.db, m, p);
      const decided = new Date(Date.parse('2026-01-01T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
      await accepted(t.conn.db, m, h, f, decided);
    }
    for (const days of [5, 7]) {
      const h = await addHousehold(t.conn.db, m, { persons: 2, waitingSince: '2026-03-01' });
      const f = await addFlat(t.conn.db, m, p);
      await accepted(t.conn.db, m, h, f, `2026-03-${String(1 + days).padStart(2, '0')}`);
    }
    const figures = await timeToHome(t.conn.db, tenant(m));
    assert.deepEqual(figures[0], { size: 1, cases: 5, medianDays: 30, tooFew: false });
    assert.deepEqual(figures[1], { size: 2, cases: null, medianDays: null, tooFew: true });
    assert.deepEqual(figures[2], { size: 3, cases: 0, medianDays: null, tooFew: false });
    assert.equal(median([1, 2, 3, 4]), 3);
  });
});

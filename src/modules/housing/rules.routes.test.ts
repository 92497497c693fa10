import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { rulesInForce } from './rules.service.ts';

const wbs2027 = {
  validFrom: '2027-01-01',
  onePerson: '22000',
  twoPersons: '29500',
  perFurtherMember: '4000',
  perChild: '4000',
  source: 'Änderungsgesetz 2027',
};

describe('rule tables as dated data', () => {
  let t: TestApp;
  let state: Client;
  let meppenAdmin: Client;
  let osnaAdmin: Client;
  let meppenId: string;
  before(async () => {
    t = await testApp({}, [], { demo: true });
    t.clock.now = new Date('2026-12-02T10:00:00Z');

    const db = t.conn.db;
    const ids = await db.selectFrom('municipalities').select(['id', 'slug']).execute();
    meppenId = ids.find((m) => m.slug === 'meppen')?.id ?? '';
    const osna = ids.find((m) => m.slug === 'osnabrueck')?.id ?? '';
    state = await signedInClient(t.app, db, {
      email: 'rules-state@example.test',
      municipalityId: null,
      roles: ['state_admin'],
    });
    meppenAdmin = await signedInClient(t.app, db, {
      email: 'rules-m@example.test',
      municipalityId: meppenId,
      roles: ['municipality_admin'],
    });
    osnaAdmin = await signedInClient(t.app, db, {
      email: 'rules-o@example.test',
      municipalityId: osna,
      roles: ['municipality_admin'],
    });
  });
  after(() => t.close());

  test('the previous rule set gives the old figures for an earlier date; the version string names each table', async () => {
    const old = await rulesInForce(t.conn.db, null, '2024-06-01');
    assert.deepEqual(old.wbs.figures, {
      onePerson: 17_000,
      twoPersons: 23_000,
      perFurtherMember: 3_000,
      perChild: 3_000,
    });
    assert.match(old.ruleVersion, /^wbs:2010-01-01;/);
    const now = await rulesInForce(t.conn.db, meppenId, '2026-12-02');
    assert.equal(now.wbs.figures.onePerson, 21_250);
    assert.equal(
      now.ruleVersion,
      'wbs:2025-02-01;deductions:2025-07-30;space:2024-05-01;permits:2025-01-01;kdu-meppen:2025-01-01',
    );
    assert.equal(now.space.unsure, true, 'living space is marked unsure');
    assert.equal(now.kdu?.example, true);
  });

  test('"My Zuhause" and the staff navigation lead each administrator to their rule page', async () => {
    const me = await state.get('/de/me');
    assert.match(me.body, /href="\/de\/state\/housing\/rules"/);
    const mine = await meppenAdmin.get('/de/me');
    assert.match(mine.body, /href="\/de\/m\/meppen\/admin\/housing\/rent-limits"/);
    const nav = await meppenAdmin.get('/de/m/meppen/admin/housing/rent-limits');
    assert.match(nav.body, /href="\/de\/m\/meppen\/admin\/housing\/rent-limits"\s+aria-current="page"/);
    const pub = await new Client(t.app).get('/de/m/meppen');
    assert.match(pub.body, /href="\/de\/m\/meppen\/housing\/check"/, 'the public page links the check');
  });

  test('the state page shows each table in force, unsure values marked', async () => {
    const res = await state.get('/de/state/housing/rules');
    assert.equal(res.statusCode, 200);
    const text = res.body.replaceAll('\u00a0', ' ');
    assert.match(text, /21\.250,00 €/);
    assert.match(text, /Nicht sicher: Diese Werte sind noch zu prüfen\./);
    assert.match(text, /href="\/de\/state\/housing\/rules\/space"/);
    for (const locale of ['en', 'ar', 'uk'])
      assert.equal((await state.get(`/${locale}/state/housing/rules/permits`)).statusCode, 200);
  });

  test('a change adds a dated version and keeps the old one; the day after it starts, the check uses it', async () => {
    await state.get('/de/state/housing/rules/wbs');
    const res = await state.post('/de/state/housing/rules/wbs', wbs2027);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/de/state/housing/rules/wbs');
    const rows = await t.conn.db
      .selectFrom('housing_rule_sets')
      .select(['valid_from', 'figures'])
      .where('kind', '=', 'wbs')
      .execute();
    assert.equal(rows.length, 3, 'two earlier versions kept, one added');
    const page = await state.get('/de/state/housing/rules/wbs');
    assert.match(page.body, /gilt künftig/);
    assert.match(page.body, /gilt heute/);
    assert.match(page.body, /abgelöst/);
    assert.match(page.body, /Änderungsgesetz 2027/);
    assert.equal((await rulesInForce(t.conn.db, null, '2026-12-31')).wbs.figures.onePerson, 21_250);
    const later = await rulesInForce(t.conn.db, null, '2027-01-01');
    assert.equal(later.wbs.figures.onePerson, 22_000);
    assert.match(later.ruleVersion, /^wbs:2027-01-01;/);
    const audit = await t.conn.db
      .selectFrom('audit_log')
      .select(['changes', 'actor_user_id'])
      .where('subject_type', '=', 'housing.rule_set')
      .execute();
    assert.equal(audit.length, 1);
    assert.ok(audit[0]?.actor_user_id);
  });

  test('the same start day twice, or a wrong figure: 422 with the input kept', async () => {
    const same = await state.post('/de/state/housing/rules/wbs', { ...wbs2027, onePerson: '1' });
    assert.equal(same.statusCode, 422);
    assert.match(same.body, /An diesem Tag beginnt schon eine Version\./);
    const bad = await state.post('/de/state/housing/rules/space', { validFrom: '2027-13-01', size1: 'viel' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /id="f-size1"[^>]*value="viel"/);
    const permits = await state.post('/de/state/housing/rules/permits', {
      validFrom: '2027-02-01',
      minMonths: '12',
      'free-movement': 'maybe',
    });
    assert.equal(permits.statusCode, 422);
    assert.equal((await state.get('/de/state/housing/rules/other')).statusCode, 404);
  });

  test('a municipality administrator adds a rent-limit version; other municipalities and the public cannot', async () => {
    const url = '/de/m/meppen/admin/housing/rent-limits';
    const page = await meppenAdmin.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /id="f-rent3"[^>]*value="621"/, 'the form starts from the newest version');
    const form = {
      validFrom: '2026-07-01',
      rent1: '440',
      rent2: '530',
      rent3: '630.50',
      rent4: '730',
      rent5: '830',
      rent6: '930',
      officeName: 'Stadt Meppen – Fachbereich Soziales',
      officeEmail: 'wohnen@meppen.example',
    };
    assert.equal((await meppenAdmin.post(url, form)).statusCode, 303);
    const r = await rulesInForce(t.conn.db, meppenId, '2026-12-02');
    assert.deepEqual(r.kdu?.limits, [440, 530, 630.5, 730, 830, 930]);
    assert.equal(r.kdu?.example, false);
    assert.match(r.ruleVersion, /kdu-meppen:2026-07-01$/);
    const history = await meppenAdmin.get(url);
    assert.match(history.body, /abgelöst/);
    assert.equal((await meppenAdmin.post(url, { ...form, officeEmail: 'kein-mail' })).statusCode, 422);
    assert.equal((await osnaAdmin.get(url)).statusCode, 403);
    const anonymous = await new Client(t.app).get(url);
    assert.equal(anonymous.statusCode, 303);
    assert.equal((await meppenAdmin.get('/de/state/housing/rules')).statusCode, 403);
  });
});

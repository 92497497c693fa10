import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import { seedDemo } from '../../seed/seed.ts';
import type { TestApp } from '../../testing/app.ts';
import { testApp } from '../../testing/app.ts';
import { clientWithRole } from '../../testing/housing-apply.ts';
import { householdNeeds, ownHouseholdNeeds, rulesInForce } from './index.ts';

// Household profiles: made by the household itself (also from the eligibility check's answers), or by a counsellor
// together with it (consent recorded); residence data read only with an audit row; urgency set by staff only.

describe('household profiles', () => {
  let t: TestApp;
  let m: string;
  let osnabrueck: string;
  const base = '/de/m/meppen';
  before(async () => {
    t = await testApp();
    const ctx = await seedDemo(t.conn.db);
    m = seedId(ctx, 'municipality', 'meppen');
    osnabrueck = seedId(ctx, 'municipality', 'osnabrueck');
  });
  after(() => t.close());

  const residenceReads = async (id: string) =>
    (
      await t.conn.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'read')
        .where('subject_type', '=', 'housing.household')
        .where('subject_id', '=', id)
        .execute()
    ).length;

  test('from the check: the answers prefill the form, a wrong value is left out, the confirmed profile is stored', async () => {
    const { client, userId } = await clientWithRole(t.app, t.conn.db, { m, role: null, name: 'Neu Angemeldet' });
    const none = await client.get(`${base}/housing/household`);
    assert.equal(none.statusCode, 200);
    assert.match(none.body, /noch kein Haushaltsprofil/);
    assert.match(none.body, /href="\/de\/m\/meppen\/housing\/household\/new"/);
    const query =
      'from=check&adults=2&children=3&disabledMembers=1&annualIncome=30100&singleParent=no&benefits=yes&residence=humanitarian&permitValidUntil=2027-03-31&outcome=eligible&ruleVersion=wbs%3A2025-02-01%3Bkdu-meppen%3A2025-01-01&unborn=zwei';
    const form = await client.get(`${base}/housing/household/new?${query}`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="m5Role"[\s\S]*?<option value="child" selected/);
    const sixth = /name="m6Role">[\s\S]*?<\/select>/.exec(form.body)?.[0] ?? '';
    assert.ok(sixth && !sixth.includes('selected'), 'the unreadable unborn count is left out');
    assert.match(form.body, /name="eligibilityRuleVersion" value="wbs:2025-02-01;kdu-meppen:2025-01-01"/);
    assert.match(form.body, /id="f-onBenefits"[^>]*checked/, 'benefits=yes ticks the box');
    assert.match(form.body, /id="f-permitValidUntil"[^>]*value="2027-03-31"/);
    assert.match(form.body, /id="f-annualIncome"[^>]*value="30100"/);

    const noAdult = await client.post(`${base}/housing/household/new`, {
      m1Role: 'child',
      preferredLocale: 'de',
      rentLimit: '640',
    });
    assert.equal(noAdult.statusCode, 422);
    assert.match(noAdult.body, /Mindestens eine erwachsene Person/);
    assert.match(noAdult.body, /id="f-rentLimit"[^>]*value="640"/, 'the input is kept');

    const profile = {
      m1Role: 'adult',
      m1Age: '27-64',
      m2Role: 'adult',
      m2Age: '27-64',
      m3Role: 'child',
      m3Age: '6-13',
      m3Disabled: 'on',
      annualIncome: '30100',
      rentLimit: '640.50',
      needsStepFree: 'on',
      preferredLocale: 'ar',
      permitCategory: 'humanitarian',
      permitValidUntil: '2027-03-31',
      urgencyReason: 'Gemeinschaftsunterkunft',
      eligibilityOutcome: 'eligible',
      eligibilityRuleVersion: 'nds-2025-01',
    };
    const saved = await client.post(`${base}/housing/household/new`, profile);
    assert.equal(saved.statusCode, 303);
    const h = await t.conn.db
      .selectFrom('housing_households')
      .selectAll()
      .where('owner_user_id', '=', userId)
      .executeTakeFirstOrThrow();
    assert.equal(h.rent_limit_cents, 64_050);
    assert.equal(h.rent_limit_source, 'entered');
    assert.equal(h.eligibility_rule_version, 'nds-2025-01');
    assert.equal(h.urgency, 0, 'the household states a reason but does not set its urgency');
    const needs = await householdNeeds(t.conn.db, tenant(m), h.id);
    assert.deepEqual(
      {
        members: needs?.members,
        children: needs?.children,
        disabled: needs?.disabledMembers,
        stepFree: needs?.needsStepFree,
      },
      { members: 3, children: 1, disabled: 1, stepFree: true },
    );
    assert.equal(await householdNeeds(t.conn.db, tenant(osnabrueck), h.id), null, 'not under another municipality');
    assert.deepEqual(await ownHouseholdNeeds(t.conn.db, tenant(m), userId), needs, 'the same needs by the owner');

    const before = await residenceReads(h.id);
    const page = await client.get(`${base}/housing/household`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /humanitären Gründen/);
    assert.equal(await residenceReads(h.id), before + 1, 'reading residence data is audited');
    assert.equal(
      (await client.post(`${base}/admin/housing/households/${h.id}/urgency`, { urgency: '3' })).statusCode,
      403,
    );
  });

  test('on benefits, without an entered rent limit, the KdU limit for the household size is stored', async () => {
    const { client, userId } = await clientWithRole(t.app, t.conn.db, { m, role: 'resident' });
    await client.get(`${base}/housing/household/new`);
    const form = { m1Role: 'adult', m2Role: 'child', m3Role: 'child', preferredLocale: 'uk', onBenefits: 'on' };
    assert.equal((await client.post(`${base}/housing/household/new`, form)).statusCode, 303);
    const h = await t.conn.db
      .selectFrom('housing_households')
      .selectAll()
      .where('owner_user_id', '=', userId)
      .executeTakeFirstOrThrow();
    const kdu = (await rulesInForce(t.conn.db, m, new Date())).kdu!;
    assert.equal(h.rent_limit_source, 'kdu');
    assert.equal(h.rent_limit_cents, kdu.limits[2]! * 100);
    const page = await client.get('/de/m/meppen/housing/household');
    assert.match(page.body, /aus der Richtlinie der Kommune/);
  });

  test('a household paying its own rent gets no KdU limit (it applies to households on benefits only)', async () => {
    const { client, userId } = await clientWithRole(t.app, t.conn.db, { m, role: 'resident' });
    await client.get(`${base}/housing/household/new`);
    const form = { m1Role: 'adult', m2Role: 'adult', preferredLocale: 'de' };
    assert.equal((await client.post(`${base}/housing/household/new`, form)).statusCode, 303);
    const h = await t.conn.db
      .selectFrom('housing_households')
      .select(['rent_limit_source', 'rent_limit_cents'])
      .where('owner_user_id', '=', userId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(h, { rent_limit_source: 'none', rent_limit_cents: null });
  });

  test('a counsellor creates a profile with consent, sees only its own; the office sets the urgency', async () => {
    const counsellor = await clientWithRole(t.app, t.conn.db, { m, role: 'counsellor' });
    const colleague = await clientWithRole(t.app, t.conn.db, { m, role: 'counsellor' });
    const office = await clientWithRole(t.app, t.conn.db, { m, role: 'municipality_admin' });
    const url = `${base}/admin/housing/households/new`;
    await counsellor.client.get(url);
    const base422 = { m1Role: 'adult', preferredLocale: 'fa', consentOn: '2026-11-20', contactName: 'Familie Rahimi' };
    const noContact = await counsellor.client.post(url, base422);
    assert.equal(noContact.statusCode, 422);
    assert.match(noContact.body, /E-Mail-Adresse oder Telefonnummer/);
    const created = await counsellor.client.post(url, { ...base422, contactPhone: '+49 5931 12345' });
    assert.equal(created.statusCode, 303);
    const id = String(created.headers.location).split('/').pop()!;
    const h = await t.conn.db
      .selectFrom('housing_households')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(h.owner_user_id, null);
    assert.equal(h.created_by_user_id, counsellor.userId);
    assert.equal(h.consent_at.toISOString().slice(0, 10), '2026-11-20');

    const own = await counsellor.client.get(`${base}/admin/housing/households`);
    assert.match(own.body, /Familie Rahimi/);
    const theirs = await colleague.client.get(`${base}/admin/housing/households`);
    assert.doesNotMatch(theirs.body, /Familie Rahimi/);
    assert.equal((await colleague.client.get(`${base}/admin/housing/households/${id}`)).statusCode, 404);

    const reads = await residenceReads(id);
    assert.equal((await office.client.get(`${base}/admin/housing/households/${id}`)).statusCode, 200);
    assert.equal(await residenceReads(id), reads + 1);
    const bad = await office.client.post(`${base}/admin/housing/households/${id}/urgency`, { urgency: '7' });
    assert.equal(bad.statusCode, 422);
    const set = { urgency: '3', mustLeaveBy: '2027-01-15', urgencyReason: 'Unterkunft schließt' };
    assert.equal((await office.client.post(`${base}/admin/housing/households/${id}/urgency`, set)).statusCode, 303);
    const after = await t.conn.db
      .selectFrom('housing_households')
      .select(['urgency'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(after.urgency, 3);
  });

  test('the demo: households of Meppen and Osnabrück at several urgencies, the resident family of five in Arabic', async () => {
    const rows = await t.conn.db
      .selectFrom('housing_households')
      .select(['urgency', 'preferred_locale', 'owner_user_id', 'id', 'created_by_user_id'])
      .execute();
    assert.ok(new Set(rows.map((r) => r.urgency)).size >= 3);
    const own = await t.conn.db
      .selectFrom('housing_households as h')
      .innerJoin('users as u', 'u.id', 'h.owner_user_id')
      .select(['h.id', 'h.preferred_locale'])
      .where('u.email', 'like', 'bewohner.meppen@%')
      .executeTakeFirstOrThrow();
    assert.equal(own.preferred_locale, 'ar');
    assert.equal((await householdNeeds(t.conn.db, tenant(m), own.id))?.members, 5);
    assert.ok(
      rows.some((r) => r.owner_user_id === null && r.created_by_user_id !== null),
      'some created by a counsellor',
    );
  });
});

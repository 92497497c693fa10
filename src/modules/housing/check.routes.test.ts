import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';

const URL_DE = '/de/m/meppen/housing/check';
const household = { step: '1', adults: '3', children: '0', go: 'next' };
const income = { grossIncome: '43000', paysTax: 'yes', paysHealth: 'yes', paysPension: 'yes', benefits: 'no' };
const residence = { residence: 'humanitarian', permitValidUntil: '2030-01-31' };

/** Hidden fields of a rendered step, as a browser would send them back. */
function hidden(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    if (m[1] !== '_csrf') out[m[1] as string] = (m[2] as string).replaceAll('&amp;', '&');
  }
  return out;
}

/** An app with the demo seeded, its clock on the check's day. */
async function demoApp(): Promise<TestApp> {
  const t = await testApp({}, [], { demo: true });
  t.clock.now = new Date('2026-12-02T10:00:00Z');

  return t;
}

async function auditRows(t: TestApp): Promise<number> {
  const r = await t.conn.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('public eligibility check', () => {
  let t: TestApp;
  before(async () => {
    t = await demoApp();
  });
  after(() => t.close());

  test('step 1 renders without an account in all seven locales, right to left in Arabic and Farsi', async () => {
    const c = new Client(t.app);
    for (const locale of LOCALES) {
      const res = await c.get(`/${locale}/m/meppen/housing/check`);
      assert.equal(res.statusCode, 200, locale);
      assert.match(
        res.body,
        new RegExp(`<html lang="${locale}" dir="${locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr'}"`),
      );
      assert.doesNotMatch(res.body, /housing\.check\./, `${locale}: no message key shows`);
      assert.match(res.body, /name="adults"/);
      assert.doesNotMatch(res.body, /<script/);
    }
    assert.equal((await c.get('/de/m/nowhere/housing/check')).statusCode, 404);
  });

  test('three steps carry the answers in hidden fields and end in the result with figures in words', async () => {
    const c = new Client(t.app);
    await c.get(URL_DE);
    const before = await auditRows(t);
    const s2 = await c.post(URL_DE, household);
    assert.equal(s2.statusCode, 200);
    assert.match(s2.body, /Schritt 2 von 3/);
    assert.deepEqual({ adults: hidden(s2.body).adults, step: hidden(s2.body).step }, { adults: '3', step: '2' });
    const s3 = await c.post(URL_DE, { ...hidden(s2.body), ...income, go: 'next' });
    assert.match(s3.body, /Schritt 3 von 3/);
    assert.doesNotMatch(s3.body, /name="country|nationalit|Staatsangehörigkeit Ihres/i, 'never asks for a country');
    const result = await c.post(URL_DE, { ...hidden(s3.body), ...residence, go: 'next' });
    assert.equal(result.statusCode, 200);
    const text = result.body.replaceAll('\u00a0', ' ');
    // 43,000 € gross − 30 % flat deductions = 30,100 €; the limit for 3 adults is 32,500 €.
    assert.match(text, /Ihr Einkommen von 30\.100,00 € liegt unter der Grenze von 32\.500,00 € für 3 Personen\./);
    assert.match(text, /Sie können voraussichtlich einen WBS bekommen\./);
    assert.match(text, /Wohnfläche bis 75 m²/);
    assert.match(text, /Bruttokaltmiete bis 621,00 € im Monat für 3 Personen/, 'Meppen’s example KdU for 3 persons');
    assert.match(text, /Beispielwerte, von der Kommune noch zu bestätigen\./);
    assert.match(
      text,
      /wbs:2025-02-01;deductions:2025-07-30;space:2024-05-01;permits:2025-01-01;kdu-meppen:2025-01-01/,
    );
    assert.match(text, /Markt 43, 49716 Meppen/);
    const save = /href="(\/de\/login\?next=[^"]+)"/.exec(result.body)?.[1] ?? '';
    const next = decodeURIComponent(save.replace('/de/login?next=', '')).replaceAll('&amp;', '&');
    assert.match(next, /^\/de\/m\/meppen\/housing\/household\/new\?from=check&adults=3&children=0/);
    assert.match(next, /ruleVersion=wbs%3A2025-02-01/);
    assert.equal(await auditRows(t), before, 'the check stores nothing');
  });

  test('a permit with less than 12 months left gives "case by case" with the reason', async () => {
    const c = new Client(t.app);
    const answers = { ...household, ...income, residence: 'humanitarian', permitValidUntil: '2027-06-30', step: '3' };
    const res = await c.post(URL_DE, answers, URL_DE);
    const text = res.body.replaceAll('\u00a0', ' ');
    assert.match(text, /Die Kommune muss im Einzelfall entscheiden\./);
    assert.match(text, /gilt bis 30\.06\.2027, also weniger als 12 Monate \(nötig wäre bis 02\.12\.2027\)/);
  });

  test('wrong answers: 422 with the input kept and a message per field; a tampered earlier step goes back to it', async () => {
    const c = new Client(t.app);
    const res = await c.post(
      URL_DE,
      { step: '1', adults: '0', children: '1', disabledMembers: '9', go: 'next' },
      URL_DE,
    );
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<title>Fehler: /);
    assert.match(res.body, /id="f-adults"[^>]*value="0"/);
    assert.match(res.body, /id="f-disabledMembers"[^>]*aria-invalid="true"[^>]*value="9"|value="9"/);
    const tampered = await c.post(URL_DE, { ...household, adults: 'x', ...income, ...residence, step: '3' });
    assert.equal(tampered.statusCode, 422);
    assert.match(tampered.body, /Schritt 1 von 3/);
    const asylum = await c.post(URL_DE, { ...household, ...income, residence: 'asylum-seeker', step: '3' });
    assert.equal(asylum.statusCode, 422);
    assert.match(asylum.body, /Bitte beantworten Sie die Frage zur Schutzquote/);
    const ar = new Client(t.app);
    const arRes = await ar.post(
      '/ar/m/meppen/housing/check',
      { ...household, grossIncome: '-5', step: '2' },
      '/ar/m/meppen/housing/check',
    );
    assert.equal(arRes.statusCode, 422);
    assert.match(arRes.body, /dir="rtl"/);
  });

  test('"back" shows the earlier step with everything typed kept', async () => {
    const c = new Client(t.app);
    const res = await c.post(URL_DE, { ...household, ...income, step: '3', go: 'back' }, URL_DE);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Schritt 2 von 3/);
    assert.match(res.body, /id="f-grossIncome"[^>]*value="43000"/);
    assert.equal(hidden(res.body).adults, '3');
  });
});

describe('eligibility API', () => {
  let t: TestApp;
  before(async () => {
    t = await demoApp();
  });
  after(() => t.close());

  const post = (payload: unknown, lang = 'en') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/housing/eligibility',
      payload: payload as object,
      headers: { 'accept-language': lang },
    });

  test('answers the outcome, limits, rule version and reasons in words', async () => {
    const body = {
      adults: 2,
      children: 2,
      singleParent: false,
      disabledMembers: 0,
      annualIncome: 40_000,
      residence: 'humanitarian',
      municipality: 'osnabrueck',
    };
    const res = await post(body);
    assert.equal(res.statusCode, 200);
    const json = res.json();
    assert.equal(json.outcome, 'eligible');
    assert.equal(json.incomeLimit, 43_750);
    assert.equal(json.spaceLimit, 85);
    assert.equal(json.rentLimit, 808);
    assert.match(json.ruleVersion, /kdu-osnabrueck:2025-01-01$/);
    assert.ok(
      json.reasons.some(
        (r: { code: string; text: string }) => r.code === 'incomeBelow' && /€43,750\.00 for 4 persons/.test(r.text),
      ),
    );
    const none = (await post({ ...body, municipality: undefined, singleParent: true, adults: 1, children: 1 })).json();
    assert.equal(none.incomeLimit, 32_500);
    assert.equal(none.rentLimit, null);
    assert.doesNotMatch(none.ruleVersion, /kdu/);
  });

  test('bad input: 422 problem+json naming each field', async () => {
    const res = await post(
      { adults: 0, children: 'two', singleParent: false, annualIncome: -1, residence: 'martian' },
      'de',
    );
    assert.equal(res.statusCode, 422);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    const fields = Object.keys(res.json().fields).sort();
    assert.deepEqual(fields, ['adults', 'annualIncome', 'children', 'disabledMembers', 'residence']);
    // A value of the wrong type is "invalid", not "required": only the field left out is missing.
    assert.equal(res.json().fields.children.code, 'validation.invalid');
    assert.equal(res.json().fields.disabledMembers.code, 'validation.required');
    const unknown = await post({
      adults: 1,
      children: 0,
      singleParent: false,
      disabledMembers: 0,
      annualIncome: 1,
      residence: 'free-movement',
      municipality: 'atlantis',
    });
    assert.equal(unknown.statusCode, 422);
    assert.deepEqual(Object.keys(unknown.json().fields), ['municipality']);
    assert.equal((await post('not json at all')).statusCode < 500, true);
  });

  test('is documented in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/housing/eligibility']?.post;
    assert.ok(op, 'the operation is in the document');
    assert.ok(op.responses['200'] && op.responses['422']);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedDemo } from '../seed/seed.ts';
import { MUNICIPAL_ROLES, probedRoutes, signedInClient } from './access-matrix.ts';
import type { Client, TestApp } from './app.ts';
import { testApp } from './app.ts';
import { crawlForms, type FoundForm, routePattern } from './crawl.ts';
import { AddressedClient } from './users.ts';

// Every form the application shows — found by following links as a visitor, as a municipality's staff and as
// the state — gets hostile input. Whatever it is, the answer is never a 5xx; a rejected form (422) says what is
// wrong in an error summary and gives back what was typed.

const HOSTILE = `<script>alert(1)</script> ' " ; -- ${'x'.repeat(300)} \u202Eعربي 🏠 \u0000`;
const VARIANTS: Record<string, (type: string) => string | string[]> = {
  empty: () => '',
  hostile: () => HOSTILE,
  huge: () => 'y'.repeat(20_000),
  numbers: () => '-1e309',
  repeated: () => ['1', '2'],
};
const TYPED = new Set(['text', 'email', 'textarea', 'url', 'tel', 'search', 'number']);
// Forms whose success ends the crawl's session or needs a one-time secret are still probed, but last.
const LAST = /\/logout$/;

function body(form: FoundForm, csrf: string, value: (type: string) => string | string[]): string {
  const params = new URLSearchParams();
  for (const f of form.fields) {
    if (f.name === '_csrf') continue;
    const v = value(f.type);
    for (const x of Array.isArray(v) ? v : [v]) params.append(f.name, x);
  }
  params.append('_csrf', csrf);
  return params.toString();
}

async function hammer(client: Client, form: FoundForm): Promise<string[]> {
  const problems: string[] = [];
  await client.get(form.page); // a fresh token for this page
  for (const [name, value] of Object.entries(VARIANTS)) {
    const res = await client.request({
      method: 'POST',
      url: form.action,
      payload: body(form, client.csrf, value),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (res.statusCode >= 500) problems.push(`${form.action} (${name}) → ${res.statusCode}`);
    if (res.statusCode === 422) {
      if (!res.body.includes('role="alert"')) problems.push(`${form.action} (${name}) → 422 without an error summary`);
      if (!/<title>Fehler: /.test(res.body))
        problems.push(`${form.action} (${name}) → 422 whose title does not say "Fehler:"`);
      // Only what a person typed can be given back; a select cannot show a value it does not offer.
      const typed = form.fields.filter((f) => TYPED.has(f.type) && f.name !== 'code');
      if (name === 'hostile' && typed.length > 0 && !res.body.includes('&lt;script>alert(1)&lt;/script>')) {
        problems.push(`${form.action} (${name}) → 422 does not give back what was typed`);
      }
    }
  }
  for (const [type, payload] of [
    ['application/json', '{"_csrf":[1],"name":{"$gt":""}}'],
    ['text/plain', 'just text'],
  ] as const) {
    const res = await client.request({ method: 'POST', url: form.action, payload, headers: { 'content-type': type } });
    if (res.statusCode >= 500) problems.push(`${form.action} (${type}) → ${res.statusCode}`);
  }
  return problems;
}

describe('bad input to every form', () => {
  let t: TestApp;
  const found: FoundForm[] = [];
  before(async () => {
    t = await testApp();
    await seedDemo(t.conn.db);
    const ids = await t.conn.db.selectFrom('municipalities').select(['id', 'slug']).execute();
    const meppen = ids.find((m) => m.slug === 'meppen')!.id;
    // One feedback message in Meppen's inbox and one in the state's, so that their pages and forms are found.
    await t.conn.db
      .insertInto('feedback')
      .values([
        { message: 'Meppen', locale: 'de', email: null, page_url: null, municipality_id: meppen },
        { message: 'Land', locale: 'de', email: 'a@example.org', page_url: null, municipality_id: null },
      ])
      .execute();
    const visitors: [Client, string[]][] = [
      [new AddressedClient(t.app), ['/de/', '/de/login', '/de/register', '/de/password/forgot', '/de/feedback']],
      [
        await signedInClient(t.app, t.conn.db, {
          email: 'bad-input-staff@example.test',
          municipalityId: meppen,
          roles: MUNICIPAL_ROLES,
        }),
        [
          '/de/m/meppen',
          '/de/account',
          '/de/m/meppen/admin/quartiere',
          '/de/m/meppen/admin/providers',
          '/de/m/meppen/admin/people',
          '/de/m/meppen/admin/feedback',
        ],
      ],
      [
        await signedInClient(t.app, t.conn.db, {
          email: 'bad-input-state@example.test',
          municipalityId: null,
          roles: ['state_admin'],
        }),
        ['/de/state/municipalities', '/de/state/outbox', '/de/state/audit', '/de/state/feedback'],
      ],
    ];
    for (const [client, starts] of visitors) {
      const { forms } = await crawlForms(client, starts, { prefix: '/de/', maxPages: 150, skip: /\/(logout|api)\b/ });
      for (const f of forms) found.push(f);
      (client as Client & { forms?: FoundForm[] }).forms = forms;
    }
    (t as TestApp & { visitors?: typeof visitors }).visitors = visitors;
  });
  after(() => t.close());

  test('the crawl finds a form for every POST route', () => {
    // Reached only with a one-time secret (a TOTP code, a mailed token); their own tests send them bad input.
    const secret = new Set([
      '/:locale/login/totp',
      '/:locale/password/reset/:token',
      '/:locale/invitation/:token',
      '/:locale/register/confirm/:token',
      '/:locale/account/totp/replace',
    ]);
    const posts = probedRoutes(t.app).filter(
      (r) => r.method === 'POST' && r.url.startsWith('/:locale/') && !secret.has(r.url),
    );
    const uncovered = posts.filter(
      (r) => !found.some((f) => routePattern(r.url.replace(':locale', 'de')).test(f.action)),
    );
    assert.deepEqual(
      uncovered.map((r) => r.url),
      [],
      'POST routes that no page offers a form for (link the form from a page, or extend the crawl)',
    );
  });

  test('no form answers hostile input with a 5xx, and rejections keep the input', async (ctx) => {
    ctx.diagnostic(`${found.length} forms found by the crawl`);
    const visitors = (t as TestApp & { visitors: [Client & { forms: FoundForm[] }, string[]][] }).visitors;
    const problems: string[] = [];
    for (const [client] of visitors) {
      const ordered = [...client.forms].sort((a, b) => Number(LAST.test(a.action)) - Number(LAST.test(b.action)));
      for (const form of ordered) problems.push(...(await hammer(client, form)));
    }
    assert.ok(found.length >= 10, `only ${found.length} forms found`);
    assert.deepEqual(problems, []);
  });
});

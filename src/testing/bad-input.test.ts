import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fillParams, MUNICIPAL_ROLES, probedRoutes, signedInClient } from './access-matrix.ts';
import type { Client, TestApp } from './app.ts';
import { testApp } from './app.ts';
import { crawlForms, type FoundForm, routePattern } from './crawl.ts';
import { AddressedClient } from './users.ts';
import { housingFormsFixture } from './housing-apply.ts';
import { registrationsToRead } from './community-registrations.ts';
import { appointmentsToRead } from './counselling-appointments.ts';
import { eventFormPages } from './audit-tour.community-events.ts';
import { helpFormsFixture } from './community-help.ts';
import { counsellingServiceFormPages } from './counselling-services.ts';
import { hoursFormsFixture } from './counselling-hours.ts';
import { interpreterFormPages } from './counselling-interpreters.ts';
import { dayToRead } from './counselling-day.ts';
import { guidePageToTranslate } from './welcome-translations.ts';
import { mentoringToRead } from './mentoring-programmes.ts';
import { welcomePlacesFormPages } from './audit-tour.welcome-places.ts';
import { guideFormPages } from './welcome-guide.ts';
import { practiceFormPages } from './welcome-practice.ts';
import { matchingFormPages } from './mentoring-matching.ts';
import { mentoringSessionsFormPages } from './mentoring-sessions.ts';
import { mentoringWorkspaceForms } from './audit-tour.mentoring-workspace.ts';

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

// Hostile values for path segments and query parameters: NUL, bad UTF-8, impossible dates and numbers, traversal,
// SQL and markup, an almost-uuid, and lengths no slug has. Percent-encoded as a browser or a script would send them.
const HOSTILE_SEGMENTS = [
  '%00',
  '%ff',
  '%c3%28',
  '..',
  "'%20or%201=1--",
  '%3Cscript%3E',
  '00000000-0000-0000-0000-00000000000g',
  'x'.repeat(300),
];
const HOSTILE_QUERY = [
  '%00',
  '%ff',
  '0000-01-01',
  '9999-99-99',
  '-1',
  '1e999',
  '99999999999999999999',
  '%27',
  'a&page=b',
];
const QUERY_NAMES = ['page', 'from', 'to', 'status', 'action', 'subjectType', 'next', 'q'];

/** Each page URL with one path segment (after the locale) replaced by each hostile value. */
function segmentVariants(url: string): string[] {
  const [path] = url.split('?');
  const segments = path!.split('/');
  const out: string[] = [];
  for (let i = 2; i < segments.length; i++) {
    if (segments[i] === '') continue;
    for (const v of HOSTILE_SEGMENTS) out.push(segments.map((s, j) => (j === i ? v : s)).join('/'));
  }
  return out;
}

describe('bad input to every form', () => {
  let t: TestApp;
  const found: FoundForm[] = [];
  before(async () => {
    t = await testApp({}, [], { demo: true });
    const ids = await t.conn.db.selectFrom('municipalities').select(['id', 'slug']).execute();
    const meppen = ids.find((m) => m.slug === 'meppen')!.id;
    const osnabrueck = ids.find((m) => m.slug === 'osnabrueck')!.id;
    // One feedback message in Meppen's inbox and one in the state's, so that their pages and forms are found.
    await t.conn.db
      .insertInto('feedback')
      .values([
        { message: 'Meppen', locale: 'de', email: null, page_url: null, municipality_id: meppen },
        { message: 'Land', locale: 'de', email: 'a@example.org', page_url: null, municipality_id: null },
      ])
      .execute();
    const staff = await signedInClient(t.app, t.conn.db, {
      email: 'bad-input-staff@example.test',
      municipalityId: meppen,
      roles: MUNICIPAL_ROLES,
    });
    const housing = await housingFormsFixture(t.conn.db, meppen, 'bad-input-staff@example.test');
    const registrations = await registrationsToRead(t.conn.db, t.clock.now);
    const appointments = await appointmentsToRead(t.conn.db, t.clock.now);
    const help = await helpFormsFixture(t.conn.db, staff, meppen);
    const hours = await hoursFormsFixture(t.conn.db, meppen, 'meppen', 'bad-input-staff@example.test');
    const interpreters = await interpreterFormPages(t.conn.db, meppen, 'bad-input-staff@example.test');
    const day = await dayToRead(t.conn.db, t.clock.now, 'bad-input-staff@example.test');
    const translated = await guidePageToTranslate(t.conn.db, meppen);
    const practice = await practiceFormPages(t.conn.db);
    const mentoring = await mentoringWorkspaceForms(
      t.app,
      t.conn.db,
      meppen,
      'meppen',
      'bad-input-staff@example.test',
      t.clock.now,
    );
    const visitors: [Client, string[]][] = [
      [new AddressedClient(t.app), ['/de/', '/de/login', '/de/register', '/de/password/forgot', '/de/feedback']],
      [
        staff,
        [
          ...housing,
          ...help,
          ...hours,
          ...interpreters,
          '/de/m/meppen',
          '/de/account',
          '/de/m/meppen/admin/quartiere',
          '/de/m/meppen/admin/providers',
          '/de/m/meppen/admin/people',
          '/de/m/meppen/admin/feedback',
          '/de/m/meppen/admin/registrations',
          registrations.register,
          registrations.holder,
          registrations.attendance,
          registrations.list,
          appointments.details,
          appointments.code,
          appointments.holder,
          ...(await eventFormPages(t.conn.db, meppen, 'meppen')),
          ...(await counsellingServiceFormPages(t.conn.db, meppen)),
          ...(await welcomePlacesFormPages(t.conn.db, meppen)),
          ...(await guideFormPages(t.conn.db, meppen, 'meppen')),
          ...Object.values(day),
          '/de/m/meppen/admin/guide/translations',
          `/de/m/meppen/admin/guide/${translated}/translate/fa`,
          ...practice.meppen,
          ...(await matchingFormPages(t.conn.db, meppen, 'meppen', 'bad-input-staff@example.test')),
          ...(await mentoringSessionsFormPages(t.conn.db, meppen, 'meppen', 'bad-input-staff@example.test')),
          ...(await mentoringToRead(t.conn.db, meppen, 'meppen', t.clock.now, 'bad-input-staff@example.test')),
        ],
      ],
      // Osnabrück's demo round has been run: its proposals' confirmation forms.
      [
        await signedInClient(t.app, t.conn.db, {
          email: 'bad-input-osnabrueck@example.test',
          municipalityId: osnabrueck,
          roles: ['municipality_admin'],
        }),
        ['/de/m/osnabrueck/admin/housing'],
      ],
      [
        await signedInClient(t.app, t.conn.db, {
          email: 'bad-input-state@example.test',
          municipalityId: null,
          roles: ['state_admin'],
        }),
        // Without a household in Meppen, the state's person is shown the form that creates one.
        [
          '/de/state/municipalities',
          '/de/state/outbox',
          '/de/state/audit',
          '/de/state/feedback',
          '/de/m/meppen/housing/household/new',
          ...practice.state,
        ],
      ],
      [staff, mentoring.staffPages],
      [mentoring.participant, mentoring.participantPages],
    ];
    for (const [client, starts] of visitors) {
      const { forms, pages } = await crawlForms(client, starts, {
        prefix: '/de/',
        maxPages: 600,
        skip: /\/(logout|api)\b/,
        sameShape: 2,
      });
      for (const f of forms) found.push(f);
      (client as Client & { forms?: FoundForm[] }).forms = forms;
      (client as Client & { pages?: string[] }).pages = pages;
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
      // Offered only to the person who made the booking (none of the crawl's visitors has one); the rooms part's
      // route tests send it bad input.
      '/:locale/m/:municipality/bookings/:id/cancel',
      // Shown only in the answer to a right code (a POST); the appointments' route tests send it bad input.
      '/:locale/m/:municipality/appointments/code/cancel',
      '/:locale/m/:municipality/appointments/code/rebook',
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

  test('the named examples are a localised 404 or 422 page (problem+json under /api), never a 5xx', async () => {
    const meppen = (
      await t.conn.db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').execute()
    )[0]!;
    const staff = await signedInClient(t.app, t.conn.db, {
      email: 'bad-path-staff@example.test',
      municipalityId: meppen.id,
      roles: MUNICIPAL_ROLES,
    });
    const cases: [string, number, RegExp][] = [
      ['/de/m/%00', 404, /^text\/html/],
      ['/api/v1/municipalities/%00', 404, /^application\/problem\+json/],
      ['/en/m/%00/admin/people', 404, /^text\/html/],
      ['/de/m/meppen/admin/audit?from=0000-01-01', 422, /^text\/html/],
      ['/de/%ff', 404, /^text\/html/],
      ['/ar/m/meppen/q/%ff', 404, /^text\/html/],
      // The welcome search: a page that is no page number, a query longer than 200 characters.
      ['/ar/m/meppen/search?q=WBS&page=abc', 422, /^text\/html/],
      [`/de/m/meppen/search?q=${'x'.repeat(201)}`, 422, /^text\/html/],
    ];
    for (const [url, status, type] of cases) {
      const res = await staff.get(url);
      assert.equal(res.statusCode, status, url);
      assert.match(String(res.headers['content-type']), type, url);
      if (type.source.includes('html')) assert.match(res.body, /<html lang="(de|en|ar)"/, `${url}: a localised page`);
    }
  });

  test('no GET page answers a hostile path segment or query value with a 5xx or bare JSON', async (ctx) => {
    const db = t.conn.db;
    const meppen = (await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').execute())[0]!;
    const clients = [
      new AddressedClient(t.app),
      await signedInClient(t.app, db, {
        email: 'bad-query-staff@example.test',
        municipalityId: meppen.id,
        roles: MUNICIPAL_ROLES,
      }),
      await signedInClient(t.app, db, {
        email: 'bad-query-state@example.test',
        municipalityId: null,
        roles: ['state_admin'],
      }),
    ];
    // One concrete URL per GET route: a real one where a crawl finds it (real ids), else with random ids.
    const routes = probedRoutes(t.app).filter((r) => r.method === 'GET' && r.url.includes(':'));
    const byRoute = new Map(routes.map((r) => [r.url, fillParams(r.url, 'meppen')]));
    const crawled = new Set<string>();
    for (const c of clients) {
      const starts = ['/de/', '/de/m/meppen/admin/quartiere', '/de/state/municipalities'];
      const { pages } = await crawlForms(c, starts, {
        prefix: '/de/',
        maxPages: 60,
        skip: /\/logout\b/,
        sameShape: 1,
      });
      for (const p of pages) {
        const r = routes.find((x) => routePattern(x.url.replace(':locale', 'de')).test(p));
        if (r && !crawled.has(r.url)) {
          crawled.add(r.url);
          byRoute.set(r.url, p);
        }
      }
    }
    const urls = [...byRoute.values()];
    const problems: string[] = [];
    let sent = 0;
    for (const url of urls) {
      // Each URL is probed by the first visitor who may open it: the others are refused before any input is read,
      // and the route parses what it is given the same way for everyone who gets that far.
      let c: Client | undefined;
      for (const candidate of clients) {
        if ((await candidate.get(url)).statusCode !== 200) continue;
        c = candidate;
        break;
      }
      if (c) {
        const base = url.split('?')[0]!;
        const tries = [
          ...segmentVariants(url),
          ...QUERY_NAMES.flatMap((name) => HOSTILE_QUERY.map((v) => `${base}?${name}=${v}`)),
        ];
        for (const u of tries) {
          const res = await c.get(u);
          sent++;
          const type = String(res.headers['content-type'] ?? '');
          if (res.statusCode >= 500) problems.push(`${u} → ${res.statusCode}`);
          else if (!u.startsWith('/api/') && res.statusCode >= 400 && !type.startsWith('text/html'))
            problems.push(`${u} → ${res.statusCode} ${type} (not a page)`);
        }
      }
    }
    ctx.diagnostic(`${urls.length} URLs, ${sent} hostile requests`);
    assert.deepEqual(problems, []);
  });
});

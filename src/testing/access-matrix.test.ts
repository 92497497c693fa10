import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { PUBLIC } from '../platform/http/access.ts';
import { localeParams } from '../platform/http/params.ts';
import { collectRoutes, routesWithoutAccess, routesWithUncheckedParams } from '../platform/http/route-table.ts';
import {
  acquireCsrf,
  fillParams,
  isMunicipal,
  listRoutes,
  MUNICIPAL_ROLES,
  probe,
  probedRoutes,
  signedInClient,
} from './access-matrix.ts';
import { Client, testApp } from './app.ts';
import { fixture } from './fixture.ts';

// Every route of the whole application, probed as an anonymous visitor and as a staff member of another
// municipality. A new route without a policy, or a policy that lets the wrong people in, fails here.

const LOGIN = /^\/[a-z]{2}\/login(\/totp)?(\?|$)/;

describe('access matrix', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));

  test('the application registers routes and the table sees them', () => {
    const urls = t().app.routeTable.map((r) => `${r.method} ${r.url}`);
    assert.ok(urls.includes('GET /healthz'), 'the route table misses GET /healthz');
    assert.ok(urls.length > 5);
  });

  test('every route declares config.access', () => {
    const missing = routesWithoutAccess(probedRoutes(t().app));
    assert.equal(missing.length, 0, `Routes without config.access (add PUBLIC, SIGNED_IN, …):\n${listRoutes(missing)}`);
  });

  test('every route with path parameters checks them with a params schema (the one input gate)', () => {
    const unchecked = routesWithUncheckedParams(probedRoutes(t().app));
    assert.equal(unchecked.length, 0, `Routes whose :params reach the handler unchecked:\n${listRoutes(unchecked)}`);
  });

  test('anonymous requests to non-public routes never succeed', async (ctx) => {
    const anonymous = new Client(t().app);
    const publicPages = probedRoutes(t().app)
      .filter((r) => r.access?.kind === 'public' && r.method === 'GET')
      .map((r) => fillParams(r.url, 'osnabrueck'));
    const hasToken = await acquireCsrf(anonymous, publicPages);
    const closed = probedRoutes(t().app).filter((r) => r.access?.kind !== 'public');
    ctx.diagnostic(`${closed.length} non-public routes; form token ${hasToken ? 'found' : 'not found'}`);
    const wrong: { method: string; url: string; status: number; note?: string }[] = [];
    for (const r of closed) {
      const url = fillParams(r.url, 'osnabrueck');
      const res = await probe(anonymous, r.method, url);
      const location = String(res.headers.location ?? '');
      if (res.statusCode < 300 || res.statusCode >= 500) wrong.push({ method: r.method, url, status: res.statusCode });
      else if (res.statusCode < 400 && !LOGIN.test(location))
        wrong.push({ method: r.method, url, status: res.statusCode, note: `to ${location}` });
    }
    assert.equal(wrong.length, 0, `Anonymous requests that were not refused:\n${listRoutes(wrong)}`);
  });

  test('every municipal role in Meppen opens nothing of Osnabrück and nothing state-wide', async (ctx) => {
    const meppen = await t()
      .conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    const osnabrueck = await t()
      .conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'osnabrueck')
      .executeTakeFirstOrThrow();
    assert.notEqual(meppen.id, osnabrueck.id);
    const staff = await signedInClient(t().app, t().conn.db, {
      email: 'matrix-all-roles@example.test',
      municipalityId: meppen.id,
      roles: MUNICIPAL_ROLES,
    });
    // The signed-in layout carries the logout form, hence a form token.
    await acquireCsrf(staff, []);
    const home = await staff.get('/de');
    assert.equal(home.statusCode, 200);

    // Signed-in-only routes (e.g. one's own account) are open to every user by design; role routes are not.
    const guarded = probedRoutes(t().app).filter(
      (r) => r.access?.kind === 'roles' && (r.access.scope === 'state' || isMunicipal(r)),
    );
    ctx.diagnostic(`${guarded.length} role-guarded routes probed for Osnabrück or state-wide`);
    const wrong: { method: string; url: string; status: number }[] = [];
    for (const r of guarded) {
      const url = fillParams(r.url, 'osnabrueck');
      const res = await probe(staff, r.method, url);
      if (![400, 403, 404].includes(res.statusCode)) wrong.push({ method: r.method, url, status: res.statusCode });
    }
    assert.equal(wrong.length, 0, `A Meppen staff member reached (expected 400, 403 or 404):\n${listRoutes(wrong)}`);

    // Control: the same person does get into Meppen's own staff pages, so the refusals above are not an
    // artefact of a broken sign-in.
    const own = guarded.filter(
      (r) =>
        r.method === 'GET' &&
        r.access?.kind === 'roles' &&
        r.access.scope === 'municipality' &&
        r.url.replace(/:(locale|municipality)\b/g, '').indexOf(':') === -1,
    );
    const refusedAtHome: { method: string; url: string; status: number }[] = [];
    for (const r of own) {
      const url = fillParams(r.url, 'meppen');
      const res = await staff.get(url);
      if (res.statusCode !== 200) refusedAtHome.push({ method: r.method, url, status: res.statusCode });
    }
    ctx.diagnostic(`${own.length} of Meppen's own staff pages opened as a control`);
    assert.equal(refusedAtHome.length, 0, `Meppen's own staff pages did not open:\n${listRoutes(refusedAtHome)}`);
  });
});

describe('route-table checker', () => {
  test('reports a route registered without an access policy, and only that one', async () => {
    const app = Fastify({ logger: false });
    collectRoutes(app);
    app.get('/open', { config: { access: PUBLIC } }, async () => 'ok');
    await app.register(async (child) => {
      child.post('/forgotten', async () => 'oops');
    });
    await app.ready();
    const missing = routesWithoutAccess(app.routeTable);
    assert.deepEqual(
      missing.map((r) => `${r.method} ${r.url}`),
      ['POST /forgotten'],
    );
    assert.ok(app.routeTable.some((r) => r.url === '/open' && r.access?.kind === 'public'));
    await app.close();
  });

  test('reports a route whose path parameters have no schema, and only that one', async () => {
    const app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    collectRoutes(app);
    app.get('/:locale/checked', { config: { access: PUBLIC }, schema: { params: localeParams } }, async () => 'ok');
    app.get('/:locale/unchecked', { config: { access: PUBLIC } }, async () => 'oops');
    app.get('/plain', { config: { access: PUBLIC } }, async () => 'ok');
    await app.ready();
    assert.deepEqual(
      routesWithUncheckedParams(app.routeTable).map((r) => `${r.method} ${r.url}`),
      ['GET /:locale/unchecked', 'HEAD /:locale/unchecked'],
    );
    await app.close();
  });
});

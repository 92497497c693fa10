import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { signedInClient } from '../../testing/access-matrix.ts';
import type { Client } from '../../testing/app.ts';
import type { Role } from '../auth/session-user.ts';
import { createSession } from '../auth/sessions.ts';
import { type TestApp, testApp } from '../../testing/app.ts';
import '../auth/auth-tables.ts';
import { QUERY_COUNT_HEADER } from './request-scope.ts';

const queries = (res: { headers: Record<string, unknown> }) => Number(res.headers[QUERY_COUNT_HEADER]);

describe('page cache, tenant and session caches', () => {
  let t: TestApp;
  let serial = 0;
  const addMunicipality = async (name: string) => {
    serial += 1;
    const slug = `pc-${serial}`;
    await t.conn.db
      .insertInto('municipalities')
      .values({ slug, ags: String(31_000_000 + serial), name, district: 'Emsland' })
      .execute();
    return slug;
  };

  before(async () => {
    t = await testApp();
    await addMunicipality('Anfangsstadt');
  });
  after(() => t.close());

  test('an anonymous page is answered from memory the second time, with its ETag, and 304 when unchanged', async () => {
    const first = await t.app.inject('/de/');
    const second = await t.app.inject('/de/');
    assert.equal(first.statusCode, 200);
    assert.ok(queries(first) >= 1);
    assert.equal(queries(second), 0, 'served without a query');
    assert.equal(second.body, first.body);
    assert.ok(String(second.headers.etag).startsWith('W/"'));
    assert.equal(second.headers.etag, first.headers.etag);
    assert.match(String(second.headers['content-security-policy']), /default-src 'self'/);
    const revisit = await t.app.inject({ url: '/de/', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(revisit.statusCode, 304);
    assert.equal(revisit.body, '');
  });

  test('identical requests arriving together after a change build the page once', async () => {
    await t.app.inject('/de/?together');
    await addMunicipality('Gleichzeitig'); // the page is stale now: the next requests must build it anew
    const all = await Promise.all(Array.from({ length: 8 }, () => t.app.inject('/de/?together')));
    assert.ok(all.every((r) => r.statusCode === 200 && r.body === all[0]!.body));
    const total = all.reduce((n, r) => n + queries(r), 0);
    assert.equal(total, 1, 'one build, seven waited for it');
  });

  test('assets carry an ETag and answer 304 when unchanged', async () => {
    const css = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec((await t.app.inject('/de/')).body)?.[1];
    assert.ok(css);
    const first = await t.app.inject({ url: css, headers: { 'accept-encoding': 'br' } });
    assert.equal(first.statusCode, 200);
    assert.ok(first.headers.etag);
    const again = await t.app.inject({ url: css, headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('keeps the page compressed in the encoding asked for', async () => {
    const plain = await t.app.inject('/de/');
    const br = await t.app.inject({ url: '/de/', headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
  });

  test('a change to the data a page shows makes it anew', async () => {
    await t.app.inject('/de/');
    await addMunicipality('Neustadt am Test');
    const res = await t.app.inject('/de/');
    assert.match(res.body, /Neustadt am Test/);
    assert.ok(queries(res) >= 1);
  });

  test('a page with a form is never shared: each visitor gets its own form token', async () => {
    const a = await t.app.inject('/de/login');
    const b = await t.app.inject('/de/login');
    const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    assert.ok(token(a.body));
    assert.notEqual(token(a.body), token(b.body));
    assert.ok(b.cookies.some((c) => c.name === 'zh_csrf'));
  });

  test('a visitor with a cookie a page might read gets a page made for them', async () => {
    await t.app.inject('/de/');
    const own = await t.app.inject({ url: '/de/', headers: { cookie: 'zh_consent_map=1' } });
    assert.equal(own.statusCode, 200);
    assert.ok(queries(own) >= 1, 'built, not taken from memory');
    const lang = await t.app.inject({ url: '/de/', headers: { cookie: 'zh_lang=de' } });
    assert.equal(queries(lang), 0, 'the language cookie alone changes nothing');
  });

  test('a signed-in visitor never gets the shared page', async () => {
    await t.app.inject('/de/');
    const m = await t.conn.db.selectFrom('municipalities').select('id').limit(1).executeTakeFirstOrThrow();
    const client = await signedInClient(t.app, t.conn.db, {
      email: 'page-cache@example.test',
      municipalityId: m.id,
      roles: ['volunteer'],
    });
    const res = await client.get('/de/');
    assert.match(res.body, /Access Matrix/);
    assert.match(res.body, /name="_csrf"/);
  });

  test('a renamed municipality is found under its new slug at once, and no longer under the old one', async () => {
    const slug = await addMunicipality('Umbenannt');
    assert.equal((await t.app.inject(`/de/m/${slug}`)).statusCode, 200);
    await t.conn.db
      .updateTable('municipalities')
      .set({ slug: `${slug}-neu` })
      .where('slug', '=', slug)
      .execute();
    assert.equal((await t.app.inject(`/de/m/${slug}`)).statusCode, 404);
    assert.equal((await t.app.inject(`/de/m/${slug}-neu`)).statusCode, 200);
  });

  test('an ended session ends at once, though sessions are kept in memory', async () => {
    const m = await t.conn.db.selectFrom('municipalities').select('id').limit(1).executeTakeFirstOrThrow();
    const client = await signedInClient(t.app, t.conn.db, {
      email: 'session-cache@example.test',
      municipalityId: m.id,
      roles: ['volunteer'],
    });
    assert.match((await client.get('/de/')).body, /Access Matrix/);
    assert.match((await client.get('/de/')).body, /Access Matrix/);
    await t.conn.db.deleteFrom('sessions').execute();
    const after = await client.get('/de/');
    assert.doesNotMatch(after.body, /Access Matrix/);
  });

  test('"last seen" is written at most once a minute per session', async () => {
    const m = await t.conn.db.selectFrom('municipalities').select('id').limit(1).executeTakeFirstOrThrow();
    const client = await signedInClient(t.app, t.conn.db, {
      email: 'last-seen@example.test',
      municipalityId: m.id,
      roles: ['volunteer'],
    });
    const lastSeen = async () =>
      new Date((await t.conn.db.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at);
    const start = await lastSeen();
    t.clock.now = new Date(start.getTime() + 30_000);
    await client.get('/de/');
    assert.equal((await lastSeen()).getTime(), start.getTime(), 'not after 30 s');
    t.clock.now = new Date(start.getTime() + 61_000);
    await client.get('/de/');
    assert.equal((await lastSeen()).getTime(), start.getTime() + 61_000, 'after a minute');
    t.clock.now = new Date(start.getTime() + 90_000);
    await client.get('/de/');
    assert.equal((await lastSeen()).getTime(), start.getTime() + 61_000, 'not again within the minute');
    t.clock.now = new Date();
  });

  describe('pages of a signed-in visitor', () => {
    const signIn = async (email: string, roles: Role[] = ['volunteer']) => {
      const m = await t.conn.db.selectFrom('municipalities').select('id').limit(1).executeTakeFirstOrThrow();
      return signedInClient(t.app, t.conn.db, { email, municipalityId: m.id, roles });
    };
    // The first visit may set the form-token secret (a new cookie, so a new key); from the second on it is settled.
    const settle = async (client: Client, url: string) => {
      await client.get(url);
      await client.get(url);
    };

    test('are kept for that visitor, private to their browser, and made anew when what they show changes', async () => {
      const client = await signIn('personal-a@example.test');
      await settle(client, '/de/');
      const again = await client.get('/de/');
      assert.equal(again.statusCode, 200);
      assert.equal(queries(again), 0, 'from memory');
      assert.equal(again.headers['cache-control'], 'private, no-cache');
      assert.match(again.body, /Access Matrix/);
      await addMunicipality('Nachbarort im Test');
      const changed = await client.get('/de/');
      assert.ok(queries(changed) >= 1, 'built anew');
      assert.match(changed.body, /Nachbarort im Test/);
    });

    test('are never given to another visitor', async () => {
      const a = await signIn('personal-b@example.test');
      await settle(a, '/de/');
      const b = await signIn('personal-c@example.test');
      await t.conn.db
        .updateTable('users')
        .set({ display_name: 'Zweite Person' })
        .where('email', '=', 'personal-c@example.test')
        .execute();
      const page = await b.get('/de/');
      assert.match(page.body, /Zweite Person/);
      assert.doesNotMatch(page.body, /Access Matrix/);
      const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
      assert.notEqual(token(page.body), token((await a.get('/de/')).body));
    });

    test("survive other people signing in, and follow a change of the visitor's own roles", async () => {
      const client = await signIn('personal-d@example.test');
      await signIn('personal-e@example.test');
      const other = await t.conn.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'personal-e@example.test')
        .executeTakeFirstOrThrow();
      await settle(client, '/de/');
      await createSession(t.conn.db, other.id, t.app.deps.now()); // someone else signs in
      await client.get('/healthz'); // the session cache reads this visitor's session again (any page would)
      assert.equal(queries(await client.get('/de/')), 0, 'another session does not touch this page');
      const user = await t.conn.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'personal-d@example.test')
        .executeTakeFirstOrThrow();
      const m = await t.conn.db.selectFrom('municipalities').select('id').limit(1).executeTakeFirstOrThrow();
      await t.conn.db
        .insertInto('role_assignments')
        .values({
          user_id: user.id,
          role: 'quartier_manager',
          municipality_id: m.id,
          quartier_id: null,
          provider_id: null,
        })
        .execute();
      assert.ok(queries(await client.get('/de/')) >= 1, 'built anew for the new role');
    });

    test('a page that shows sessions is made anew when a session of its own starts', async () => {
      const client = await signIn('personal-f@example.test');
      await settle(client, '/de/account');
      assert.equal(queries(await client.get('/de/account')), 0);
      const user = await t.conn.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'personal-f@example.test')
        .executeTakeFirstOrThrow();
      await createSession(t.conn.db, user.id, t.app.deps.now());
      assert.ok(queries(await client.get('/de/account')) >= 1);
    });
  });
});

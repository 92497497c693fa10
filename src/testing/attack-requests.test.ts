import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildApp } from '../app.ts';
import { catalogDirs, Messages } from '../platform/i18n/messages.ts';
import { catalogSources, manifests } from '../modules/index.ts';
import { Client, testApp } from './app.ts';
import { AddressedClient, createUser, signIn } from './users.ts';
import { fixture } from './fixture.ts';

// Findings 5, 6 and 10 of the account audit, replayed as the attacker would try them.

// Behind one reverse proxy at 10.0.0.1; the generated cookie secret lives in the database.
const t = fixture(() => testApp({ trustProxy: ['10.0.0.1'], sessionSecret: undefined }));

/** Posts the forgot-password form with a fresh form token, from `remoteAddress` with the given forwarding header. */
async function forgot(remoteAddress: string, forwardedFor?: string) {
  const c = new Client(t().app);
  const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  await c.request({ method: 'GET', url: '/en/password/forgot', remoteAddress, headers });
  return c.request({
    method: 'POST',
    url: '/en/password/forgot',
    remoteAddress,
    payload: new URLSearchParams({ email: 'someone@example.org', _csrf: c.csrf }).toString(),
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('client addresses come only from trusted proxies', () => {
  test('attacker: a new X-Forwarded-For on every request does not escape the per-address limit', async () => {
    // Through the proxy: the attacker's own hop (added by the proxy) is what counts, not the forged ones before it.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await forgot('10.0.0.1', `198.51.100.${i}, 203.0.113.7`)).statusCode);
    assert.deepEqual(statuses, [303, 303, 303, 303, 303, 429]);
    // Past the proxy, straight to the server: the header is not believed at all.
    const direct: number[] = [];
    for (let i = 0; i < 6; i++) direct.push((await forgot('203.0.113.8', `198.51.100.${i}`)).statusCode);
    assert.deepEqual(direct, [303, 303, 303, 303, 303, 429]);
    // Another client behind the same proxy is not affected.
    assert.equal((await forgot('10.0.0.1', '203.0.113.9')).statusCode, 303);
  });
});

describe('form tokens are bound to the session', () => {
  test("attacker: their own valid form token pair is refused with the victim's session", async () => {
    const victim = await createUser(t().conn.db, { email: 'victim@example.org' });
    const v = new AddressedClient(t().app);
    await signIn(v, 'en', victim.email, victim.password);
    const victimSession = /zh_sid=[^;]+/.exec(v.cookies)![0];

    // The attacker gets a valid pair on their own (anonymous, and then signed in) and plants it beside the
    // victim's session cookie.
    const attacker = await createUser(t().conn.db, { email: 'attacker@example.org' });
    const a = new AddressedClient(t().app);
    await a.get('/en/login');
    const anonymousPair = { cookies: a.cookies.replace(/zh_sid=[^;]+(; )?/, ''), token: a.csrf };
    await signIn(a, 'en', attacker.email, attacker.password);
    await a.get('/en/account');
    const signedInPair = { cookies: a.cookies.replace(/zh_sid=[^;]+(; )?/, ''), token: a.csrf };

    for (const pair of [anonymousPair, signedInPair]) {
      const forged = await t().app.inject({
        method: 'POST',
        url: '/en/logout',
        payload: new URLSearchParams({ _csrf: pair.token }).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `${pair.cookies}; ${victimSession}`,
        },
      });
      assert.equal(forged.statusCode, 403);
    }
    assert.equal((await v.get('/en/account')).statusCode, 200, 'the victim is still signed in');
    assert.equal((await v.post('/en/logout', {})).statusCode, 303, "the victim's own token works");
  });
});

describe('the cookie secret is shared', () => {
  test('restart: a form opened on one process is accepted by another (secret kept in the database)', async () => {
    const messages = new Messages(catalogDirs(catalogSources));
    const other = await buildApp(
      { config: t().config, db: t().conn.db, engine: t().conn.engine, messages, now: () => t().clock.now },
      manifests,
    );
    try {
      const c = new AddressedClient(t().app);
      const page = await c.get('/en/login');
      assert.equal(page.statusCode, 200);
      const res = await other.inject({
        method: 'POST',
        url: '/en/login',
        remoteAddress: c.remoteAddress,
        payload: new URLSearchParams({ email: 'x@example.org', password: 'not right', _csrf: c.csrf }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: c.cookies },
      });
      assert.equal(res.statusCode, 422, 'the form token of the first process is valid on the second');
    } finally {
      await other.close();
    }
  });
});

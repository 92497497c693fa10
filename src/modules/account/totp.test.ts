import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadSession } from '../../platform/auth/sessions.ts';
import { totpCode, totpCounter } from '../../platform/auth/totp.ts';
import { decide, inMunicipality } from '../../platform/http/access.ts';
import { type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { secretFor } from '../../platform/auth/secrets.ts';
import { decryptTotpSecret } from '../../platform/auth/totp-crypto.ts';
import { AddressedClient, createUser, currentTotpCode, signIn } from '../../testing/users.ts';
import { addressKey } from './sign-in-throttle.ts';

let t: TestApp;
let municipalityId: string;
before(async () => {
  t = await testApp();
  municipalityId = await insertMunicipality(t.conn, 'meppen');
});
after(() => t.close());

const admin = () => inMunicipality('municipality_admin');
const totpKey = () => secretFor(t.conn.db, 'totp-encryption', t.config.totpKey);

async function sessionUser(c: AddressedClient) {
  const token = /(?:^|; )zh_sid=([^;]+)/.exec(c.cookies)?.[1];
  assert.ok(token, 'a session cookie is set');
  return loadSession(t.conn.db, token, { demoMode: t.config.demoMode, now: t.clock.now });
}

async function totpState(userId: string) {
  return t.conn.db
    .selectFrom('users')
    .select(['totp_secret', 'totp_enabled_at', 'totp_last_counter'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

describe('staff must set up and use TOTP', () => {
  test('setup: mandatory redirect, secret kept server-side, wrong code refused, right code enables', async () => {
    const u = await createUser(t.conn.db, {
      email: 'admin@example.org',
      roles: [{ role: 'municipality_admin', municipalityId }],
    });
    const c = new AddressedClient(t.app);
    const login = await signIn(c, 'en', u.email, u.password);
    assert.equal(login.headers.location, '/en/account/totp?next=%2Fen%2F');
    assert.equal(decide(admin(), await sessionUser(c), municipalityId), 'secondFactor');
    const prompt = await c.get('/en/login/totp');
    assert.equal(prompt.statusCode, 303, 'no TOTP yet: the prompt sends to the setup');
    assert.match(String(prompt.headers.location), /^\/en\/account\/totp/);

    const page = await c.get('/en/account/totp?next=/en/account');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store', 'the page shows a secret');
    const { totp_secret: stored, totp_enabled_at } = await totpState(u.id);
    assert.ok(stored);
    assert.equal(totp_enabled_at, null);
    assert.match(stored, /^v1\./, 'encrypted at rest');
    const secret = decryptTotpSecret(await totpKey(), stored);
    assert.ok(!stored.includes(secret), 'the plain key is not in the database');
    assert.ok(page.body.includes(secret.replace(/(.{4})(?=.)/g, '$1 ')), 'the key is shown as text');
    assert.match(page.body, /otpauth:\/\/totp\/Zuhause:admin%40example\.org\?/);
    assert.match(page.body, /<img class="z-qr" src="data:image\/svg\+xml;base64,/, 'a QR code rendered here');
    assert.doesNotMatch(page.body, /<img[^>]+src="https?:/, 'no third-party image');
    assert.doesNotMatch(page.body, /type="hidden" name="secret"/);
    assert.equal((await totpState(u.id)).totp_secret, stored, 'reloading keeps the pending secret');

    const right = currentTotpCode(c, secret);
    const wrong = right === '000000' ? '111111' : '000000';
    const bad = await c.post('/en/account/totp', { code: wrong, next: '/en/account' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /The code is not right/);
    assert.equal((await totpState(u.id)).totp_enabled_at, null);
    const ok = await c.post('/en/account/totp', { code: right, next: '/en/account' });
    assert.equal(ok.statusCode, 200, 'the recovery codes, shown once');
    assert.equal(ok.headers['cache-control'], 'no-store');
    const codes = [...ok.body.matchAll(/<code class="z-secret" dir="ltr">([A-Z2-9]{5}-[A-Z2-9]{5})<\/code>/g)];
    assert.equal(codes.length, 10);
    assert.match(ok.body, /href="\/en\/account"/);
    const after = await totpState(u.id);
    assert.ok(after.totp_enabled_at);
    assert.equal(after.totp_last_counter, totpCounter(t.clock.now));
    assert.equal(decide(admin(), await sessionUser(c), municipalityId), 'allow');
    const account = await c.get('/en/account');
    assert.match(account.body, /Municipal administrator/);
    assert.match(account.body, /Meppen/);
  });

  test('sign-in with TOTP: prompt, wrong code, a reused code refused, the next step accepted', async () => {
    const u = await createUser(t.conn.db, {
      email: 'counsellor@example.org',
      roles: [{ role: 'counsellor', municipalityId }],
      totp: true,
    });
    const secret = u.totpSecret!;
    const c = new AddressedClient(t.app);
    await c.get('/en/login');
    const login = await c.post('/en/login', { email: u.email, password: u.password, next: '/en/account' });
    assert.equal(login.headers.location, '/en/login/totp?next=%2Fen%2Faccount');
    assert.equal(decide(inMunicipality('counsellor'), await sessionUser(c), municipalityId), 'secondFactor');

    const page = await c.get('/en/login/totp?next=%2Fen%2Faccount');
    assert.equal(page.statusCode, 200);
    const counter = totpCounter(t.clock.now);
    const code = totpCode(secret, counter);
    const wrong = await c.post('/en/login/totp', {
      code: code === '000000' ? '111111' : '000000',
      next: '/en/account',
    });
    assert.equal(wrong.statusCode, 422);

    const ok = await c.post('/en/login/totp', { code, next: '/en/account' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/en/account');
    assert.equal(decide(inMunicipality('counsellor'), await sessionUser(c), municipalityId), 'allow');

    // Someone who saw the code tries it in another browser within the same window.
    const other = new AddressedClient(t.app);
    await other.get('/en/login');
    await other.post('/en/login', { email: u.email, password: u.password });
    const replay = await other.post('/en/login/totp', { code, next: '/en/' });
    assert.equal(replay.statusCode, 422);
    assert.match(replay.body, /already been used/);
    assert.equal(decide(inMunicipality('counsellor'), await sessionUser(other), municipalityId), 'secondFactor');
    const nextStep = await other.post('/en/login/totp', { code: totpCode(secret, counter + 1), next: '/en/' });
    assert.equal(nextStep.statusCode, 303, 'the following step (within the ±1 window) is accepted');
  });

  test('a password alone cannot replace an enabled authenticator', async () => {
    const u = await createUser(t.conn.db, { email: 'replace@example.org', totp: true });
    const before = await totpState(u.id);
    const c = new AddressedClient(t.app);
    await c.get('/en/login');
    await c.post('/en/login', { email: u.email, password: u.password });
    const page = await c.get('/en/account/totp');
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /^\/en\/login\/totp/);
    await c.get('/en/login/totp'); // a page, for the form token of the new session
    const post = await c.post('/en/account/totp', { code: '123456' });
    assert.equal(post.statusCode, 303);
    assert.deepEqual(await totpState(u.id), before);
  });

  test('wrong codes slow down, then cool the address down (the same throttle as passwords)', async () => {
    const u = await createUser(t.conn.db, { email: 'guesser@example.org', totp: true });
    const c = new AddressedClient(t.app);
    await c.get('/en/login');
    await c.post('/en/login', { email: u.email, password: u.password });
    const right = currentTotpCode(c, u.totpSecret!);
    const wrong = right === '000000' ? '111111' : '000000';
    const start = t.clock.now;
    try {
      for (let i = 0; i < 3; i++) assert.equal((await c.post('/en/login/totp', { code: wrong })).statusCode, 422);
      assert.equal((await c.post('/en/login/totp', { code: wrong })).statusCode, 429, 'too soon after three');
      for (let i = 3; i < 10; i++) {
        t.clock.now = new Date(t.clock.now.getTime() + 1000 * 2 ** (i - 3) + 1);
        assert.equal((await c.post('/en/login/totp', { code: wrong })).statusCode, 422, `attempt ${i + 1}`);
      }
      t.clock.now = new Date(t.clock.now.getTime() + 60_000);
      assert.equal((await c.post('/en/login/totp', { code: wrong })).statusCode, 429, 'cooling down');
      const row = await t.conn.db
        .selectFrom('sign_in_throttle')
        .select('locked_until')
        .where('key', '=', addressKey(u.email))
        .executeTakeFirstOrThrow();
      assert.ok(row.locked_until);
    } finally {
      t.clock.now = start;
    }
  });
});

describe('anyone with TOTP enabled', () => {
  test('is only half signed in until the code: signed-in pages send to the code prompt', async () => {
    const u = await createUser(t.conn.db, { email: 'careful-resident@example.org', totp: true });
    const c = new AddressedClient(t.app);
    await c.get('/en/login');
    const login = await c.post('/en/login', { email: u.email, password: u.password, next: '/en/account' });
    assert.equal(login.headers.location, '/en/login/totp?next=%2Fen%2Faccount');
    const early = await c.get('/en/account');
    assert.equal(early.statusCode, 303);
    assert.equal(early.headers.location, '/en/login/totp?next=%2Fen%2Faccount');
    const code = await c.post('/en/login/totp', { code: currentTotpCode(c, u.totpSecret!), next: '/en/account' });
    assert.equal(code.headers.location, '/en/account');
    assert.equal((await c.get('/en/account')).statusCode, 200);
  });

  test('the code pages send anonymous visitors to sign in', async () => {
    for (const url of ['/en/login/totp', '/en/account/totp']) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/en/login?next=${encodeURIComponent(url)}`);
    }
  });
});

describe('demo accounts', () => {
  test('in demo mode a demo staff account skips the second factor; outside demo mode it does not', async () => {
    const demo = await testApp({ demoMode: true, baseUrl: 'https://zuhause.example' });
    try {
      const m = await demo.conn.db
        .insertInto('municipalities')
        .values({ slug: 'asendorf', ags: '03251003', name: 'Asendorf', district: 'Landkreis Diepholz' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const roles = [{ role: 'municipality_admin' as const, municipalityId: m.id }];
      const d = await createUser(demo.conn.db, { email: 'demo-admin@example.org', roles, isDemo: true });
      const c = new AddressedClient(demo.app);
      const res = await signIn(c, 'de', d.email, d.password);
      assert.equal(res.headers.location, '/de/');
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((h) => h.startsWith('zh_sid='));
      assert.match(cookie ?? '', /; Secure/i, 'an https base URL makes the session cookie Secure');
      const real = await createUser(demo.conn.db, { email: 'real-admin@example.org', roles });
      const r = await signIn(new AddressedClient(demo.app), 'de', real.email, real.password);
      assert.equal(r.headers.location, '/de/account/totp?next=%2Fde%2F');
    } finally {
      await demo.close();
    }
    const u = await createUser(t.conn.db, {
      email: 'demo-in-prod@example.org',
      roles: [{ role: 'municipality_admin', municipalityId }],
      isDemo: true,
    });
    const res = await signIn(new AddressedClient(t.app), 'de', u.email, u.password);
    assert.equal(res.headers.location, '/de/account/totp?next=%2Fde%2F');
  });
});

describe('test helper', () => {
  test('signIn completes TOTP for staff, also twice within one window', async () => {
    const u = await createUser(t.conn.db, {
      email: 'helper@example.org',
      roles: [{ role: 'municipality_admin', municipalityId }],
      totp: true,
    });
    for (let i = 0; i < 2; i++) {
      const c = new AddressedClient(t.app);
      const res = await signIn(c, 'en', u.email, u.password, u.totpSecret);
      assert.equal(res.statusCode, 303);
      assert.equal(decide(admin(), await sessionUser(c), municipalityId), 'allow');
    }
  });
});

describe('recovery codes and replacing the authenticator', () => {
  async function setUp(email: string) {
    const u = await createUser(t.conn.db, { email });
    const c = new AddressedClient(t.app);
    await signIn(c, 'en', u.email, u.password);
    await c.get('/en/account/totp');
    const stored = (await totpState(u.id)).totp_secret!;
    const secret = decryptTotpSecret(await totpKey(), stored);
    const done = await c.post('/en/account/totp', { code: currentTotpCode(c, secret), next: '/en/account' });
    const codes = [...done.body.matchAll(/>([A-Z2-9]{5}-[A-Z2-9]{5})</g)].map((m) => m[1]!);
    return { u, c, secret, codes };
  }

  test('a recovery code signs in once instead of the app; they are stored hashed', async () => {
    const { u, codes } = await setUp('lost-phone@example.org');
    assert.equal(codes.length, 10);
    const rows = await t.conn.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', u.id).execute();
    assert.equal(rows.length, 10);
    assert.ok(rows.every((r) => !codes.some((c) => r.code_hash.includes(c))));
    const signInWith = async (code: string) => {
      const c = new AddressedClient(t.app);
      await c.get('/en/login');
      await c.post('/en/login', { email: u.email, password: u.password });
      await c.get('/en/login/totp');
      return c.post('/en/login/totp', { code, next: '/en/account' });
    };
    assert.equal((await signInWith(codes[0]!.toLowerCase())).statusCode, 303, 'case and dash forgiven');
    assert.equal((await signInWith(codes[0]!)).statusCode, 422, 'a used code is spent');
  });

  test('replacing the app needs a current or recovery code; then a new setup with new codes', async () => {
    const { u, c, codes } = await setUp('new-phone@example.org');
    const page = await c.get('/en/account/totp');
    assert.match(page.body, /Replace authenticator app/);
    const wrong = await c.post('/en/account/totp/replace', { code: 'AAAAA-AAAAA' });
    assert.equal(wrong.statusCode, 422);
    assert.ok((await totpState(u.id)).totp_enabled_at, 'unchanged');
    const ok = await c.post('/en/account/totp/replace', { code: codes[1]! });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/en/account/totp');
    assert.equal((await totpState(u.id)).totp_enabled_at, null);
    const left = await t.conn.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', u.id).execute();
    assert.equal(left.length, 0, 'the old codes are gone');
    const setup = await c.get('/en/account/totp');
    assert.match(setup.body, /z-qr/);
  });
});

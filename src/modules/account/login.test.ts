import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashToken } from '../../platform/auth/sessions.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

function sessionCookie(c: Client): string | undefined {
  return /(?:^|; )zh_sid=([^;]+)/.exec(c.cookies)?.[1];
}

async function sessionRows(userId: string): Promise<number> {
  const rows = await t.conn.db.selectFrom('sessions').select('token_hash').where('user_id', '=', userId).execute();
  return rows.length;
}

describe('register, sign in, sign out', () => {
  test('a new resident registers, confirms the address from the mail, signs out and in again', async () => {
    const c = new AddressedClient(t.app);
    await c.get('/en/register');
    const reg = await c.post('/en/register', {
      displayName: 'Amira',
      email: 'amira@example.org',
      password: 'a long enough passphrase',
    });
    assert.equal(reg.statusCode, 303);
    assert.equal(reg.headers.location, '/en/login');
    assert.equal(sessionCookie(c), undefined, 'not signed in before the address is proven');
    await c.get('/en/login');
    const early = await c.post('/en/login', { email: 'amira@example.org', password: 'a long enough passphrase' });
    assert.equal(early.statusCode, 422, 'an unconfirmed account cannot sign in');
    assert.match(early.body, /confirm your e-mail address/);
    const mails = await t.conn.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'amira@example.org')
      .orderBy('created_at', 'desc')
      .execute();
    assert.equal(mails.length, 2, 'the registration mail and a new link on the early sign-in');
    const link = /\/en\/register\/confirm\/[A-Za-z0-9_-]+/.exec(mails[0]!.body_text)?.[0];
    assert.ok(link);
    assert.equal((await c.get(link)).statusCode, 200);
    const wrong = await c.post(link, { password: 'not what was chosen' });
    assert.equal(wrong.statusCode, 422);
    const confirmed = await c.post(link, { password: 'a long enough passphrase' });
    assert.equal(confirmed.statusCode, 303);
    assert.equal(confirmed.headers.location, '/en/me');
    const user = await t.conn.db
      .selectFrom('users')
      .select(['id', 'password_hash', 'locale'])
      .where('email', '=', 'amira@example.org')
      .executeTakeFirstOrThrow();
    assert.match(user.password_hash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(user.locale, 'en');
    const roles = await t.conn.db.selectFrom('role_assignments').select('id').where('user_id', '=', user.id).execute();
    assert.equal(roles.length, 0, 'no role is granted on registration');

    const account = await c.get('/en/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /amira@example\.org/);
    assert.match(account.body, /You are signed in on 1 device\./);
    assert.match(account.body, /You have no staff role/);

    const out = await c.post('/en/logout', {});
    assert.equal(out.statusCode, 303);
    assert.equal(sessionCookie(c), undefined);
    assert.equal(await sessionRows(user.id), 0);
    const again = await c.get('/en/account');
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, '/en/login?next=%2Fen%2Faccount');

    await c.get('/en/login');
    const login = await c.post('/en/login', { email: 'AMIRA@example.org', password: 'a long enough passphrase' });
    assert.equal(login.statusCode, 303);
    assert.equal(login.headers.location, '/en/me');
    assert.equal((await c.get('/en/account')).statusCode, 200);
  });

  test('bad registration input: 422, summary, input kept, password never echoed', async () => {
    const c = new AddressedClient(t.app);
    await c.get('/de/register');
    const res = await c.post('/de/register', { displayName: 'Bo', email: 'not-an-email', password: 'short-pw' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /z-error-summary/);
    assert.match(res.body, /value="not-an-email"/);
    assert.match(res.body, /value="Bo"/);
    assert.doesNotMatch(res.body, /short-pw/);
    const common = await c.post('/de/register', {
      displayName: 'Bo',
      email: 'bo@example.org',
      password: 'password2024!',
    });
    assert.equal(common.statusCode, 422);
    assert.doesNotMatch(common.body, /password2024/);
    const n = await t.conn.db.selectFrom('users').select('id').where('email', '=', 'bo@example.org').execute();
    assert.equal(n.length, 0);
  });

  test('attacker: registering a taken address answers exactly as a new one, and tells only the owner', async () => {
    const owner = await createUser(t.conn.db, { email: 'taken@example.org' });
    const c = new AddressedClient(t.app);
    await c.get('/en/register');
    const taken = await c.post('/en/register', {
      displayName: 'Other',
      email: 'Taken@Example.org',
      password: 'another long passphrase',
    });
    const fresh = await c.post('/en/register', {
      displayName: 'Other',
      email: 'fresh-address@example.org',
      password: 'another long passphrase',
    });
    assert.equal(taken.statusCode, 303);
    assert.equal(fresh.statusCode, 303);
    assert.equal(taken.headers.location, fresh.headers.location);
    assert.equal(sessionCookie(c), undefined);
    const hash = await t.conn.db.selectFrom('users').select('password_hash').where('id', '=', owner.id).execute();
    assert.notEqual(hash[0]!.password_hash, null, 'the owner keeps the password');
    const mail = await t.conn.db
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'taken@example.org')
      .executeTakeFirstOrThrow();
    assert.match(mail.body_text, /already has an account/);
    await assert.rejects(signIn(new AddressedClient(t.app), 'en', owner.email, 'another long passphrase'), /422/);
  });

  test('a wrong password: 422, the same message as an unknown address, no session', async () => {
    const u = await createUser(t.conn.db, { email: 'wrong@example.org' });
    const c = new AddressedClient(t.app);
    await c.get('/en/login');
    const wrong = await c.post('/en/login', { email: u.email, password: 'not the password at all' });
    const unknown = await c.post('/en/login', { email: 'nobody@example.org', password: 'not the password at all' });
    assert.equal(wrong.statusCode, 422);
    assert.equal(unknown.statusCode, 422);
    const message = 'The e-mail address or the password is not right.';
    assert.ok(wrong.body.includes(message) && unknown.body.includes(message));
    assert.doesNotMatch(wrong.body, /not the password at all/);
    assert.equal(sessionCookie(c), undefined);
    assert.equal(await sessionRows(u.id), 0);
  });

  test('only the hash of the session token is stored, and the cookie is httpOnly and SameSite=Lax', async () => {
    const u = await createUser(t.conn.db, { email: 'hash@example.org' });
    const c = new AddressedClient(t.app);
    await c.get('/en/login');
    const res = await c.post('/en/login', { email: u.email, password: u.password });
    const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((h) => h.startsWith('zh_sid='));
    assert.ok(set);
    assert.match(set, /HttpOnly/i);
    assert.match(set, /SameSite=Lax/i);
    assert.match(set, /Path=\//);
    assert.doesNotMatch(set, /Secure/i, 'plain http test base URL: no Secure flag');
    const token = sessionCookie(c)!;
    const rows = await t.conn.db.selectFrom('sessions').selectAll().where('user_id', '=', u.id).execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.token_hash, token);
    assert.equal(rows[0]!.token_hash, hashToken(token));
    const anywhere = await t.conn.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('token_hash', '=', token)
      .execute();
    assert.equal(anywhere.length, 0);
  });

  test('a new sign-in replaces the session the browser had (no fixation)', async () => {
    const u = await createUser(t.conn.db, { email: 'fixation@example.org' });
    const c = new AddressedClient(t.app);
    await signIn(c, 'en', u.email, u.password);
    const first = sessionCookie(c);
    await signIn(c, 'en', u.email, u.password);
    assert.notEqual(sessionCookie(c), first);
    assert.equal(await sessionRows(u.id), 1);
  });
});

describe('next parameter', () => {
  test('a local path is followed; another site is ignored', async () => {
    const u = await createUser(t.conn.db, { email: 'next@example.org' });
    const c = new AddressedClient(t.app);
    const page = await c.get('/en/login?next=https://evil.example/x');
    assert.doesNotMatch(page.body, /evil\.example/);
    for (const evil of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      const res = await c.post('/en/login', { email: u.email, password: u.password, next: evil });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/en/me', `next=${evil}`);
    }
    const ok = await c.post('/en/login', { email: u.email, password: u.password, next: '/en/account?tab=1' });
    assert.equal(ok.headers.location, '/en/account?tab=1');
  });
});

describe('CSRF', () => {
  test('a post without the form token is refused with 403 and changes nothing', async () => {
    const c = new Client(t.app);
    await c.get('/en/register');
    const res = await c.request({
      method: 'POST',
      url: '/en/register',
      payload: new URLSearchParams({
        displayName: 'Csrf',
        email: 'csrf@example.org',
        password: 'a long enough passphrase',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 403);
    const rows = await t.conn.db.selectFrom('users').select('id').where('email', '=', 'csrf@example.org').execute();
    assert.equal(rows.length, 0);
  });
});

describe('session timeouts', () => {
  /** Signs a new user in at a fixed start on the app's clock; `during` moves the clock from there (reset after). */
  async function sessionFrom(
    email: string,
    during: (c: AddressedClient, at: (ms: number) => void, id: string) => Promise<void>,
  ) {
    const u = await createUser(t.conn.db, { email });
    const c = new AddressedClient(t.app);
    const start = new Date();
    t.clock.now = start;
    await signIn(c, 'en', u.email, u.password);
    try {
      const at = (ms: number) => {
        t.clock.now = new Date(start.getTime() + ms);
      };
      await during(c, at, u.id);
    } finally {
      t.clock.now = new Date();
    }
  }
  const MINUTE = 60 * 1000;

  test('a session ends after 60 minutes without a request', async () => {
    await sessionFrom('idle@example.org', async (c, at, id) => {
      at(59 * MINUTE);
      assert.equal((await c.get('/en/account')).statusCode, 200, 'still active after 59 minutes');
      at((59 + 61) * MINUTE);
      const res = await c.get('/en/account');
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /\/en\/login/);
      assert.equal(await sessionRows(id), 0, 'the expired session is deleted');
    });
  });

  test('a session ends 12 hours after sign-in even when used all along', async () => {
    await sessionFrom('absolute@example.org', async (c, at) => {
      for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
        at(minutes * MINUTE);
        assert.equal((await c.get('/en/account')).statusCode, 200, `active after ${minutes} minutes`);
      }
      at(12 * 60 * MINUTE + 1000);
      assert.equal((await c.get('/en/account')).statusCode, 303);
    });
  });
});

describe('locale prefix', () => {
  test('an unknown language prefix is not found', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/xx/login' });
    assert.equal(res.statusCode, 404);
  });

  test('the pages exist in every language', async () => {
    for (const l of ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr']) {
      const res = await t.app.inject({ method: 'GET', url: `/${l}/login` });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`<html lang="${l}"`));
      assert.doesNotMatch(res.body, /account\.[a-z]+\.[a-zA-Z]+/, `no raw message key on /${l}/login`);
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashToken } from '../../platform/auth/sessions.ts';
import { type TestApp, testApp } from '../../testing/app.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';
import { addressKey } from './sign-in-throttle.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

async function mailsTo(address: string) {
  return t.conn.db
    .selectFrom('mail_outbox')
    .select(['subject', 'body_text', 'municipality_id'])
    .where('to_address', '=', address)
    .orderBy('created_at')
    .execute();
}

function linkIn(text: string, path: string): string {
  const m = new RegExp(`${t.config.baseUrl}(/[a-z]{2}/${path}/[A-Za-z0-9_-]+)`).exec(text);
  assert.ok(m, `a ${path} link in the mail`);
  return m[1]!;
}

describe('password reset', () => {
  test('forgot → mail in the user’s language → new password → old sessions gone → sign-in', async () => {
    const u = await createUser(t.conn.db, { email: 'reset@example.org', locale: 'de', displayName: 'Rana' });
    const old = new AddressedClient(t.app);
    await signIn(old, 'en', u.email, u.password);
    assert.equal((await old.get('/en/account')).statusCode, 200);

    const c = new AddressedClient(t.app);
    await c.get('/en/password/forgot');
    const known = await c.post('/en/password/forgot', { email: 'Reset@Example.org' });
    const unknown = await c.post('/en/password/forgot', { email: 'nobody@example.org' });
    assert.equal(known.statusCode, 303);
    assert.equal(unknown.statusCode, 303);
    assert.equal(known.headers.location, unknown.headers.location, 'the same answer either way');
    assert.equal((await mailsTo('nobody@example.org')).length, 0);
    // The known address leaves a record of the link sent (ids only); the unknown one changed nothing and left none.
    const records = await t.conn.db
      .selectFrom('audit_log')
      .select(['subject_id', 'changes'])
      .where('subject_type', '=', 'account.password_reset')
      .execute();
    assert.deepEqual(records, [{ subject_id: u.id, changes: { before: null, after: null } }]);

    const [mail] = await mailsTo(u.email);
    assert.ok(mail);
    assert.match(mail.subject, /Passwort/, 'German, the user’s language, not the page’s');
    assert.match(mail.body_text, /Hallo Rana/);
    const link = linkIn(mail.body_text, 'password/reset');
    assert.match(link, /^\/de\//);
    const token = link.split('/').pop()!;
    const stored = await t.conn.db.selectFrom('auth_tokens').selectAll().where('user_id', '=', u.id).execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.token_hash, hashToken(token), 'only the hash is stored');
    assert.equal(stored[0]!.purpose, 'password_reset');
    assert.equal(new Date(stored[0]!.expires_at).getTime() - t.clock.now.getTime(), 60 * 60 * 1000);

    const form = await c.get(link);
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');
    const weak = await c.post(link, { password: 'short' });
    assert.equal(weak.statusCode, 422);
    const done = await c.post(link, { password: 'my brand new passphrase' });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/de/login');

    assert.equal((await old.get('/en/account')).statusCode, 303, 'the old session ended');
    const again = await c.post(link, { password: 'yet another passphrase' });
    assert.equal(again.statusCode, 410, 'a used link is gone');
    assert.equal((await c.get(link)).statusCode, 410);
    await assert.rejects(signIn(new AddressedClient(t.app), 'de', u.email, u.password), /422/);
    const res = await signIn(new AddressedClient(t.app), 'de', u.email, 'my brand new passphrase');
    assert.equal(res.statusCode, 303);
  });

  test('an expired link gives 410 and changes nothing; an unknown one too', async () => {
    const u = await createUser(t.conn.db, { email: 'expired@example.org' });
    const c = new AddressedClient(t.app);
    await c.get('/en/password/forgot');
    await c.post('/en/password/forgot', { email: u.email });
    const link = linkIn((await mailsTo(u.email))[0]!.body_text, 'password/reset');
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60 * 1000);
    try {
      const page = await c.get(link);
      assert.equal(page.statusCode, 410);
      assert.match(page.body, /no longer valid|nicht mehr/);
      assert.equal((await c.post(link, { password: 'a fine new passphrase' })).statusCode, 410);
      assert.equal((await c.get('/en/password/reset/not-a-real-token-at-all')).statusCode, 410);
    } finally {
      t.clock.now = new Date();
    }
    const res = await signIn(new AddressedClient(t.app), 'en', u.email, u.password);
    assert.equal(res.statusCode, 303, 'the old password still works');
  });

  test('a reset also ends a cool-down of the address', async () => {
    const u = await createUser(t.conn.db, { email: 'locked-reset@example.org' });
    await t.conn.db
      .insertInto('sign_in_throttle')
      .values({
        key: addressKey(u.email),
        failures: 10,
        last_failure_at: t.clock.now,
        locked_until: new Date(t.clock.now.getTime() + 900_000),
      })
      .execute();
    const c = new AddressedClient(t.app);
    await c.get('/en/password/forgot');
    await c.post('/en/password/forgot', { email: u.email });
    const link = linkIn((await mailsTo(u.email))[0]!.body_text, 'password/reset');
    await c.get(link);
    assert.equal((await c.post(link, { password: 'unlocked passphrase now' })).statusCode, 303);
    const res = await signIn(new AddressedClient(t.app), 'en', u.email, 'unlocked passphrase now');
    assert.equal(res.statusCode, 303);
  });
});

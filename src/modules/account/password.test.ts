import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createInvitation } from '../../platform/auth/invitations.ts';
import { hashToken } from '../../platform/auth/sessions.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import { type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { AddressedClient, createUser, currentTotpCode, signIn } from '../../testing/users.ts';

let t: TestApp;
let municipalityId: string;
before(async () => {
  t = await testApp();
  municipalityId = await insertMunicipality(t.conn, 'osnabrueck');
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

  test('a reset also lifts an account lock', async () => {
    const u = await createUser(t.conn.db, { email: 'locked-reset@example.org' });
    await t.conn.db
      .updateTable('users')
      .set({ failed_logins: 12, locked_until: new Date(Date.now() + 3600_000) })
      .where('id', '=', u.id)
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

describe('staff invitation', () => {
  test('invite → mail → set name and password → signed in → TOTP setup → staff access', async () => {
    const inv = await withTransaction(t.conn.db, (tx) =>
      createInvitation(tx, {
        email: 'new.counsellor@example.org',
        displayName: 'Neue Beraterin',
        locale: 'uk',
        invitedBy: null,
        grants: [{ role: 'counsellor', municipalityId }],
        baseUrl: t.config.baseUrl,
        messages: t.app.deps.messages,
        now: t.clock.now,
      }),
    );
    assert.ok(inv.token);
    const [mail] = await mailsTo('new.counsellor@example.org');
    assert.ok(mail);
    assert.equal(mail.municipality_id, municipalityId);
    assert.match(mail.body_text, /Консультант \(Osnabrück\)/, 'role and place in Ukrainian');
    assert.match(mail.body_text, /7 днів/);
    const link = linkIn(mail.body_text, 'invitation');
    assert.equal(`${t.config.baseUrl}${link}`, inv.url);
    const tokens = await t.conn.db.selectFrom('auth_tokens').selectAll().where('user_id', '=', inv.userId).execute();
    assert.deepEqual(
      tokens.map((x) => [x.purpose, x.token_hash]),
      [['invitation', hashToken(inv.token)]],
    );

    const c = new AddressedClient(t.app);
    const page = await c.get(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="Neue Beraterin"/);
    const bad = await c.post(link, { displayName: 'Olena K.', password: 'qwerty' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /value="Olena K."/);
    const ok = await c.post(link, { displayName: 'Olena K.', password: 'a passphrase for olena' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/uk/account/totp?next=%2Fuk%2Faccount');
    assert.equal((await c.get(link)).statusCode, 410, 'the invitation is used');

    await c.get('/uk/account/totp');
    const { totp_secret } = await t.conn.db
      .selectFrom('users')
      .select('totp_secret')
      .where('id', '=', inv.userId)
      .executeTakeFirstOrThrow();
    const done = await c.post('/uk/account/totp', { code: currentTotpCode(c, totp_secret!), next: '/uk/account' });
    assert.equal(done.statusCode, 303);
    const account = await c.get('/uk/account');
    assert.match(account.body, /Olena K\./);
    assert.match(account.body, /Консультант/);
  });

  test('an expired invitation is gone; inviting an existing account grants the role and links to sign-in', async () => {
    const inv = await withTransaction(t.conn.db, (tx) =>
      createInvitation(tx, {
        email: 'late@example.org',
        displayName: 'Late',
        locale: 'en',
        invitedBy: null,
        grants: [{ role: 'quartier_manager', municipalityId }],
        baseUrl: t.config.baseUrl,
        messages: t.app.deps.messages,
        now: new Date(Date.now() - 8 * 24 * 3600_000),
      }),
    );
    const c = new AddressedClient(t.app);
    const path = inv.url.slice(t.config.baseUrl.length);
    assert.equal((await c.get(path)).statusCode, 410);
    await c.get('/en/login'); // the gone page has no form, hence no form token
    assert.equal((await c.post(path, { displayName: 'Late', password: 'a late passphrase' })).statusCode, 410);

    const existing = await createUser(t.conn.db, { email: 'existing@example.org' });
    const again = await withTransaction(t.conn.db, (tx) =>
      createInvitation(tx, {
        email: 'existing@example.org',
        displayName: 'Ignored',
        locale: 'en',
        invitedBy: existing.id,
        grants: [{ role: 'funding_officer', municipalityId: null }],
        baseUrl: t.config.baseUrl,
        messages: t.app.deps.messages,
      }),
    );
    assert.equal(again.userId, existing.id);
    assert.equal(again.token, null);
    assert.equal(again.url, `${t.config.baseUrl}/en/login`);
    const [mail] = await mailsTo('existing@example.org');
    assert.match(mail!.body_text, /Funding officer \(Lower Saxony \(state-wide\)\)/);
    const roles = await t.conn.db
      .selectFrom('role_assignments')
      .select('role')
      .where('user_id', '=', existing.id)
      .execute();
    assert.deepEqual(roles, [{ role: 'funding_officer' }]);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from './app.ts';
import { insertMunicipality } from './db.ts';
import { AddressedClient, createUser, signIn } from './users.ts';

// Findings 1 and 2 of the account audit, replayed as the attacker would try them.

let t: TestApp;
let meppen: string;
let osnabrueck: string;
let meppenAdmin: AddressedClient;
let osnaAdmin: AddressedClient;

async function adminOf(municipalityId: string, email: string): Promise<AddressedClient> {
  const u = await createUser(t.conn.db, { email, roles: [{ role: 'municipality_admin', municipalityId }], totp: true });
  const c = new AddressedClient(t.app);
  await signIn(c, 'en', u.email, u.password, u.totpSecret);
  return c;
}

before(async () => {
  t = await testApp();
  meppen = await insertMunicipality(t.conn, 'meppen');
  osnabrueck = await insertMunicipality(t.conn, 'osnabrueck');
  meppenAdmin = await adminOf(meppen, 'admin@meppen.test');
  osnaAdmin = await adminOf(osnabrueck, 'admin@osnabrueck.test');
});
after(() => t.close());

function invite(c: AddressedClient, slug: string, email: string, role: string, displayName = 'Invitee') {
  return c.post(`/en/m/${slug}/admin/people/invite`, { displayName, email, role, locale: 'en' });
}

async function mails(address: string, municipalityId: string) {
  return t.conn.db
    .selectFrom('mail_outbox')
    .select('body_text')
    .where('to_address', '=', address)
    .where('municipality_id', '=', municipalityId)
    .orderBy('created_at')
    .execute();
}

const linkOf = (text: string) => /\/en\/invitation\/[A-Za-z0-9_-]+/.exec(text)?.[0];

async function rolesOf(email: string) {
  return t.conn.db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.role', 'r.municipality_id'])
    .where('u.email', '=', email)
    .execute();
}

describe('invitations cannot be hijacked', () => {
  test("attacker: Meppen admin cannot take over Osnabrück's pending invitee", async () => {
    const victim = 'future-admin@example.org';
    assert.equal((await invite(osnaAdmin, 'osnabrueck', victim, 'municipality_admin', 'Osna Invitee')).statusCode, 303);
    const [osnaMail] = await mails(victim, osnabrueck);
    const osnaLink = linkOf(osnaMail!.body_text)!;
    const before = await t.conn.db.selectFrom('invitations').select(['id', 'token_hash']).execute();

    // The attacker invites the same address from Meppen, as a volunteer.
    assert.equal((await invite(meppenAdmin, 'meppen', victim, 'volunteer')).statusCode, 303);
    const meppenMails = await mails(victim, meppen);
    assert.equal(meppenMails.length, 1);
    assert.ok(!meppenMails[0]!.body_text.includes(osnaLink), "Osnabrück's link never lands in Meppen's outbox");
    const stillThere = await t.conn.db.selectFrom('invitations').select(['id', 'token_hash']).execute();
    for (const row of before) assert.ok(stillThere.some((r) => r.id === row.id && r.token_hash === row.token_hash));
    const people = await meppenAdmin.get('/en/m/meppen/admin/people');
    assert.match(people.body, /Invitee/, "Meppen's own pending invitation is shown");
    assert.doesNotMatch(people.body, /Osna Invitee/, "Osnabrück's pending invitation is not");

    // Even with Meppen's own link in hand, the attacker gets Meppen's volunteer role and nothing else.
    const attacker = new AddressedClient(t.app);
    const meppenLink = linkOf(meppenMails[0]!.body_text)!;
    await attacker.get(meppenLink);
    const took = await attacker.post(meppenLink, { displayName: 'Mallory', password: 'mallory takes over now' });
    assert.equal(took.statusCode, 303);
    assert.deepEqual(await rolesOf(victim), [{ role: 'volunteer', municipality_id: meppen }]);
    assert.equal((await attacker.get('/en/m/osnabrueck/admin/people')).statusCode, 403);
    assert.equal((await attacker.get('/en/m/osnabrueck/admin/outbox')).statusCode, 403);

    // Osnabrück's link still belongs to the address, and only the account's holder signed in can use it: the
    // real person first takes the account back with a reset (their mailbox), which ends the attacker's session.
    const anonymous = new AddressedClient(t.app);
    const open = await anonymous.get(osnaLink);
    assert.equal(open.statusCode, 303);
    assert.match(String(open.headers.location), /^\/en\/login\?next=/);
    assert.deepEqual(await rolesOf(victim), [{ role: 'volunteer', municipality_id: meppen }]);
  });

  test('attacker: registering a future staff address first gains nothing when the staff member is invited', async () => {
    const staff = 'new-counsellor@example.org';
    const attacker = new AddressedClient(t.app);
    await attacker.get('/en/register');
    await attacker.post('/en/register', { displayName: 'Mallory', email: staff, password: 'mallory was here first' });
    await attacker.get('/en/login');
    const early = await attacker.post('/en/login', { email: staff, password: 'mallory was here first' });
    assert.equal(early.statusCode, 422, 'an unproven address cannot sign in');

    assert.equal((await invite(osnaAdmin, 'osnabrueck', staff, 'counsellor')).statusCode, 303);
    assert.deepEqual(await rolesOf(staff), [], 'nothing is granted to the registered account');
    const [mail] = await mails(staff, osnabrueck);
    const link = linkOf(mail!.body_text)!;
    assert.match(mail!.body_text, /choose your password/, 'the real person gets a password link');

    const real = new AddressedClient(t.app);
    assert.equal((await real.get(link)).statusCode, 200);
    const done = await real.post(link, { displayName: 'Real Counsellor', password: 'the real counsellor here' });
    assert.equal(done.statusCode, 303);
    assert.deepEqual(await rolesOf(staff), [{ role: 'counsellor', municipality_id: osnabrueck }]);
    await assert.rejects(signIn(new AddressedClient(t.app), 'en', staff, 'mallory was here first'), /422/);
  });

  test('an address with an account gets "confirm your role", usable only by that account signed in', async () => {
    const holder = await createUser(t.conn.db, { email: 'resident@example.org' });
    assert.equal((await invite(meppenAdmin, 'meppen', holder.email, 'landlord')).statusCode, 303);
    const [mail] = await mails(holder.email, meppen);
    assert.match(mail!.body_text, /confirm/);
    const link = linkOf(mail!.body_text)!;

    const someoneElse = await createUser(t.conn.db, { email: 'someone-else@example.org' });
    const other = new AddressedClient(t.app);
    await signIn(other, 'en', someoneElse.email, someoneElse.password);
    assert.equal((await other.get(link)).statusCode, 303, 'another signed-in person is sent to sign in');
    await other.get('/en/account'); // a page, for the form token
    assert.equal((await other.post(link, {})).statusCode, 303);
    assert.deepEqual(await rolesOf(holder.email), []);

    const c = new AddressedClient(t.app);
    await signIn(c, 'en', holder.email, holder.password);
    const page = await c.get(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Landlord \(Meppen\)/);
    assert.equal((await c.post(link, {})).statusCode, 303);
    assert.deepEqual(await rolesOf(holder.email), [{ role: 'landlord', municipality_id: meppen }]);
    assert.equal((await c.get(link)).statusCode, 410, 'used once');
  });

  test('a resident is welcomed, not recruited, and the second factor is offered, not required', async () => {
    assert.equal((await invite(meppenAdmin, 'meppen', 'newcomer@example.org', 'resident')).statusCode, 303);
    const [mail] = await mails('newcomer@example.org', meppen);
    assert.match(mail!.body_text, /welcome to Zuhause/);
    assert.doesNotMatch(mail!.body_text, /invited to work/);
    const c = new AddressedClient(t.app);
    const link = linkOf(mail!.body_text)!;
    await c.get(link);
    const done = await c.post(link, { displayName: 'Newcomer', password: 'a home in meppen now' });
    assert.equal(done.headers.location, '/en/account', 'no mandatory authenticator setup');
  });

  test('attacker: an administrator reading the outbox sees that a link was sent, never the link', async () => {
    assert.equal((await invite(meppenAdmin, 'meppen', 'masked@example.org', 'counsellor')).statusCode, 303);
    const [mail] = await mails('masked@example.org', meppen);
    const link = linkOf(mail!.body_text)!;
    const token = link.split('/').pop()!;
    const row = await t.conn.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('to_address', '=', 'masked@example.org')
      .executeTakeFirstOrThrow();
    const list = await meppenAdmin.get('/en/m/meppen/admin/outbox');
    assert.equal(list.headers['cache-control'], 'no-store');
    const page = await meppenAdmin.get(`/en/m/meppen/admin/outbox/${row.id}`);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.ok(!page.body.includes(token), 'the token is not on the page');
    assert.match(page.body, /one-time link – for the recipient only, hidden here/);

    // The state administrator reads the platform's mails, password resets among them: masked as well.
    const state = await createUser(t.conn.db, {
      email: 'state@example.org',
      roles: [{ role: 'state_admin' }],
      totp: true,
    });
    const s = new AddressedClient(t.app);
    await signIn(s, 'en', state.email, state.password, state.totpSecret);
    const resident = await createUser(t.conn.db, { email: 'forgetful@example.org' });
    const f = new AddressedClient(t.app);
    await f.get('/en/password/forgot');
    await f.post('/en/password/forgot', { email: resident.email });
    const reset = await t.conn.db
      .selectFrom('mail_outbox')
      .select(['id', 'body_text'])
      .where('to_address', '=', resident.email)
      .executeTakeFirstOrThrow();
    const resetToken = /password\/reset\/([A-Za-z0-9_-]+)/.exec(reset.body_text)![1]!;
    const statePage = await s.get(`/en/state/outbox/${reset.id}`);
    assert.equal(statePage.statusCode, 200);
    assert.equal(statePage.headers['cache-control'], 'no-store');
    assert.ok(!statePage.body.includes(resetToken));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../../testing/app.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';

// Finding 4 of the account audit: lockout abuse and account discovery, replayed as the attacker would.

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

/** One failed sign-in from a fresh client address (the attacker rotates addresses). */
async function attempt(email: string, password = 'a wrong guess for sure') {
  const c = new AddressedClient(t.app);
  await c.get('/en/login');
  return c.post('/en/login', { email, password });
}

/** Ten failures spread out so that the progressive delay never refuses one: the address then cools down. */
async function failTenTimes(email: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    if (i >= 3) t.clock.now = new Date(t.clock.now.getTime() + 1000 * 2 ** (i - 3) + 1);
    statuses.push((await attempt(email)).statusCode);
  }
  return statuses;
}

async function auditRows(): Promise<number> {
  const row = await t.conn.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The page body without what differs per request or per address typed (form token, the address itself). */
function neutral(body: string, email: string): string {
  return body.replace(/value="[^"]*"/g, 'value=""').replaceAll(email, 'EMAIL');
}

describe('lockout that protects without locking out', () => {
  test('attacker: locking an account from elsewhere does not keep its owner out (unlock link)', async () => {
    const owner = await createUser(t.conn.db, { email: 'owner@example.org', locale: 'en' });
    const start = t.clock.now;
    try {
      const audited = await auditRows();
      assert.deepEqual(await failTenTimes(owner.email), Array(10).fill(422));
      assert.equal(await auditRows(), audited, 'failed sign-ins fill the throttle, never the audit log');
      const c = new AddressedClient(t.app);
      await c.get('/en/login');
      const paused = await c.post('/en/login', { email: owner.email, password: owner.password });
      assert.equal(paused.statusCode, 429, 'the address cools down, for the right password too');
      assert.ok(Number(paused.headers['retry-after']) > 0);

      const mail = await t.conn.db
        .selectFrom('mail_outbox')
        .select('body_text')
        .where('to_address', '=', owner.email)
        .executeTakeFirstOrThrow();
      const link = /\/en\/login\/unlock\/[A-Za-z0-9_-]+/.exec(mail.body_text)?.[0];
      assert.ok(link, 'the owner is mailed a "was this you?" link');
      const page = await c.get(link);
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'no-store');
      const token = link.split('/').pop()!;
      const ok = await c.post('/en/login', { email: owner.email, password: owner.password, unlock: token });
      assert.equal(ok.statusCode, 303, 'the owner signs in at once with the link');
      const signedIn = await t.conn.db
        .selectFrom('audit_log')
        .select(['actor_user_id', 'action'])
        .where('subject_type', '=', 'account.session')
        .where('subject_id', '=', owner.id)
        .execute();
      assert.deepEqual(signedIn, [{ actor_user_id: owner.id, action: 'create' }], 'the sign-in, by its owner');
      assert.equal((await c.get('/en/account')).statusCode, 200);
      const stolen = new AddressedClient(t.app);
      await stolen.get('/en/login');
      const reuse = await stolen.post('/en/login', { email: owner.email, password: 'guess', unlock: token });
      assert.equal(reuse.statusCode, 422, 'the link is spent');
    } finally {
      t.clock.now = start;
    }
  });

  test('attacker: after a cool-down ends, one wrong attempt does not lock the account again', async () => {
    const owner = await createUser(t.conn.db, { email: 'again@example.org' });
    const start = t.clock.now;
    try {
      await failTenTimes(owner.email);
      t.clock.now = new Date(t.clock.now.getTime() + 16 * 60 * 1000);
      assert.equal((await attempt(owner.email)).statusCode, 422, 'a plain wrong answer, the count starts afresh');
      assert.equal((await attempt(owner.email)).statusCode, 422);
      const res = await signIn(new AddressedClient(t.app), 'en', owner.email, owner.password);
      assert.equal(res.statusCode, 303);
    } finally {
      t.clock.now = start;
    }
  });

  test('attacker: known and unknown addresses get the same answers at every stage', async () => {
    const known = await createUser(t.conn.db, { email: 'known@example.org' });
    const unknown = 'unknown@example.org';
    const start = t.clock.now;
    try {
      for (let i = 0; i < 11; i++) {
        if (i >= 3 && i < 10) t.clock.now = new Date(t.clock.now.getTime() + 1000 * 2 ** (i - 3) + 1);
        const a = await attempt(known.email);
        const b = await attempt(unknown);
        assert.equal(a.statusCode, b.statusCode, `attempt ${i + 1}`);
        assert.equal(neutral(a.body, known.email), neutral(b.body, unknown), `attempt ${i + 1}`);
        assert.equal(a.headers['retry-after'], b.headers['retry-after']);
      }
      const tooSoon = [await attempt(known.email), await attempt(unknown)];
      assert.deepEqual(
        tooSoon.map((r) => r.statusCode),
        [429, 429],
      );
    } finally {
      t.clock.now = start;
    }
  });

  test('an office behind one address: many successful sign-ins are never limited', async () => {
    const shared = new AddressedClient(t.app);
    for (let i = 0; i < 15; i++) {
      const u = await createUser(t.conn.db, { email: `colleague${i}@example.org` });
      await shared.get('/en/login');
      const res = await shared.post('/en/login', { email: u.email, password: u.password });
      assert.equal(res.statusCode, 303, `sign-in ${i + 1}`);
      await shared.post('/en/logout', {});
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../../platform/auth/session-user.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type TestApp, testApp } from '../../testing/app.ts';

describe('staff start pages', () => {
  let t: TestApp;
  let meppen: string;
  let serial = 0;
  const as = (roles: Role[], municipalityId: string | null = meppen) =>
    signedInClient(t.app, t.conn.db, { email: `start${++serial}@example.org`, municipalityId, roles });

  before(async () => {
    t = await testApp();
    const m = await t.conn.db
      .insertInto('municipalities')
      .values({ slug: 'meppen', ags: '03454035', name: 'Meppen', district: 'Landkreis Emsland' })
      .returning('id')
      .executeTakeFirstOrThrow();
    meppen = m.id;
    const failed = await queueMail(t.conn.db, { to: 'a@example.org', subject: 's', text: 't', municipalityId: meppen });
    await t.conn.db.updateTable('mail_outbox').set({ status: 'failed' }).where('id', '=', failed).execute();
  });
  after(() => t.close());

  test("a municipality's administrator finds every section, with what waits (a failed mail)", async () => {
    const page = await (await as(['municipality_admin'])).get('/en/m/meppen/admin');
    assert.equal(page.statusCode, 200);
    for (const section of ['quartiere', 'providers', 'people', 'outbox', 'audit']) {
      assert.match(page.body, new RegExp(`href="/en/m/meppen/admin/${section}"`), section);
    }
    assert.match(page.body, /href="\/en\/m\/meppen\/admin" aria-current="page"/);
    assert.match(page.body, /One thing waits for you\./);
    assert.match(page.body, /1 waiting/);
  });

  test('a counsellor has a start page too (the households it helps); a resident has none', async () => {
    const page = await (await as(['counsellor'])).get('/en/m/meppen/admin');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/en\/m\/meppen\/admin\/housing\/households"/);
    assert.doesNotMatch(page.body, /Your role has no sections here yet/);
    assert.equal((await (await as(['resident'])).get('/en/m/meppen/admin')).statusCode, 403);
  });

  test('the state start page links the municipalities and the jobs; a municipality admin may not see it', async () => {
    const page = await (await as(['state_admin'], null)).get('/de/state');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/de\/state\/municipalities"/);
    assert.match(page.body, /href="\/de\/state\/jobs"/);
    const officer = await (await as(['funding_officer'], null)).get('/de/state');
    assert.equal(officer.statusCode, 200);
    assert.doesNotMatch(officer.body, /href="\/de\/state\/municipalities"/, 'only the sections of their role');
    assert.equal((await (await as(['municipality_admin'])).get('/de/state')).statusCode, 403);
  });

  test('every staff page of a municipality carries the one staff navigation, back to the start page', async () => {
    const admin = await as(['municipality_admin']);
    for (const url of ['/de/m/meppen/admin/quartiere', '/de/m/meppen/admin/people', '/de/m/meppen/admin/outbox']) {
      const page = await admin.get(url);
      assert.equal(page.statusCode, 200, url);
      assert.match(page.body, /<nav class="z-staffnav"/, url);
      assert.match(page.body, /href="\/de\/m\/meppen\/admin"/, `${url} links back to the start page`);
      assert.match(page.body, /href="\/de\/m\/meppen\/admin\/audit"/, `${url} links to the audit log`);
    }
  });
});

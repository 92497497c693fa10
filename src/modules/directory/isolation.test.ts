import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../platform/http/app-error.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { uniqueToFields } from './directory.errors.ts';
import { type Fixture, sessionFor, twoMunicipalities, userByEmail } from './directory.fixtures.ts';
import { insertQuartier } from './quartiere.repository.ts';

// A municipality administrator of Meppen must never see or change Osnabrück's data: not through Osnabrück's
// URLs (403), and not by putting Osnabrück's ids into Meppen's URLs (404). Every attempt leaves the rows as
// they were.

describe('tenant isolation of the directory', () => {
  let t: TestApp;
  let f: Fixture;
  let meppenAdmin: Client;
  let osnQuartier: string;
  let osnProvider: string;
  let osnUser: string;
  let osnGrant: string;
  let snapshot: () => Promise<string>;

  before(async () => {
    t = await testApp();
    f = await twoMunicipalities(t.conn.db);
    const db = t.conn.db;
    osnQuartier = (
      await db
        .insertInto('quartiere')
        .values({ municipality_id: f.osnabrueck, slug: 'schinkel', name: 'Schinkel', approx_residents: 13000 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    osnProvider = (
      await db
        .insertInto('providers')
        .values({ municipality_id: f.osnabrueck, name: 'Migrationsbeirat', kind: 'municipal' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const osn = await sessionFor(db, 'admin@osnabrueck.test', [
      { role: 'municipality_admin', municipalityId: f.osnabrueck },
    ]);
    osnUser = osn.userId;
    osnGrant = (
      await db.selectFrom('role_assignments').select('id').where('user_id', '=', osnUser).executeTakeFirstOrThrow()
    ).id;
    meppenAdmin = new Client(t.app);
    meppenAdmin.cookies = `zh_sid=${(await sessionFor(db, 'admin@meppen.test', [{ role: 'municipality_admin', municipalityId: f.meppen }])).token}`;
    await meppenAdmin.get('/de/m/meppen/admin/quartiere'); // form token
    snapshot = async () =>
      JSON.stringify([
        await db.selectFrom('quartiere').selectAll().orderBy('id').execute(),
        await db.selectFrom('providers').selectAll().orderBy('id').execute(),
        await db.selectFrom('role_assignments').selectAll().orderBy('id').execute(),
        await db.selectFrom('users').select(['id', 'email', 'display_name']).orderBy('id').execute(),
      ]);
  });
  after(() => t.close());

  test('Osnabrück’s staff pages are forbidden to Meppen’s administrator, and nothing changes', async () => {
    const before = await snapshot();
    for (const page of ['quartiere', 'quartiere/new', 'providers', 'providers/new', 'people', 'people/invite']) {
      const res = await meppenAdmin.get(`/de/m/osnabrueck/admin/${page}`);
      assert.equal(res.statusCode, 403, page);
      assert.doesNotMatch(res.body, /Schinkel|Migrationsbeirat|admin@osnabrueck/);
    }
    const posts: [string, Record<string, string>][] = [
      ['/de/m/osnabrueck/admin/quartiere', { name: 'X', slug: 'x-osn' }],
      [`/de/m/osnabrueck/admin/quartiere/${osnQuartier}`, { name: 'Hijacked', slug: 'schinkel' }],
      ['/de/m/osnabrueck/admin/providers', { name: 'X', kind: 'other' }],
      [`/de/m/osnabrueck/admin/providers/${osnProvider}`, { name: 'Hijacked', kind: 'other' }],
      ['/de/m/osnabrueck/admin/people/grants', { userId: osnUser, role: 'volunteer' }],
      [`/de/m/osnabrueck/admin/people/grants/${osnGrant}/revoke`, {}],
      [
        '/de/m/osnabrueck/admin/people/invite',
        { displayName: 'X', email: 'x@x.test', role: 'counsellor', locale: 'de' },
      ],
    ];
    for (const [url, form] of posts) assert.equal((await meppenAdmin.post(url, form)).statusCode, 403, url);
    assert.equal(await snapshot(), before);
  });

  test('Osnabrück’s ids in Meppen’s URLs are not found, and nothing changes', async () => {
    const before = await snapshot();
    for (const url of [
      `/de/m/meppen/admin/quartiere/${osnQuartier}/edit`,
      `/de/m/meppen/admin/providers/${osnProvider}/edit`,
      '/de/m/meppen/admin/quartiere/not-a-uuid/edit',
      '/de/m/meppen/q/schinkel',
    ]) {
      const res = await meppenAdmin.get(url);
      assert.equal(res.statusCode, 404, url);
      assert.doesNotMatch(res.body, /Schinkel|Migrationsbeirat/);
    }
    const attempts: [string, Record<string, string>][] = [
      [`/de/m/meppen/admin/quartiere/${osnQuartier}`, { name: 'Hijacked', slug: 'hijacked' }],
      [`/de/m/meppen/admin/providers/${osnProvider}`, { name: 'Hijacked', kind: 'other' }],
      [`/de/m/meppen/admin/people/grants/${osnGrant}/revoke`, {}],
    ];
    for (const [url, form] of attempts) assert.equal((await meppenAdmin.post(url, form)).statusCode, 404, url);
    // Osnabrück's person and Quartier cannot be used in a Meppen grant either.
    const person = await meppenAdmin.post('/de/m/meppen/admin/people/grants', { userId: osnUser, role: 'volunteer' });
    assert.equal(person.statusCode, 422);
    assert.equal(await snapshot(), before);
    const people = await meppenAdmin.get('/de/m/meppen/admin/people');
    assert.doesNotMatch(people.body, /admin@osnabrueck/);
  });

  test('a Meppen grant naming Osnabrück’s Quartier or provider is refused', async () => {
    const me = await userByEmail(t.conn.db, 'admin@meppen.test');
    const before = await snapshot();
    const q = await meppenAdmin.post('/de/m/meppen/admin/people/grants', {
      userId: me.id,
      role: 'quartier_manager',
      quartierId: osnQuartier,
    });
    assert.equal(q.statusCode, 422);
    const p = await meppenAdmin.post('/de/m/meppen/admin/people/grants', {
      userId: me.id,
      role: 'counsellor',
      providerId: osnProvider,
    });
    assert.equal(p.statusCode, 422);
    assert.equal(await snapshot(), before);
  });

  test('the unique constraint itself maps to a field problem (the race the service check cannot close)', async () => {
    const m = tenant(f.meppen);
    const v = {
      slug: 'twice',
      name: 'Twice',
      areaDescription: '',
      boundary: null,
      approxResidents: null,
      sourceLocale: 'de' as const,
    };
    await insertQuartier(t.conn.db, m, v);
    const err = await insertQuartier(t.conn.db, m, v).catch((e: unknown) => e);
    assert.throws(
      () => uniqueToFields(err, { quartiere_municipality_id_slug_key: { slug: { key: 'directory.slug.taken' } } }),
      (e: unknown) => e instanceof AppError && e.status === 422 && e.fields.slug?.key === 'directory.slug.taken',
    );
  });
});

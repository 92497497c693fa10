import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { AddressedClient, createUser, signIn } from '../../testing/users.ts';

describe('My Zuhause', () => {
  let t: TestApp;
  let meppen: string;
  let esterfeld: string;
  before(async () => {
    t = await testApp({ demoMode: true });
    const m = await t.conn.db
      .insertInto('municipalities')
      .values({ slug: 'meppen', ags: '03454035', name: 'Meppen', district: 'Landkreis Emsland' })
      .returning('id')
      .executeTakeFirstOrThrow();
    meppen = m.id;
    const q = await t.conn.db
      .insertInto('quartiere')
      .values({ municipality_id: meppen, slug: 'esterfeld', name: 'Esterfeld', area_description: 'Ruhig.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    esterfeld = q.id;
  });
  after(() => t.close());

  async function signedIn(email: string, roles: Parameters<typeof createUser>[1]['roles'], locale?: 'ar') {
    const u = await createUser(t.conn.db, { email, roles, isDemo: true, ...(locale ? { locale } : {}) });
    const c = new AddressedClient(t.app);
    const res = await signIn(c, 'en', u.email, u.password);
    return { c, location: String(res.headers.location) };
  }

  test('a Quartier manager lands here and sees their Quartier, their staff area and what waits', async () => {
    const { c, location } = await signedIn('qm@example.org', [
      { role: 'quartier_manager', municipalityId: meppen, quartierId: esterfeld },
    ]);
    assert.equal(location, '/en/me');
    const page = await c.get('/en/me');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h2[^>]*><bdi lang="de">Meppen<\/bdi><\/h2>/);
    assert.match(page.body, /Neighbourhood manager – <bdi lang="de">Esterfeld<\/bdi>/);
    assert.match(page.body, /href="\/en\/m\/meppen\/admin"/, 'the staff area');
    assert.match(page.body, /href="\/en\/m\/meppen\/admin\/quartiere"/);
    // Six languages besides the source have no translation of Esterfeld's description yet.
    assert.match(page.body, /6 waiting/);
    assert.match(page.body, /href="\/en\/account"/);
  });

  test('sign-in applies the language stored with the account: the same page, in Arabic', async () => {
    const { c, location } = await signedIn(
      'resident@example.org',
      [{ role: 'resident', municipalityId: meppen }],
      'ar',
    );
    assert.equal(location, '/ar/me');
    const page = await c.get(location);
    assert.match(page.body, /<html lang="ar" dir="rtl">/);
    assert.match(page.body, /href="\/ar\/m\/meppen"/, 'a resident finds the public pages of their municipality');
    assert.match(page.body, /href="\/ar\/me"/, 'the header links to My Zuhause');
  });

  test('someone who belongs to no municipality yet gets the municipalities, not an empty page', async () => {
    const { c, location } = await signedIn('sam@example.org', []);
    assert.equal(location, '/en/me');
    const page = await c.get('/en/me');
    assert.match(page.body, /not linked to a municipality yet/);
    assert.match(page.body, /href="\/en\/m\/meppen"/);
    // Their own part comes from the manifests' personal entries: the account's and the feedback form's.
    assert.match(page.body, /href="\/en\/account"/);
    assert.match(page.body, /href="\/en\/feedback"/);
    // Their own part comes from the manifests' personal entries: the account's and the feedback form's.
    assert.match(page.body, /href="\/en\/account"/);
    assert.match(page.body, /href="\/en\/feedback"/);
  });

  test('anonymous visitors are sent to sign in first', async () => {
    const res = await new Client(t.app).get('/de/me');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/de/login?next=%2Fde%2Fme');
  });
});

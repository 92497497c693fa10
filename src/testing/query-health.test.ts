import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { QUERY_COUNT_HEADER } from '../platform/http/request-scope.ts';
import { MUNICIPAL_ROLES, signedInClient } from './access-matrix.ts';
import { type Client, type TestApp, testApp } from './app.ts';

// Query health: a page costs a fixed, small number of queries, however many rows it shows. Counted per request
// by the query observer (the count is sent as a header in test mode only).

const STAFF_LIST = /^\/:locale\/m\/:municipality\/admin\/[a-z-]+$/;

function queries(res: { headers: Record<string, unknown> }): number {
  const n = Number(res.headers[QUERY_COUNT_HEADER]);
  assert.ok(Number.isInteger(n), `no ${QUERY_COUNT_HEADER} header`);
  return n;
}

describe('query health', () => {
  let t: TestApp;
  let meppen: string;
  let staff: Client;
  let serial = 0;

  before(async () => {
    t = await testApp({}, [], { demo: true });
    const m = await t.conn.db
      .selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    meppen = m.id;
    staff = await signedInClient(t.app, t.conn.db, {
      email: 'query-health@example.test',
      municipalityId: meppen,
      roles: MUNICIPAL_ROLES,
    });
  });
  after(() => t.close());

  /** Rows of every kind the pages list, added to Meppen (and ten more municipalities for the start page). */
  async function addRows(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      serial += 1;
      const s = `qh-${serial}`;
      await sql`insert into municipalities (slug, ags, name, district) values (${s}, ${String(30_000_000 + serial)}, ${`Ort ${s}`}, 'Emsland')`.execute(
        t.conn.db,
      );
      await sql`insert into quartiere (municipality_id, slug, name) values (${meppen}, ${s}, ${`Quartier ${s}`})`.execute(
        t.conn.db,
      );
      await sql`insert into providers (municipality_id, name, kind) values (${meppen}, ${`Träger ${s}`}, 'association')`.execute(
        t.conn.db,
      );
      const u = await t.conn.db
        .insertInto('users')
        .values({ email: `${s}@example.test`, display_name: `Person ${s}`, password_hash: null, totp_secret: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.conn.db
        .insertInto('role_assignments')
        .values({ user_id: u.id, role: 'volunteer', municipality_id: meppen, quartier_id: null, provider_id: null })
        .execute();
    }
  }

  /** The queries of an anonymous visit that the page cache cannot answer (a fresh query string). */
  async function anonymousCount(path: string): Promise<number> {
    serial += 1;
    const res = await t.app.inject({ method: 'GET', url: `${path}?v=${serial}` });
    assert.equal(res.statusCode, 200, path);
    return queries(res);
  }

  test('the start page runs one query, whatever the number of municipalities', async () => {
    const before = await anonymousCount('/de/');
    await addRows(15);
    const afterRows = await anonymousCount('/de/');
    assert.equal(before, 1);
    assert.equal(afterRows, before);
  });

  test("a municipality's page runs a fixed number of queries, whatever it lists", async () => {
    await anonymousCount('/de/m/meppen'); // the tenant lookup is cached from here on
    const before = await anonymousCount('/de/m/meppen');
    await addRows(15);
    await anonymousCount('/de/m/meppen');
    const afterRows = await anonymousCount('/de/m/meppen');
    assert.ok(before <= 4, `${before} queries`);
    assert.equal(afterRows, before);
  });

  test('every staff list page runs a fixed, small number of queries, whatever it lists', async (ctx) => {
    const lists = t.app.routeTable.filter((r) => r.method === 'GET' && STAFF_LIST.test(r.url));
    assert.ok(lists.length >= 3, `staff list pages found: ${lists.map((r) => r.url).join(', ')}`);
    // A fresh query string each time: the page is built, not taken from the page cache.
    const count = async (url: string) => {
      serial += 1;
      const res = await staff.get(`${url}?v=${serial}`);
      assert.equal(res.statusCode, 200, url);
      return queries(res);
    };
    const urls = lists.map((r) => r.url.replace(':locale', 'de').replace(':municipality', 'meppen'));
    const before = new Map<string, number>();
    for (const url of urls) {
      await count(url); // session and tenant are read once, then kept
      before.set(url, await count(url));
    }
    await addRows(15);
    for (const url of urls) {
      await count(url);
      const n = await count(url);
      ctx.diagnostic(`${url}: ${before.get(url)} → ${n} queries`);
      assert.ok(n <= 6, `${url}: ${n} queries`);
      assert.equal(n, before.get(url), url);
    }
  });

  test('a signed-in page reads the session once, then only when sessions change', async () => {
    const other = await signedInClient(t.app, t.conn.db, {
      email: 'query-health-2@example.test',
      municipalityId: meppen,
      roles: ['volunteer'],
    });
    const first = await other.get('/de/?v=first');
    const again = await other.get('/de/?v=again');
    assert.equal(again.statusCode, 200);
    assert.ok(queries(again) < queries(first), `${queries(first)} then ${queries(again)} queries`);
    assert.equal(queries(again), 1, 'the start page itself');
  });
});

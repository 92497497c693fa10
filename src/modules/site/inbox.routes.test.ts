import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';

// The feedback inboxes: a municipality admin reads their municipality's feedback, the state admin the feedback
// that names no municipality; filters, pages, the audited reading, the status and the team address.

describe('feedback inbox', () => {
  let t: TestApp;
  let meppen: string;
  let osnabrueck: string;
  let meppenAdmin: Client;
  let stateAdmin: Client;
  const ids: Record<string, string> = {};

  async function feedback(values: {
    message: string;
    municipalityId: string | null;
    email?: string;
    at: string;
    status?: 'new' | 'answered' | 'done';
  }): Promise<string> {
    const row = await t.conn.db
      .insertInto('feedback')
      .values({
        message: values.message,
        municipality_id: values.municipalityId,
        email: values.email ?? null,
        locale: 'de',
        page_url: null,
        created_at: new Date(values.at),
        ...(values.status ? { status: values.status } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  before(async () => {
    t = await testApp();
    meppen = await insertMunicipality(t.conn, 'meppen');
    osnabrueck = await insertMunicipality(t.conn, 'osnabrueck');
    meppenAdmin = await signedInClient(t.app, t.conn.db, {
      email: 'admin@meppen.test',
      municipalityId: meppen,
      roles: ['municipality_admin'],
    });
    stateAdmin = await signedInClient(t.app, t.conn.db, {
      email: 'admin@land.test',
      municipalityId: null,
      roles: ['state_admin'],
    });
    // 30 messages on Meppen, a minute apart; every third one answered, the last one with a reply address.
    for (let i = 0; i < 30; i++) {
      ids[`m${i}`] = await feedback({
        message: `Meppen Meldung ${i}`,
        municipalityId: meppen,
        at: `2026-11-0${1 + Math.floor(i / 10)}T09:${String(i).padStart(2, '0')}:00Z`,
        ...(i % 3 === 0 ? { status: 'answered' } : {}),
        ...(i === 29 ? { email: 'leser@example.org' } : {}),
      });
    }
    ids.osnabrueck = await feedback({
      message: 'Nur Osnabrück',
      municipalityId: osnabrueck,
      at: '2026-11-02T10:00:00Z',
    });
    ids.state = await feedback({
      message: 'Die Plattform ist zu langsam',
      municipalityId: null,
      email: 'land@example.org',
      at: '2026-11-02T11:00:00Z',
    });
  });
  after(() => t.close());

  it('lists a municipality its own feedback only, newest first, 25 a page', async () => {
    const res = await meppenAdmin.get('/de/m/meppen/admin/feedback');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /30 Rückmeldungen/);
    const numbers = [...res.body.matchAll(/>Meppen Meldung (\d+)</g)].map((m) => Number(m[1]));
    assert.deepEqual(
      numbers,
      Array.from({ length: 25 }, (_, i) => 29 - i),
    );
    assert.doesNotMatch(res.body, /Nur Osnabrück|zu langsam/);
    assert.match(res.body, /href="\/de\/m\/meppen\/admin\/feedback"[^>]*aria-current="page"/);
    const second = await meppenAdmin.get('/de/m/meppen/admin/feedback?page=2');
    assert.deepEqual(
      [...second.body.matchAll(/>Meppen Meldung (\d+)</g)].map((m) => Number(m[1])),
      [4, 3, 2, 1, 0],
    );
  });

  it('filters by status and by days, and answers bad filters with 422 keeping the input', async () => {
    const answered = await meppenAdmin.get('/de/m/meppen/admin/feedback?status=answered');
    assert.match(answered.body, /10 Rückmeldungen/);
    const day = await meppenAdmin.get('/de/m/meppen/admin/feedback?from=2026-11-02&to=2026-11-02');
    assert.deepEqual(
      [...day.body.matchAll(/>Meppen Meldung (\d+)</g)].map((m) => Number(m[1])),
      [19, 18, 17, 16, 15, 14, 13, 12, 11, 10],
    );
    const bad = await meppenAdmin.get('/de/m/meppen/admin/feedback?from=2026-13-40&status=lost');
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#f-from"/);
    assert.match(bad.body, /href="#f-status"/);
    assert.match(bad.body, /value="2026-13-40"/);
    const order = await meppenAdmin.get('/de/m/meppen/admin/feedback?from=2026-11-03&to=2026-11-01');
    assert.equal(order.statusCode, 422);
    assert.match(order.body, /Das Enddatum darf nicht vor dem Anfangsdatum liegen/);
  });

  it('shows the state admin the feedback that names no municipality, and nothing of the municipalities', async () => {
    const res = await stateAdmin.get('/en/state/feedback');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Die Plattform ist zu langsam/);
    assert.match(res.body, /1 message/);
    assert.doesNotMatch(res.body, /Meppen Meldung|Nur Osnabrück/);
    assert.doesNotMatch(res.body, /team-address/);
    assert.equal((await stateAdmin.get(`/de/state/feedback/${ids.m1}`)).statusCode, 404);
  });

  it('audits reading a message that carries an e-mail address, and only that', async () => {
    const countReads = async () =>
      (
        await t.conn.db
          .selectFrom('audit_log')
          .select(['subject_id', 'municipality_id'])
          .where('action', '=', 'read')
          .where('subject_type', '=', 'site.feedback')
          .execute()
      ).map((r) => [r.subject_id, r.municipality_id]);
    const plain = await meppenAdmin.get(`/de/m/meppen/admin/feedback/${ids.m1}`);
    assert.equal(plain.statusCode, 200);
    assert.match(plain.body, /Meppen Meldung 1</);
    assert.deepEqual(await countReads(), []);
    const withMail = await meppenAdmin.get(`/de/m/meppen/admin/feedback/${ids.m29}`);
    assert.match(withMail.body, /href="mailto:leser@example.org"/);
    const state = await stateAdmin.get(`/de/state/feedback/${ids.state}`);
    assert.equal(state.statusCode, 200);
    assert.deepEqual(await countReads(), [
      [ids.m29, meppen],
      [ids.state, null],
    ]);
  });

  it('does not show another municipality its feedback, nor a malformed id', async () => {
    assert.equal((await meppenAdmin.get(`/de/m/meppen/admin/feedback/${ids.osnabrueck}`)).statusCode, 404);
    assert.equal((await meppenAdmin.get('/de/m/meppen/admin/feedback/not-a-uuid')).statusCode, 404);
    assert.equal((await meppenAdmin.get('/de/m/osnabrueck/admin/feedback')).statusCode, 403);
  });

  it('marks a message answered, then done, with an audit row for each change', async () => {
    await meppenAdmin.get(`/de/m/meppen/admin/feedback/${ids.m2}`);
    const res = await meppenAdmin.post(`/de/m/meppen/admin/feedback/${ids.m2}/status`, { status: 'answered' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/de/m/meppen/admin/feedback/${ids.m2}`);
    const page = await meppenAdmin.get(`/de/m/meppen/admin/feedback/${ids.m2}`);
    assert.match(page.body, /Der Stand wurde gespeichert/);
    assert.match(page.body, /<option value="answered" selected>Beantwortet/);
    await meppenAdmin.post(`/de/m/meppen/admin/feedback/${ids.m2}/status`, { status: 'done' });
    const row = await t.conn.db
      .selectFrom('feedback')
      .select(['status', 'handled_at'])
      .where('id', '=', ids.m2!)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'done');
    assert.ok(row.handled_at);
    const audits = await t.conn.db
      .selectFrom('audit_log')
      .select(['reason', 'municipality_id'])
      .where('action', '=', 'update')
      .where('subject_id', '=', ids.m2!)
      .orderBy('at')
      .execute();
    assert.deepEqual(
      audits.map((a) => a.reason),
      ['status: new → answered', 'status: answered → done'],
    );
    const bad = await meppenAdmin.post(`/de/m/meppen/admin/feedback/${ids.m2}/status`, { status: 'lost' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /<title>Fehler: /);
    assert.match(bad.body, /href="#f-status"/);
    const foreign = await meppenAdmin.post(`/de/m/meppen/admin/feedback/${ids.osnabrueck}/status`, { status: 'done' });
    assert.equal(foreign.statusCode, 404);
  });

  it('lets the municipality admin set, reject and remove the team address', async () => {
    await meppenAdmin.get('/de/m/meppen/admin/feedback');
    const bad = await meppenAdmin.post('/de/m/meppen/admin/feedback/team-address', { email: 'kein-at' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#f-email"/);
    assert.match(bad.body, /value="kein-at"/);
    const ok = await meppenAdmin.post('/de/m/meppen/admin/feedback/team-address', { email: 'team@meppen.example' });
    assert.equal(ok.statusCode, 303);
    const page = await meppenAdmin.get('/de/m/meppen/admin/feedback');
    assert.match(page.body, /Die Team-Adresse wurde gespeichert/);
    assert.match(page.body, /gehen per E-Mail an team@meppen.example/);
    await meppenAdmin.post('/de/m/meppen/admin/feedback/team-address', { email: '' });
    const rows = await t.conn.db.selectFrom('feedback_team_addresses').selectAll().execute();
    assert.deepEqual(rows, []);
    const audits = await t.conn.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'site.feedback_team_address')
      .orderBy('at')
      .execute();
    assert.deepEqual(
      audits.map((a) => a.action),
      ['create', 'delete'],
    );
  });
});

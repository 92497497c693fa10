import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { startFakeOParl, type FakeOParl } from './oparl.fake-server.ts';
import { fixtureProgramme, fixtureSession, userIdOf } from './sessions.fixtures.ts';

// The staff pages of sessions: the programme's own staff enter and change sessions (times in Berlin), set the
// OParl source and import now; a failed import says why and keeps what was there. Others are refused. With the
// default settings, an address of this machine or the internal network is refused by the form and by the import.

let serial = 0;

describe('mentoring sessions: staff pages', () => {
  let t: TestApp;
  let m: string;
  let other: string;
  let staff: Client;
  let stranger: Client;
  let resident: Client;
  let programmeId: string;
  let server: FakeOParl;
  const base = '/de/m/osnabrueck/admin/mentoring/demokratie-test/sessions';

  async function person(muni: string, roles: ('municipality_admin' | 'resident')[]) {
    const email = `sessions-${process.pid}-${++serial}@example.test`;
    const c = await signedInClient(t.app, t.conn.db, { email, municipalityId: muni, roles });
    return { c, userId: await userIdOf(t.conn.db, email) };
  }
  const stored = () =>
    t.conn.db
      .selectFrom('mentoring_sessions')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('programme_id', '=', programmeId)
      .orderBy('starts_at')
      .execute();

  before(async () => {
    // The test's OParl server listens on 127.0.0.1: this app lets private addresses through (the default does not).
    t = await testApp({ allowPrivateAddresses: true });
    t.clock.now = new Date('2026-03-01T10:00:00Z');
    m = await insertMunicipality(t.conn, 'osnabrueck');
    other = await insertMunicipality(t.conn, 'meppen');
    const s = await person(m, ['municipality_admin']);
    staff = s.c;
    stranger = (await person(m, ['municipality_admin'])).c;
    resident = (await person(m, ['resident'])).c;
    programmeId = (await fixtureProgramme(t.conn.db, m, { slug: 'demokratie-test', staff: [s.userId] })).programmeId;
    server = await startFakeOParl([
      {
        key: 'rat-1',
        name: 'Sitzung des Rates',
        start: '2026-03-31T17:00:00+02:00',
        modified: '2026-02-01T10:00:00+01:00',
        organization: [{ name: 'Rat der Stadt Osnabrück' }],
      },
    ]);
  });
  after(async () => {
    await server.close();
    await t.close();
  });

  test('staff enter a session in Berlin time; the list shows it so', async () => {
    const res = await staff.post(base, {
      kind: 'faction_meeting',
      title: 'Fraktionssitzung (offener Teil)',
      organization: 'Fraktion im Rat',
      startsAt: '2026-03-31T17:00',
      endsAt: '2026-03-31T19:00',
      location: 'Rathaus, Markt',
      visitorNote: 'Einlasskarte vorher im Rathaus abholen.',
      public: 'on',
    });
    assert.equal(res.statusCode, 303);
    const [row] = await stored();
    assert.equal(row?.starts_at.toISOString(), '2026-03-31T15:00:00.000Z');
    assert.equal(row?.source, 'manual');
    assert.equal(row?.public, true);
    const page = await staff.get(base);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /31\.03\.2026, 17:00/);
    assert.match(page.body, /Fraktionssitzung \(offener Teil\)/);
  });

  test('bad input comes back as 422 with what was typed, and nothing is stored', async () => {
    const before = (await stored()).length;
    const res = await staff.post(base, {
      kind: 'party',
      title: 'Ausschuss',
      startsAt: '2026-04-01T17:00',
      endsAt: '2026-04-01T16:00',
      webUrl: 'javascript:alert(1)',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /value="Ausschuss"/);
    assert.match(res.body, /mit http:\/\/ oder https:\/\//);
    const late = await staff.post(base, {
      kind: 'committee',
      title: 'A',
      startsAt: '2026-04-01T17:00',
      endsAt: '2026-04-01T16:00',
    });
    assert.equal(late.statusCode, 422);
    assert.match(late.body, /Das Ende muss nach dem Beginn liegen/);
    const noTime = await staff.post(base, { kind: 'committee', title: 'A', startsAt: '31.03.2026' });
    assert.equal(noTime.statusCode, 422);
    assert.equal((await stored()).length, before);
  });

  test('a session is changed on its page; an unknown or another tenant’s id is a 404', async () => {
    const id = await fixtureSession(t.conn.db, m, programmeId, { startsAt: new Date('2026-05-05T15:00:00Z') });
    const edit = `${base}/${id}/edit`;
    const page = await staff.get(edit);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="2026-05-05T17:00"/);
    const res = await staff.post(edit, {
      kind: 'council_session',
      title: 'Ratssitzung (verlegt)',
      startsAt: '2026-05-12T17:00',
      public: 'on',
      cancelled: 'on',
    });
    assert.equal(res.statusCode, 303);
    const row = (await stored()).find((s) => s.id === id);
    assert.equal(row?.title, 'Ratssitzung (verlegt)');
    assert.equal(row?.cancelled, true);
    assert.equal(row?.starts_at.toISOString(), '2026-05-12T15:00:00.000Z');
    assert.equal((await staff.get(`${base}/00000000-0000-4000-8000-000000000000/edit`)).statusCode, 404);
    const elsewhere = await fixtureProgramme(t.conn.db, other);
    const foreign = await fixtureSession(t.conn.db, other, elsewhere.programmeId, {
      startsAt: new Date('2026-05-05T15:00:00Z'),
    });
    assert.equal((await staff.get(`${base}/${foreign}/edit`)).statusCode, 404);
    assert.equal((await staff.get('/de/m/osnabrueck/admin/mentoring/gibt-es-nicht/sessions')).statusCode, 404);
    assert.equal((await staff.get(`/de/m/osnabrueck/admin/mentoring/${elsewhere.slug}/sessions`)).statusCode, 404);
  });

  test('the pages read in Arabic, right to left', async () => {
    const page = await staff.get(base.replace('/de/', '/ar/'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /dir="rtl"/);
    assert.match(page.body, /تسجيل جلسة جديدة/);
    assert.equal((await staff.get(`${base.replace('/de/', '/ar/')}/oparl`)).statusCode, 200);
  });

  test('staff of other programmes and residents are refused', async () => {
    assert.equal((await stranger.get(base)).statusCode, 403);
    assert.equal((await stranger.get(`${base}/oparl`)).statusCode, 403);
    assert.equal((await resident.get(base)).statusCode, 403);
  });

  test('the OParl source is saved, "import now" imports, and a failed run says why and keeps the sessions', async () => {
    const oparl = `${base}/oparl`;
    // Nothing to import from before a source is set.
    assert.equal((await staff.post(`${oparl}/import`, {})).statusCode, 404);
    assert.match((await staff.get(oparl)).body, /Adresse des OParl-Systems/);
    const bad = await staff.post(oparl, { endpointUrl: 'ftp://ratsinfo' });
    assert.equal(bad.statusCode, 422);
    const saved = await staff.post(oparl, {
      endpointUrl: `${server.base}/oparl/system`,
      visitorNote: 'Einlasskarte vorher im Rathaus abholen.',
      scheduled: 'on',
    });
    assert.equal(saved.statusCode, 303);
    const run = await staff.post(`${oparl}/import`, {});
    assert.equal(run.statusCode, 303);
    const imported = (await stored()).filter((s) => s.source === 'oparl');
    assert.equal(imported.length, 1);
    assert.equal(imported[0]?.visitor_note, 'Einlasskarte vorher im Rathaus abholen.');
    const after = await staff.get(oparl);
    assert.match(after.body, /Erfolgreich: 1 neu, 0 geändert/);

    server.quirks.down = true;
    t.clock.now = new Date('2026-03-01T10:05:00Z');
    const failed = await staff.post(`${oparl}/import`, {});
    assert.equal(failed.statusCode, 303);
    const shown = await staff.get(oparl);
    assert.match(shown.body, /Der Import ist fehlgeschlagen/);
    assert.match(shown.body, /mit einem Serverfehler geantwortet/);
    assert.match(shown.body, /bisher importierten Sitzungen sind unverändert erhalten/);
    assert.equal((await stored()).filter((s) => s.source === 'oparl').length, 1);
    server.quirks.down = false;
  });
});

describe('mentoring sessions: the OParl source may not point at this machine or the internal network', () => {
  let t: TestApp;
  let m: string;
  let staff: Client;
  let programmeId: string;
  let server: FakeOParl;
  const base = '/de/m/osnabrueck/admin/mentoring/demokratie-ssrf/sessions';
  const oparl = `${base}/oparl`;
  const imported = () =>
    t.conn.db
      .selectFrom('mentoring_sessions')
      .select('title')
      .where('municipality_id', '=', m)
      .where('programme_id', '=', programmeId)
      .where('source', '=', 'oparl')
      .execute();
  const stored = () =>
    t.conn.db
      .selectFrom('mentoring_oparl_sources')
      .select(['endpoint_url', 'body_id'])
      .where('municipality_id', '=', m)
      .where('programme_id', '=', programmeId)
      .executeTakeFirst();

  before(async () => {
    t = await testApp();
    assert.equal(t.config.allowPrivateAddresses, false);
    t.clock.now = new Date('2026-03-01T10:00:00Z');
    m = await insertMunicipality(t.conn, 'osnabrueck');
    const email = `sessions-ssrf-${process.pid}@example.test`;
    staff = await signedInClient(t.app, t.conn.db, { email, municipalityId: m, roles: ['municipality_admin'] });
    const userId = await userIdOf(t.conn.db, email);
    programmeId = (await fixtureProgramme(t.conn.db, m, { slug: 'demokratie-ssrf', staff: [userId] })).programmeId;
    server = await startFakeOParl([
      {
        key: 'rat-1',
        name: 'Sitzung des Rates',
        start: '2026-03-31T17:00:00+02:00',
        modified: '2026-02-01T10:00:00+01:00',
      },
    ]);
  });
  after(async () => {
    await server.close();
    await t.close();
  });

  test('the form answers 422 with a message for an address of this machine or the internal network, and keeps the input', async () => {
    for (const endpointUrl of [
      `${server.base}/oparl/system`,
      'http://127.0.0.1:5432/',
      'http://localhost/oparl/system',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/oparl',
      'http://[::1]/oparl',
      'http://[fd00::1]/oparl',
      'http://[::ffff:127.0.0.1]/oparl',
      'http://0.0.0.0/oparl',
    ]) {
      const res = await staff.post(oparl, { endpointUrl, visitorNote: 'Notiz' });
      assert.equal(res.statusCode, 422, endpointUrl);
      assert.match(res.body, /führt auf diesen Server selbst oder in ein internes Netz/);
      assert.match(res.body, />Notiz</);
    }
    const body = await staff.post(oparl, {
      endpointUrl: 'https://ratsinfo.invalid/oparl/system',
      bodyId: 'http://192.168.1.1/oparl/body/1',
    });
    assert.equal(body.statusCode, 422);
    assert.match(body.body, /führt auf diesen Server selbst oder in ein internes Netz/);
    // Another scheme is refused as before, in the reader's language.
    const ftp = await staff.post(oparl.replace('/de/', '/en/'), { endpointUrl: 'ftp://ratsinfo.example.org/oparl' });
    assert.equal(ftp.statusCode, 422);
    assert.match(ftp.body, /starting with http:\/\/ or https:\/\//);
    assert.equal(await stored(), undefined);
  });

  test('an import from such an address (stored while allowed) fails with a clear message and keeps the sessions', async () => {
    // A source stored while private addresses were allowed, with one session imported then.
    await t.conn.db
      .insertInto('mentoring_oparl_sources')
      .values({
        municipality_id: m,
        programme_id: programmeId,
        endpoint_url: `${server.base}/oparl/system`,
        scheduled: false,
      })
      .execute();
    await t.conn.db
      .insertInto('mentoring_sessions')
      .values({
        municipality_id: m,
        programme_id: programmeId,
        kind: 'council_session',
        title: 'Früher importiert',
        starts_at: new Date('2026-03-20T17:00:00Z'),
        source: 'oparl',
        oparl_id: `${server.base}/oparl/meeting/alt`,
        public: true,
      })
      .execute();
    const run = await staff.post(`${oparl}/import`, {});
    assert.equal(run.statusCode, 303);
    const shown = await staff.get(oparl);
    assert.match(shown.body, /Der Import ist fehlgeschlagen/);
    assert.match(shown.body, /führt auf diesen Server selbst oder in ein internes Netz/);
    assert.match(shown.body, /bisher importierten Sitzungen sind unverändert erhalten/);
    assert.deepEqual(await imported(), [{ title: 'Früher importiert' }]);
    assert.deepEqual(server.requests, []);
    const ar = await staff.get(oparl.replace('/de/', '/ar/'));
    assert.match(ar.body, /يؤدي العنوان، أو إعادة توجيه من الواجهة، إلى هذا الخادم نفسه/);
  });
});

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { formatDate } from '../../platform/i18n/format.ts';
import type { UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { type ClientOptions, listOf, meetingSchema, text } from './oparl.client.ts';
import { type FakeOParl, type FakeMeeting, startFakeOParl } from './oparl.fake-server.ts';
import { importMeetings, SINCE_MARGIN_MS } from './oparl.import.ts';
import { fixtureProgramme } from './sessions.fixtures.ts';
import { upcomingSessions } from './sessions.read.ts';
import { saveSource, sourceOf } from './sessions.repository.ts';

// The OParl import against a small OParl server started here, with the quirks real endpoints have. The server
// listens on 127.0.0.1, which the import refuses by default: these clients allow private addresses explicitly.

const FAST: ClientOptions = { timeoutMs: 400, retries: 2, backoffMs: 5, maxPages: 50, allowPrivateAddresses: true };
const NOW = new Date('2026-03-01T10:00:00Z');

const meeting = (key: string, o: Partial<FakeMeeting> = {}): FakeMeeting => ({
  key,
  name: `Sitzung ${key}`,
  start: '2026-03-31T17:00:00+02:00',
  end: '2026-03-31T20:00:00+02:00',
  modified: '2026-02-20T08:00:00.123456+01:00',
  ...o,
});

describe('OParl import', () => {
  let conn: Connection;
  let m: string;
  let server: FakeOParl;
  let programmeId: string;
  const t = () => tenant(m);
  const call = (now = NOW): UseCaseCall => ({ db: conn.db, tenant: t(), actor: null, requestId: null, now });
  const sessions = () =>
    conn.db
      .selectFrom('mentoring_sessions')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('programme_id', '=', programmeId)
      .orderBy('oparl_id')
      .execute();
  const offered = async (now = NOW) => (await upcomingSessions(conn.db, t(), programmeId, now)).map((s) => s.title);

  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  after(async () => {
    await conn.close();
  });
  beforeEach(async () => {
    await server?.close();
    programmeId = (await fixtureProgramme(conn.db, m)).programmeId;
  });
  after(async () => server?.close());

  async function serve(meetings: FakeMeeting[], quirks: Parameters<typeof startFakeOParl>[1] = {}) {
    server = await startFakeOParl(meetings, quirks);
    await saveSource(conn.db, t(), programmeId, {
      endpointUrl: `${server.base}/oparl/system`,
      bodyId: null,
      visitorNote: 'Einlasskarte vorher im Rathaus abholen.',
      scheduled: true,
    });
  }

  test('the tolerant readers: "N/A" and empty are no value, one object is a list of one, a list is its first object', () => {
    assert.equal(text.parse('N/A'), null);
    assert.equal(text.parse('  '), null);
    assert.equal(text.parse(' Rat '), 'Rat');
    const m1 = meetingSchema.parse({
      id: 'https://x/1',
      type: 'https://schema.oparl.org/1.0/Meeting',
      name: '',
      start: '2026-03-31T17:00:00.000000+02:00',
      organization: { id: 'https://x/o', name: 'Rat' },
      location: [{ description: 'Rathaus' }],
      cancelled: 'false',
      agendaItem: 'N/A',
    });
    assert.equal(m1.name, null);
    assert.equal(m1.start?.toISOString(), '2026-03-31T15:00:00.000Z');
    assert.equal(m1.organization?.length, 1);
    assert.deepEqual(m1.location?.object, { description: 'Rathaus' });
    assert.equal(m1.cancelled, false);
    assert.deepEqual(m1.agendaItem, []);
    assert.deepEqual(listOf(text).parse(['a', 'N/A', 'b']), ['a', null, 'b']);
  });

  test('upcoming public meetings become sessions; cancelled, past, deleted and non-public ones are never offered', async () => {
    await serve([
      meeting('rat', {
        name: 'Rat der Stadt',
        organization: [{ id: 'o1', name: 'Rat der Stadt Osnabrück' }],
        location: 'LOCATION',
      }),
      meeting('abgesagt', { name: 'Ausschuss für Integration', cancelled: true }),
      meeting('vergangen', { start: '2026-01-13T17:00:00+01:00', end: 'N/A' }),
      meeting('geloescht', { deleted: true }),
      meeting('intern', { meetingState: 'nichtöffentlich' }),
      meeting('tops', { agendaItem: [{ public: false }, { public: false }] }),
      meeting('ausschuss', {
        name: 'Ausschuss für Stadtentwicklung',
        start: '2026-04-14T17:00:00+02:00',
        agendaItem: [{ public: false }, { public: true }],
        organization: { name: 'Ausschuss für Stadtentwicklung und Umwelt' },
        web: 'N/A',
      }),
    ]);
    // The location is a URL on the server: the import fetches it.
    server.meetings[0]!.location = `${server.base}/oparl/location/rathaus`;
    const r = await importMeetings(call(), programmeId, FAST);
    assert.equal(r.status, 'ok');
    assert.deepEqual(await offered(), ['Rat der Stadt', 'Ausschuss für Stadtentwicklung']);
    const rows = await sessions();
    // The past meeting and the tombstone of an unknown meeting are not stored at all.
    assert.equal(rows.length, 5);
    assert.equal(r.created, 5);
    const rat = rows.find((s) => s.title === 'Rat der Stadt')!;
    assert.equal(rat.kind, 'council_session');
    assert.equal(rat.location, 'Rathaus, Friedenssaal, Markt 1, 49074 Osnabrück');
    assert.equal(rat.visitor_note, 'Einlasskarte vorher im Rathaus abholen.');
    assert.equal(formatDate('de', rat.starts_at, true), '31.03.2026, 17:00');
    const committee = rows.find((s) => s.title === 'Ausschuss für Stadtentwicklung')!;
    assert.equal(committee.kind, 'committee');
    assert.equal(committee.web_url, null);
    assert.equal(rows.find((s) => s.title === 'Sitzung intern')!.public, false);
    assert.equal(rows.find((s) => s.title === 'Sitzung tops')!.public, false);
    assert.equal(rows.find((s) => s.title === 'Ausschuss für Integration')!.cancelled, true);
    const source = await sourceOf(conn.db, t(), programmeId);
    assert.equal(source?.lastStatus, 'ok');
    assert.equal(source?.lastModifiedSince?.getTime(), NOW.getTime());
  });

  test('the next run asks modified_since (seconds, minus the margin), re-adds a dropped filter, honours tombstones and keeps the note', async () => {
    await serve([meeting('a'), meeting('b'), meeting('c'), meeting('d'), meeting('e')], {
      dropFilter: true,
      rejectFraction: true,
    });
    assert.equal((await importMeetings(call(), programmeId, FAST)).created, 5);
    const edited = await conn.db
      .updateTable('mentoring_sessions')
      .set({ visitor_note: 'Bitte Ausweis mitbringen.' })
      .where('municipality_id', '=', m)
      .where('oparl_id', '=', `${server.base}/oparl/meeting/b`)
      .executeTakeFirst();
    assert.equal(Number(edited.numUpdatedRows), 1);
    const later = new Date(NOW.getTime() + 86_400_000 + 123);
    const changed = '2026-03-02T09:00:00+01:00';
    server.meetings[0]!.deleted = true;
    server.meetings[0]!.modified = changed;
    server.meetings[1]!.name = 'Sitzung b (verlegt)';
    server.meetings[1]!.modified = changed;
    server.meetings.push(meeting('f', { modified: changed }), meeting('g', { modified: changed }));
    server.requests.length = 0;
    const r = await importMeetings(call(later), programmeId, FAST);
    assert.equal(r.status, 'ok');
    assert.deepEqual([r.created, r.updated], [2, 2]);
    const since = new Date(NOW.getTime() - SINCE_MARGIN_MS).toISOString().slice(0, 19);
    const asked = server.requests.filter((u) => u.startsWith('/oparl/body/1/meetings'));
    assert.equal(asked.length, 2);
    for (const u of asked) assert.equal(new URL(u, server.base).searchParams.get('modified_since'), `${since}Z`);
    assert.ok(r.warnings.some((w) => w.code === 'filterReadded'));
    const rows = await sessions();
    assert.equal(rows.length, 7);
    assert.equal(rows.find((s) => s.oparl_id?.endsWith('/a'))!.deleted, true);
    const b = rows.find((s) => s.oparl_id?.endsWith('/b'))!;
    assert.equal(b.title, 'Sitzung b (verlegt)');
    assert.equal(b.visitor_note, 'Bitte Ausweis mitbringen.');
    assert.ok(!(await offered(later)).includes('Sitzung a'));
  });

  test('a repeated page URL stops the paging with a warning, and each meeting is imported once', async () => {
    await serve([meeting('a'), meeting('b'), meeting('c'), meeting('d'), meeting('e')], { repeatPage: true });
    const r = await importMeetings(call(), programmeId, FAST);
    assert.equal(r.status, 'ok');
    assert.equal(r.created, 5);
    assert.ok(r.warnings.some((w) => w.code === 'repeatedPage'));
    assert.equal((await sessions()).length, 5);
    assert.equal(server.requests.filter((u) => u.startsWith('/oparl/body/1/meetings')).length, 3);
  });

  test('an empty page as 404 or bare [], pages as bare arrays, one object for a list: all read', async () => {
    await serve([], { empty: '404' });
    assert.deepEqual((await importMeetings(call(), programmeId, FAST)).status, 'ok');
    server.quirks.empty = 'bare';
    assert.deepEqual((await importMeetings(call(), programmeId, FAST)).status, 'ok');
    server.meetings.push(meeting('solo', { modified: '2026-03-01T10:30:00+01:00' }));
    server.quirks.oneAsObject = true;
    const one = await importMeetings(call(new Date(NOW.getTime() + 60_000)), programmeId, FAST);
    assert.equal(one.created, 1);
    server.meetings.push(meeting('bare', { modified: '2026-03-01T10:30:00+01:00' }));
    server.quirks.oneAsObject = false;
    server.quirks.bareArrays = true;
    const bare = await importMeetings(call(new Date(NOW.getTime() + 120_000)), programmeId, FAST);
    assert.equal(bare.created, 1);
    assert.deepEqual((await offered()).sort(), ['Sitzung bare', 'Sitzung solo']);
  });

  test('500s and broken JSON are retried a bounded number of times', async () => {
    await serve([meeting('a')], { fail500: 1, failJson: 1 });
    const r = await importMeetings(call(), programmeId, FAST);
    assert.equal(r.status, 'ok');
    assert.equal(r.created, 1);
  });

  test('a broken or slow endpoint fails with a clear error and keeps what earlier runs imported', async () => {
    await serve([meeting('a'), meeting('b')]);
    assert.equal((await importMeetings(call(), programmeId, FAST)).created, 2);
    server.quirks.down = true;
    server.requests.length = 0;
    const down = await importMeetings(call(new Date(NOW.getTime() + 3_600_000)), programmeId, FAST);
    assert.deepEqual([down.status, down.error], ['failed', 'http']);
    assert.equal(server.requests.length, 1 + FAST.retries);
    let source = await sourceOf(conn.db, t(), programmeId);
    assert.equal(source?.lastStatus, 'failed');
    assert.equal(source?.lastError, 'http');
    // The failed run does not move the incremental mark.
    assert.equal(source?.lastModifiedSince?.getTime(), NOW.getTime());
    server.quirks.down = false;
    server.quirks.delayMs = FAST.timeoutMs * 3;
    const slow = await importMeetings(call(new Date(NOW.getTime() + 7_200_000)), programmeId, FAST);
    assert.deepEqual([slow.status, slow.error], ['failed', 'timeout']);
    server.quirks.delayMs = 0;
    server.quirks.failJson = 10;
    const broken = await importMeetings(call(new Date(NOW.getTime() + 7_200_000)), programmeId, FAST);
    assert.deepEqual([broken.status, broken.error], ['failed', 'json']);
    assert.deepEqual(await offered(), ['Sitzung a', 'Sitzung b']);
    source = await sourceOf(conn.db, t(), programmeId);
    assert.equal(source?.lastError, 'json');
  });

  test('an endpoint that is no OParl system is named as such', async () => {
    await serve([]);
    await saveSource(conn.db, t(), programmeId, {
      endpointUrl: `${server.base}/oparl/location/rathaus`,
      bodyId: null,
      visitorNote: null,
      scheduled: false,
    });
    const r = await importMeetings(call(), programmeId, FAST);
    assert.deepEqual([r.status, r.error], ['failed', 'notOParl']);
    await saveSource(conn.db, t(), programmeId, {
      endpointUrl: `${server.base}/nothing`,
      bodyId: null,
      visitorNote: null,
      scheduled: false,
    });
    assert.equal((await importMeetings(call(), programmeId, FAST)).error, 'notFound');
  });
});

describe('OParl import: the hourly job', () => {
  test('imports every scheduled source; a broken one records its error and the others still run', async () => {
    const { oparlImportJob } = await import('./sessions.jobs.ts');
    const conn = await testDatabase();
    const good = await startFakeOParl([meeting('a'), meeting('b')]);
    const bad = await startFakeOParl([meeting('x')], { down: true });
    try {
      const m = await insertMunicipality(conn, 'osnabrueck');
      const broken = (await fixtureProgramme(conn.db, m)).programmeId;
      const fine = (await fixtureProgramme(conn.db, m)).programmeId;
      const paused = (await fixtureProgramme(conn.db, m)).programmeId;
      const source = (url: string, scheduled: boolean) => ({
        endpointUrl: url,
        bodyId: null,
        visitorNote: null,
        scheduled,
      });
      await saveSource(conn.db, tenant(m), broken, source(`${bad.base}/oparl/system`, true));
      await saveSource(conn.db, tenant(m), fine, source(`${good.base}/oparl/system`, true));
      await saveSource(conn.db, tenant(m), paused, source(`${good.base}/oparl/system`, false));
      const job = {
        id: 'j',
        kind: 'mentoring.sessions.oparl-import',
        payload: {},
        municipalityId: null,
        attempts: 1,
        maxAttempts: 3,
      };
      await oparlImportJob(job, { db: conn.db, now: () => NOW, config: { allowPrivateAddresses: true } });
      assert.equal((await sourceOf(conn.db, tenant(m), broken))?.lastError, 'http');
      assert.equal((await sourceOf(conn.db, tenant(m), fine))?.lastStatus, 'ok');
      assert.equal((await sourceOf(conn.db, tenant(m), paused))?.lastStatus, null);
      assert.equal((await upcomingSessions(conn.db, tenant(m), fine, NOW)).length, 2);
      assert.equal((await upcomingSessions(conn.db, tenant(m), paused, NOW)).length, 0);
    } finally {
      await good.close();
      await bad.close();
      await conn.close();
    }
  });
});

describe('OParl import: concurrent runs', () => {
  test('"import now" and the job at the same moment store each meeting once', async () => {
    const conn = await testDatabase();
    const server = await startFakeOParl([meeting('a'), meeting('b'), meeting('c')], { delayMs: 20 });
    try {
      const m = await insertMunicipality(conn, 'osnabrueck');
      const { programmeId } = await fixtureProgramme(conn.db, m);
      const source = { endpointUrl: `${server.base}/oparl/system`, bodyId: null, visitorNote: null, scheduled: true };
      await saveSource(conn.db, tenant(m), programmeId, source);
      const call: UseCaseCall = { db: conn.db, tenant: tenant(m), actor: null, requestId: null, now: NOW };
      const runs = await Promise.all([1, 2, 3, 4].map(() => importMeetings(call, programmeId, FAST)));
      assert.ok(runs.every((r) => r.status === 'ok'));
      assert.equal(
        runs.reduce((n, r) => n + r.created, 0),
        3,
      );
      const rows = await conn.db
        .selectFrom('mentoring_sessions')
        .select('oparl_id')
        .where('municipality_id', '=', m)
        .where('programme_id', '=', programmeId)
        .execute();
      assert.equal(rows.length, 3);
    } finally {
      await server.close();
      await conn.close();
    }
  });
});

describe('OParl import: requests to this machine and the internal network are refused', () => {
  let conn: Connection;
  let m: string;
  let server: FakeOParl;
  let programmeId: string;
  const t = () => tenant(m);
  const call = (now = NOW): UseCaseCall => ({ db: conn.db, tenant: t(), actor: null, requestId: null, now });
  /** The default: no private address; `only` lets the test server's own address through, and nothing else. */
  const GUARDED: ClientOptions = { timeoutMs: 400, retries: 2, backoffMs: 5, maxPages: 50 };
  const only: ClientOptions = { ...GUARDED, allowAddresses: ['127.0.0.1'] };
  const titles = async () =>
    (
      await conn.db
        .selectFrom('mentoring_sessions')
        .select('title')
        .where('municipality_id', '=', m)
        .where('programme_id', '=', programmeId)
        .orderBy('title')
        .execute()
    ).map((r) => r.title);
  const source = (endpointUrl: string) =>
    saveSource(conn.db, t(), programmeId, { endpointUrl, bodyId: null, visitorNote: null, scheduled: true });

  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  beforeEach(async () => {
    await server?.close();
    programmeId = (await fixtureProgramme(conn.db, m)).programmeId;
    server = await startFakeOParl([meeting('a'), meeting('b'), meeting('c')]);
    // An earlier import (private addresses allowed) brought two sessions; every refused run must keep them.
    await source(`${server.base}/oparl/system`);
    server.meetings.splice(2);
    assert.equal((await importMeetings(call(), programmeId, FAST)).created, 2);
    server.meetings.push(meeting('c', { modified: '2026-03-01T10:30:00+01:00' }));
    server.requests.length = 0;
  });
  after(async () => {
    await server?.close();
    await conn.close();
  });

  /** A run that failed with `code`: nothing new imported, the earlier sessions kept, the error on the source. */
  async function refused(o: ClientOptions, code: string) {
    const mark = (await sourceOf(conn.db, t(), programmeId))?.lastModifiedSince ?? null;
    const r = await importMeetings(call(new Date(NOW.getTime() + 3_600_000)), programmeId, o);
    assert.deepEqual([r.status, r.error, r.created, r.updated], ['failed', code, 0, 0]);
    assert.deepEqual(await titles(), ['Sitzung a', 'Sitzung b']);
    const s = await sourceOf(conn.db, t(), programmeId);
    assert.equal(s?.lastError, code);
    // The incremental mark does not move: the next allowed run asks for the same changes again.
    assert.equal(s?.lastModifiedSince?.getTime(), mark?.getTime());
    return s;
  }

  test('by default an endpoint on 127.0.0.1, localhost, ::1, a mapped or metadata address is refused before any request', async () => {
    const port = new URL(server.base).port;
    for (const url of [
      `${server.base}/oparl/system`,
      `http://localhost:${port}/oparl/system`,
      `http://[::1]:${port}/oparl/system`,
      `http://[::ffff:127.0.0.1]:${port}/oparl/system`,
      `http://0.0.0.0:${port}/oparl/system`,
      `http://2130706433:${port}/oparl/system`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.20.30.40/oparl/system',
      'http://100.64.0.1/oparl/system',
      'http://[fd00::1]/oparl/system',
      'http://[fe80::1]/oparl/system',
    ]) {
      await source(url);
      const s = await refused(GUARDED, 'forbiddenAddress');
      // The detail names the URL, never the address a name resolved to.
      assert.ok(s?.lastErrorDetail?.startsWith('http'), url);
    }
    assert.deepEqual(server.requests, []);
  });

  test('a host name that resolves to a private address is refused, also when only one of its addresses is private', async () => {
    await source('https://ratsinfo.example.test/oparl/system');
    const asked: string[] = [];
    const resolve = async (host: string) => {
      asked.push(host);
      return [
        { address: '93.184.215.14', family: 4 },
        { address: '10.1.2.3', family: 4 },
      ];
    };
    await refused({ ...GUARDED, resolve }, 'forbiddenAddress');
    assert.deepEqual(asked, ['ratsinfo.example.test']);
  });

  test('a redirect on the same (allowed) server is followed', async () => {
    await source(`${server.base}/oparl/old-system`);
    server.quirks.redirects = { '/oparl/old-system': '/oparl/system' };
    const ok = await importMeetings(call(new Date(NOW.getTime() + 60_000)), programmeId, only);
    assert.deepEqual([ok.status, ok.created], ['ok', 1]);
    assert.deepEqual(await titles(), ['Sitzung a', 'Sitzung b', 'Sitzung c']);
    assert.deepEqual(server.requests.slice(0, 2), ['/oparl/old-system', '/oparl/system']);
  });

  test('a redirect to a private address or to another scheme is refused, and its target never asked', async () => {
    const port = new URL(server.base).port;
    for (const to of ['http://169.254.169.254/latest/meta-data/', `http://[::1]:${port}/oparl/system`]) {
      server.quirks.redirects = { '/oparl/system': to };
      server.requests.length = 0;
      await refused(only, 'forbiddenAddress');
      // The redirect was asked once (a refusal is not retried) and its target never.
      assert.deepEqual(server.requests, ['/oparl/system']);
    }
    server.quirks.redirects = { '/oparl/system': 'file:///etc/passwd' };
    await refused(only, 'forbiddenScheme');
  });

  test('a links.next to the internal network ends the run: nothing of the pages read before is written', async () => {
    await source(`${server.base}/oparl/system`);
    server.quirks.pageSize = 5;
    server.quirks.firstNext = 'http://10.0.0.7/oparl/body/1/meetings?page=2';
    await refused(only, 'forbiddenAddress');
    assert.ok(server.requests.some((u) => u.startsWith('/oparl/body/1/meetings')));
  });

  test('the hourly job refuses private addresses unless the settings allow them', async () => {
    const { oparlImportJob } = await import('./sessions.jobs.ts');
    const job = {
      id: 'j',
      kind: 'mentoring.sessions.oparl-import',
      payload: {},
      municipalityId: null,
      attempts: 1,
      maxAttempts: 3,
    };
    await oparlImportJob(job, { db: conn.db, now: () => new Date(NOW.getTime() + 3_600_000) });
    assert.equal((await sourceOf(conn.db, t(), programmeId))?.lastError, 'forbiddenAddress');
    assert.deepEqual(server.requests, []);
  });
});

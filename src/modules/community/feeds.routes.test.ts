import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toFloating } from '../../lib/calendar/index.ts';
import { parseFeed } from '../../lib/calendar/testing/ics-parse.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { at, type FeedScenario, feedScenario, moveDate } from './feeds.fixtures.ts';

const local = (d: Date) => toFloating(d, 'Europe/Berlin').toISOString().slice(0, 16);
const uidOf = (id: { uid: string }) => `${id.uid}@zuhause`;

describe('community feeds', () => {
  let s: FeedScenario;
  const t = fixture(
    async () => {
      const app: TestApp = await testApp({}, [], { demo: true });
      app.clock.now = at('2026-03-01T09:00:00Z');
      return app;
    },
    async (app) => {
      // The feeds hold exactly this scenario's events: the demo's own events go first.
      await app.conn.db.deleteFrom('community_events').execute();
      s = await feedScenario(app.conn.db);
    },
  );
  const get = (url: string) => new Client(t().app).get(url);

  it("the municipality's feed is a valid published calendar a different library reads back date by date", async () => {
    const res = await get('/m/meppen/events.ics');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/calendar; charset=utf-8/);
    assert.match(res.body, /\r\nMETHOD:PUBLISH\r\n/);
    assert.match(res.body, /\r\nX-WR-CALNAME:Veranstaltungen in Meppen\r\n/);
    assert.match(res.body, /\r\nEXDATE;TZID=Europe\/Berlin:20260512T180000\r\n/);
    assert.match(res.body, /\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260601T215959Z\r\n/);
    const feed = parseFeed(res.body);
    assert.deepEqual(feed.timezones, ['Europe/Berlin']);
    const dates = feed.occurrences(at('2026-03-01Z'), at('2026-11-10Z'));
    const uids = new Set(dates.map((d) => d.uid));
    assert.ok(uids.has(uidOf(s.before)) && uids.has(uidOf(s.after)) && uids.has(uidOf(s.single)));
    assert.ok(!uids.has(uidOf(s.draft)), 'a draft is never published');
    assert.ok(!uids.has(uidOf(s.osnabrueck)), "another municipality's event is not in Meppen's feed");
    const cafe = dates.filter((d) => d.uid === uidOf(s.before) || d.uid === uidOf(s.after));
    assert.equal(cafe.length, 33, 'one per week from 17 March to 3 November, without 12 May');
    assert.ok(!cafe.some((d) => local(d.start).startsWith('2026-05-12')));
    const moved = cafe.find((d) => d.recurrenceId !== null);
    assert.equal(local(moved!.start), '2026-05-20T19:00');
    for (const d of cafe.filter((x) => x.recurrenceId === null)) {
      assert.equal(local(d.start).slice(11), d.uid === uidOf(s.before) ? '18:00' : '19:00', local(d.start));
    }
  });

  it('titles and descriptions come in the language asked for, else in the language they were written in', async () => {
    const fa = parseFeed((await get('/m/meppen/events.ics?lang=fa')).body);
    const uk = parseFeed((await get('/m/meppen/events.ics?lang=uk')).body);
    const first = (f: typeof fa) => f.occurrences(at('2026-03-17Z'), at('2026-03-18Z'))[0]!;
    assert.equal(first(fa).summary, 'کافهٔ زبان استرفلد');
    assert.equal(first(uk).summary, 'Sprachcafé Esterfeld');
    const res = await get('/m/meppen/events.ics?lang=xx');
    assert.equal(res.statusCode, 400);
  });

  it("a Quartier's feed holds the events placed there or in its rooms, not those elsewhere", async () => {
    const res = await get('/m/meppen/q/esterfeld/events.ics');
    assert.equal(res.statusCode, 200);
    const uids = new Set(
      parseFeed(res.body)
        .occurrences(at('2026-03-01Z'), at('2027-01-01Z'))
        .map((d) => d.uid),
    );
    assert.deepEqual([...uids].sort(), [uidOf(s.before), uidOf(s.after)].sort());
    assert.equal((await get('/m/meppen/q/nirgendwo/events.ics')).statusCode, 404);
    assert.equal((await get('/m/meppen/q/schinkel/events.ics')).statusCode, 404, "Osnabrück's Quartier");
  });

  it("an organiser's feed holds their events only; an organiser without public events is not found", async () => {
    const res = await get(`/m/meppen/organisers/${s.providerId}/events.ics`);
    assert.equal(res.statusCode, 200);
    const uids = new Set(
      parseFeed(res.body)
        .occurrences(at('2026-03-01Z'), at('2027-01-01Z'))
        .map((d) => d.uid),
    );
    assert.deepEqual([...uids], [uidOf(s.before)]);
    assert.equal((await get(`/m/meppen/organisers/${crypto.randomUUID()}/events.ics`)).statusCode, 404);
    assert.equal((await get(`/m/osnabrueck/organisers/${s.providerId}/events.ics`)).statusCode, 404);
  });

  it("one series' file holds it with its exceptions; drafts and other municipalities' series are not found", async () => {
    const res = await get(`/m/meppen/events/${s.before.id}/event.ics`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /\r\nX-WR-CALNAME:Sprachcafé Esterfeld\r\n/);
    assert.equal(res.body.match(/BEGIN:VEVENT/g)?.length, 2, 'the series and its one moved date');
    assert.equal((await get(`/m/meppen/events/${s.draft.id}/event.ics`)).statusCode, 404);
    assert.equal((await get(`/m/meppen/events/${s.osnabrueck.id}/event.ics`)).statusCode, 404);
    assert.equal((await get(`/m/osnabrueck/events/${s.osnabrueck.id}/event.ics`)).statusCode, 200);
    assert.equal((await get('/m/meppen/events/not-a-uuid/event.ics')).statusCode, 404);
  });

  it('a change shows in the next read of the feed, with its revision raised; an unchanged feed is a 304', async () => {
    const { db } = t().conn;
    const url = `/m/meppen/events/${s.before.id}/event.ics`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    t().clock.now = at('2026-03-01T10:00:00Z');
    const again = await t().app.inject({ url, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304, 'a later read of the same feed');
    assert.equal(again.body, '');
    await moveDate(db, s.meppen.t, s.before.id, at('2026-04-14T16:00:00Z'), {
      startsAt: at('2026-04-14T17:00:00Z'),
      endsAt: at('2026-04-14T18:30:00Z'),
      sequence: 5,
    });
    const res = await t().app.inject({ url, headers: { 'if-none-match': etag } });
    assert.equal(res.statusCode, 200, 'changed since');
    assert.notEqual(res.headers.etag, etag);
    const [d] = parseFeed(res.body).occurrences(at('2026-04-13Z'), at('2026-04-20Z'));
    assert.equal(local(d!.start), '2026-04-14T19:00');
    assert.equal(d!.sequence, 5);
  });
});

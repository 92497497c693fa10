import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sessionClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { parseFeed } from '../../lib/calendar/testing/ics-parse.ts';
import { fixture } from '../../testing/fixture.ts';
import { fixtureUser, type WorkspaceFixture, workspaceFixture } from './workspace.fixtures.ts';

// The pairing workspace: only its two people open it; sessions offered are upcoming, public and not cancelled;
// "we go" and manual activities fill the log, attended only from the day on; feedback once per side and stage,
// from its first day; messages reach the other side (a mail with a link, never the text), and staff see the log
// but never the messages. Then the cycle's end: completed and ended pairings, completed mentees.

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const day = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

describe('mentoring workspace', () => {
  const t = fixture(() => testApp());
  let f: WorkspaceFixture;
  let m = '';
  let ws = '';
  let admin = '';
  before(async () => {
    const db = t().conn.db;
    const row = await db
      .insertInto('municipalities')
      .values({ slug: 'osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Kreisfreie Stadt' })
      .returning('id')
      .executeTakeFirstOrThrow();
    m = row.id;
    f = await workspaceFixture(db, m, t().clock.now);
    ws = `/de/m/osnabrueck/mentoring/pairings/${f.pairingId}`;
    admin = `/de/m/osnabrueck/admin/mentoring/${f.programmeSlug}/cycles/${f.cycleId}`;
  });
  const client = (userId: string) => sessionClient(t().app, t().conn.db, userId);
  const activities = () =>
    t()
      .conn.db.selectFrom('mentoring_activities')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('pairing_id', '=', f.pairingId)
      .orderBy('created_at')
      .execute();

  test('opens for the mentee and the mentor; anyone else (staff, a stranger, anonymous) gets 404 or sign-in', async () => {
    const mentee = await client(f.menteeUserId);
    const page = await mentee.get(ws);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<bdi>محمد العلي<\/bdi>/);
    assert.match(text(page.body), /Mentoring mit \u2068Ratsfrau Meyer\u2069/);
    assert.equal((await (await client(f.mentorUserId)).get(ws)).statusCode, 200);
    assert.equal((await (await client(f.staffId)).get(ws)).statusCode, 404, 'staff never open the workspace');
    assert.equal((await (await client(f.outsiderId)).get(ws)).statusCode, 404);
    const stranger = await fixtureUser(t().conn.db, { name: 'Fremd' });
    assert.equal((await (await client(stranger)).get(ws)).statusCode, 404);
    const other = `/de/m/osnabrueck/mentoring/pairings/${f.otherPairingId}`;
    assert.equal((await mentee.get(other)).statusCode, 404, "another pair's workspace is not this pair's");
    assert.equal((await mentee.get('/de/m/osnabrueck/mentoring/pairings/not-an-id')).statusCode, 404);
    const anonymous = await new Client(t().app).get(ws);
    assert.ok([302, 303].includes(anonymous.statusCode), `anonymous: ${anonymous.statusCode}`);
  });

  test('offers the upcoming public session with its visitor note, not cancelled, non-public, deleted or past ones', async () => {
    const body = text((await (await client(f.menteeUserId)).get(ws)).body);
    assert.match(body, /Ratssitzung Dezember/);
    assert.match(body, /Einlasskarte vorher im Rathaus holen/);
    for (const hidden of ['Abgesagte Sitzung', 'Nichtöffentliche Sitzung', 'Gelöschte Sitzung', 'Vergangene Sitzung'])
      assert.doesNotMatch(body, new RegExp(hidden));
  });

  test('"we go" logs a session once, planned; a hidden session is refused', async () => {
    const mentee = await client(f.menteeUserId);
    await mentee.get(ws);
    const res = await mentee.post(`${ws}/activities`, { sessionId: f.sessionId });
    assert.equal(res.statusCode, 303);
    const again = await mentee.post(`${ws}/activities`, { sessionId: f.sessionId });
    assert.equal(again.statusCode, 303);
    const rows = (await activities()).filter((a) => a.session_id === f.sessionId);
    assert.equal(rows.length, 1, 'logged once');
    assert.equal(rows[0]!.attended, false);
    assert.equal(rows[0]!.on_date, day(t().clock.now, 5));
    const cancelled = await mentee.post(`${ws}/activities`, { sessionId: f.hiddenSessionIds[0]! });
    assert.equal(cancelled.statusCode, 422);
    assert.match(text(cancelled.body), /nicht mehr angeboten/);
    const bad = await mentee.post(`${ws}/activities`, { sessionId: 'x' });
    assert.equal(bad.statusCode, 422);
    // The planned session goes into the pair's calendar file, read back by another library; only the pair gets it.
    const page = await mentee.get(ws);
    assert.match(page.body, new RegExp(`href="${ws}/calendar.ics"`));
    const ics = await mentee.get(`${ws}/calendar.ics`);
    assert.equal(ics.statusCode, 200);
    assert.match(String(ics.headers['content-type']), /^text\/calendar/);
    const feed = parseFeed(ics.body);
    assert.deepEqual(feed.timezones, ['Europe/Berlin']);
    const planned = feed.occurrences(new Date(0), new Date(Date.UTC(2100, 0, 1)));
    assert.equal(planned.length, 1);
    assert.equal(planned[0]!.summary, 'Ratssitzung Dezember');
    const session = await t()
      .conn.db.selectFrom('mentoring_sessions')
      .select(['starts_at', 'ends_at'])
      .where('id', '=', f.sessionId)
      .executeTakeFirstOrThrow();
    const minute = (d: Date | string) => Math.floor(new Date(d).getTime() / 60_000);
    assert.equal(minute(planned[0]!.start), minute(session.starts_at), 'at its time (to the minute)');
    const description = String(feed.calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('description'));
    assert.match(description, /Einlasskarte vorher im Rathaus holen/, 'with the visitor note');
    assert.equal((await (await client(f.outsiderId)).get(`${ws}/calendar.ics`)).statusCode, 404);
    // The planned session is in the future: it cannot be marked attended yet.
    const early = await mentee.post(`${ws}/activities/${rows[0]!.id}/attended`, { attended: 'yes' });
    assert.equal(early.statusCode, 422);
    assert.equal((await activities()).find((a) => a.id === rows[0]!.id)!.attended, false);
  });

  test('a manual activity: the cycle kinds, within the cycle, attended only on a day that has come', async () => {
    const mentor = await client(f.mentorUserId);
    await mentor.get(ws);
    const before = (await activities()).length;
    const ok = {
      kind: 'committee',
      title: 'Ausschuss für Integration',
      onDate: day(t().clock.now, -10),
      attended: 'yes',
    };
    assert.equal((await mentor.post(`${ws}/activities`, ok)).statusCode, 303);
    const wrongKind = await mentor.post(`${ws}/activities`, { ...ok, kind: 'online_event' });
    assert.equal(wrongKind.statusCode, 422, 'a kind the cycle does not count');
    assert.match(wrongKind.body, /Ausschuss für Integration/, 'the input is kept');
    const outside = await mentor.post(`${ws}/activities`, { ...ok, onDate: day(t().clock.now, -200) });
    assert.equal(outside.statusCode, 422);
    const future = await mentor.post(`${ws}/activities`, { ...ok, onDate: day(t().clock.now, 3) });
    assert.equal(future.statusCode, 422);
    assert.match(text(future.body), /erst ab dem Tag/);
    const empty = await mentor.post(`${ws}/activities`, { kind: '', title: '', onDate: '2026-02-31' });
    assert.equal(empty.statusCode, 422);
    assert.equal((await activities()).length, before + 1);
    const planned = { kind: 'faction_meeting', title: 'Fraktionssitzung', onDate: day(t().clock.now, -2) };
    assert.equal((await mentor.post(`${ws}/activities`, planned)).statusCode, 303);
    const row = (await activities()).find((a) => a.title === 'Fraktionssitzung')!;
    assert.equal(row.attended, false);
    const mark = await mentor.post(`${ws}/activities/${row.id}/attended`, { attended: 'yes' });
    assert.equal(mark.statusCode, 303);
    assert.equal((await activities()).find((a) => a.id === row.id)!.attended, true);
    // The log says the kind once when the title only repeats it, and both when the title says more.
    const log = text((await mentor.get(ws)).body);
    assert.match(log, /Fraktionssitzung besucht/);
    assert.doesNotMatch(log, /Fraktionssitzung · Fraktionssitzung/);
    assert.match(log, /Ausschusssitzung · Ausschuss für Integration/);
    const foreign = `/de/m/osnabrueck/mentoring/pairings/${f.otherPairingId}/activities/${row.id}/attended`;
    assert.equal((await mentor.post(foreign, { attended: 'no' })).statusCode, 404);
    const unknown = `${ws}/activities/00000000-0000-4000-8000-000000000000/attended`;
    assert.equal((await mentor.post(unknown, { attended: 'no' })).statusCode, 404);
  });

  test('feedback: mid-term open from half-time, once per side; final not before two weeks before the end', async () => {
    const mentee = await client(f.menteeUserId);
    const form = await mentee.get(`${ws}/feedback/mid`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /type="radio"/);
    const bad = await mentee.post(`${ws}/feedback/mid`, { overall: '7', understanding: '4' });
    assert.equal(bad.statusCode, 422);
    const scores = { overall: '5', understanding: '4', confidence: '4', mentor_time: '3', comment: 'Sehr gut.' };
    assert.equal((await mentee.post(`${ws}/feedback/mid`, scores)).statusCode, 303);
    const twice = await mentee.post(`${ws}/feedback/mid`, scores);
    assert.equal(twice.statusCode, 303, 'a second one is turned back with a warning');
    const rows = await t()
      .conn.db.selectFrom('mentoring_feedback')
      .selectAll()
      .where('municipality_id', '=', m)
      .where('pairing_id', '=', f.pairingId)
      .execute();
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]!.scores, { overall: 5, understanding: 4, confidence: 4, mentor_time: 3 });
    assert.equal(rows[0]!.side, 'mentee');
    const early = await mentee.post(`${ws}/feedback/final`, scores);
    assert.equal(early.statusCode, 303, 'the final form opens two weeks before the end');
    assert.match(text((await mentee.get(String(early.headers.location))).body), /ab dem/);
    assert.equal((await mentee.get(`${ws}/feedback/later`)).statusCode, 404);
    const audit = await t()
      .conn.db.selectFrom('audit_log')
      .select('changes')
      .where('subject_type', '=', 'mentoring.workspace.feedback')
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(JSON.stringify(audit.changes), /Sehr gut/, 'the comment is only marked as filled');
  });

  test('messages: the other side gets a mail with a link only, an unread count on My Zuhause, read on opening', async () => {
    const mentee = await client(f.menteeUserId);
    await mentee.get(ws);
    const res = await mentee.post(`${ws}/messages`, { body: 'مرحبا، هل نذهب إلى جلسة المجلس؟' });
    assert.equal(res.statusCode, 303);
    const mail = await t()
      .conn.db.selectFrom('mail_outbox')
      .select(['body_text', 'subject'])
      .where('municipality_id', '=', m)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(mail.body_text, new RegExp(`/de/m/osnabrueck/mentoring/pairings/${f.pairingId}`));
    assert.doesNotMatch(mail.body_text, /جلسة المجلس/, 'the mail never carries the message');
    const mentor = await client(f.mentorUserId);
    const me = await mentor.get('/de/me');
    assert.match(text(me.body), /Nachrichten im Mentoring/);
    assert.match(me.body, /z-tile__count/);
    const page = await mentor.get(ws);
    assert.match(page.body, /جلسة المجلس/);
    const unread = await t()
      .conn.db.selectFrom('mentoring_messages')
      .select('read_at')
      .where('municipality_id', '=', m)
      .where('pairing_id', '=', f.pairingId)
      .executeTakeFirstOrThrow();
    assert.ok(unread.read_at, 'read once the mentor opened the workspace');
    assert.doesNotMatch((await mentor.get('/de/me')).body, /z-tile__count/);
    const empty = await mentor.post(`${ws}/messages`, { body: '' });
    assert.equal(empty.statusCode, 422);
  });

  test("staff: the cycle's pairings with attended counts and logs, never the messages; strangers 404", async () => {
    const staff = await client(f.staffId);
    const page = await staff.get(`${admin}/pairings`);
    assert.equal(page.statusCode, 200);
    const body = text(page.body);
    assert.match(body, /Ausschuss für Integration/);
    assert.match(page.body, /<bdi>محمد العلي<\/bdi>/);
    assert.doesNotMatch(page.body, /جلسة المجلس/, 'messages stay with the pair');
    assert.equal(
      (await (await client(f.outsiderId)).get(`${admin}/pairings`)).statusCode,
      404,
      'not on the staff list',
    );
    assert.equal((await (await client(f.menteeUserId)).get(`${admin}/pairings`)).statusCode, 403);
    const wrong = `/de/m/osnabrueck/admin/mentoring/${f.programmeSlug}/cycles/00000000-0000-4000-8000-000000000000/pairings`;
    assert.equal((await staff.get(wrong)).statusCode, 404);
  });

  test('finishing the cycle: enough attended activities → completed pairing and mentee; else ended; once only', async () => {
    const db = t().conn.db;
    // A third attended activity for the first pair (two so far: the committee and the faction meeting).
    const mentee = await client(f.menteeUserId);
    await mentee.get(ws);
    const third = { kind: 'council_session', title: 'Ratssitzung', onDate: day(t().clock.now, -20), attended: 'yes' };
    assert.equal((await mentee.post(`${ws}/activities`, third)).statusCode, 303);
    const staff = await client(f.staffId);
    await staff.get(`${admin}/pairings`);
    const outsider = await client(f.outsiderId);
    await outsider.get('/de/m/osnabrueck/admin');
    assert.equal((await outsider.post(`${admin}/finish`, {}, `${admin}/pairings`)).statusCode, 404);
    const res = await staff.post(`${admin}/finish`, {});
    assert.equal(res.statusCode, 303);
    const pairings = await db
      .selectFrom('mentoring_pairings')
      .select(['id', 'status'])
      .where('municipality_id', '=', m)
      .execute();
    assert.equal(pairings.find((p) => p.id === f.pairingId)!.status, 'completed');
    assert.equal(pairings.find((p) => p.id === f.otherPairingId)!.status, 'ended');
    const mentees = await db
      .selectFrom('mentoring_mentees')
      .select(['id', 'status', 'completed_at'])
      .where('municipality_id', '=', m)
      .execute();
    const done = mentees.find((e) => e.id === f.menteeId)!;
    assert.equal(done.status, 'completed');
    assert.ok(done.completed_at);
    const other = mentees.find((e) => e.id === f.otherMenteeId)!;
    assert.equal(other.status, 'matched');
    assert.equal(other.completed_at, null);
    const cycle = await db
      .selectFrom('mentoring_cycles')
      .select('status')
      .where('id', '=', f.cycleId)
      .executeTakeFirstOrThrow();
    assert.equal(cycle.status, 'finished');
    const again = await staff.post(`${admin}/finish`, {});
    assert.equal(again.statusCode, 303);
    const flash = await staff.get(String(again.headers.location));
    assert.match(text(flash.body), /schon beendet/);
    // After the end the log is closed: the workspace still opens, read only.
    const closed = await mentee.get(ws);
    assert.equal(closed.statusCode, 200);
    assert.doesNotMatch(closed.body, new RegExp(`action="${ws}/activities"`));
    const late = await mentee.post(`${ws}/activities`, third);
    assert.equal(late.statusCode, 303);
    assert.match(text((await mentee.get(String(late.headers.location))).body), /Tagebuch ist abgeschlossen/);
  });
});

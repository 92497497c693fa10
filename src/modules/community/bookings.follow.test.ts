import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { seedDemo } from '../../seed/seed.ts';
import { Client, testApp } from '../../testing/app.ts';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { EXPIRE_JOB, expireRequestsJob } from './bookings.jobs.ts';
import { fixture } from '../../testing/fixture.ts';
import { overlappingPairs } from './bookings.repository.ts';
import { callIn, eventFormData, municipalityId, userId } from './events.fixtures.ts';
import { eventForm } from './events.schema.ts';
import { changeEventStatus, splitSeries } from './events.series.ts';
import { changeEvent, createEvent } from './events.service.ts';
import { cancelOccurrence, changeOccurrence } from './occurrences.change.ts';
import { tenant } from '../../platform/db/tenant.ts';

// Room bookings follow their event: after every change of the dates (one cancelled, one moved, the rule changed,
// the series split, the event cancelled, another room) the bookings that hold a room are exactly the live dates
// ahead, each at its date's time; released bookings stay as cancelled rows.

const NOW = new Date('2027-01-04T10:00:00Z');

describe('room bookings follow their event', () => {
  const t = fixture(
    () => testApp(),
    (app) => seedDemo(app.conn.db),
  );
  const db = () => t().conn.db;
  const ids = { m: '', volunteer: '', room: '', other: '', event: '', later: '' };
  const at = () => callIn(db(), ids.m, ids.volunteer, NOW);
  const input = (over: Record<string, string | string[]> = {}) => {
    const r = parseForm(eventForm, { ...eventFormData(), ...over });
    assert.ok(r.ok, JSON.stringify(r.ok ? null : r.errors));
    return r.data;
  };
  const inRoom = (room: string, over: Record<string, string | string[]> = {}) =>
    input({
      place: 'room',
      roomId: room,
      address: '',
      startDate: '2027-01-05',
      ends: 'count',
      count: '6',
      ...over,
    });
  const occurrences = (eventId: string) =>
    db()
      .selectFrom('community_occurrences')
      .selectAll()
      .where('event_id', '=', eventId)
      .orderBy('original_start')
      .execute();
  const bookings = (eventId: string) =>
    db().selectFrom('community_bookings').selectAll().where('event_id', '=', eventId).orderBy('starts_at').execute();

  /** The invariant: holding bookings ahead are one per live date ahead, in the event's room, at its time. */
  async function assertFollows(eventId: string, roomId: string | null) {
    const live = (await occurrences(eventId)).filter((o) => o.status === 'scheduled' && o.starts_at > NOW);
    const held = (await bookings(eventId)).filter((b) => b.status === 'pending' || b.status === 'approved');
    if (!roomId) return assert.equal(held.length, 0);
    assert.deepEqual(
      held.map((b) => [b.occurrence_id, b.room_id, b.starts_at.toISOString(), b.ends_at.toISOString()]),
      live.map((o) => [o.id, roomId, o.starts_at.toISOString(), o.ends_at.toISOString()]),
    );
    assert.equal(await overlappingPairs(db(), tenant(ids.m)), 0);
  }

  async function signedIn(key: string): Promise<Client> {
    const token = await createSession(db(), await userId(db(), key), new Date());
    await markSecondFactor(db(), token, new Date());
    const c = new Client(t().app);
    c.cookies = `zh_sid=${token}`;
    return c;
  }

  async function newRoom(name: string): Promise<string> {
    const row = await db()
      .insertInto('community_rooms')
      .values({
        municipality_id: ids.m,
        name,
        street: 'Am Markt 1',
        postcode: '27330',
        city: 'Asendorf',
        capacity: 30,
        needs_approval: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('a series in a room books each date, linked to it', async () => {
    ids.m = await municipalityId(db(), 'asendorf');
    ids.volunteer = await userId(db(), 'ehrenamt.asendorf');
    ids.room = await newRoom('Folgeraum');
    ids.other = await newRoom('Ausweichraum');
    ids.event = await runUseCase('test', at(), (uc) => createEvent(uc, inRoom(ids.room)));
    assert.equal((await bookings(ids.event)).length, 6);
    await assertFollows(ids.event, ids.room);
  });

  it('a cancelled date releases its booking, kept as cancelled', async () => {
    const second = (await occurrences(ids.event))[1]!;
    await runUseCase('test', at(), (uc) => cancelOccurrence(uc, null, ids.event, second.id));
    const row = (await bookings(ids.event)).find((b) => b.occurrence_id === second.id);
    assert.equal(row?.status, 'cancelled', 'the row stays for the figures');
    await assertFollows(ids.event, ids.room);
  });

  it('a date moved into a taken slot is a 409 naming the date, nothing changed; a free slot moves the booking', async () => {
    await db()
      .insertInto('community_bookings')
      .values({
        municipality_id: ids.m,
        room_id: ids.room,
        purpose: 'meeting',
        title: 'Vorstand',
        starts_at: new Date('2027-01-13T17:00:00Z'),
        ends_at: new Date('2027-01-13T19:00:00Z'),
        blocks: '[2027-01-13T17:00:00Z,2027-01-13T19:00:00Z)',
        status: 'approved',
      })
      .execute();
    const third = (await occurrences(ids.event))[2]!;
    const before = await bookings(ids.event);
    const move = (date: string) =>
      runUseCase('test', at(), (uc) =>
        changeOccurrence(uc, null, ids.event, third.id, { date, startTime: '18:30', endTime: '20:00' }),
      );
    const err = await move('2027-01-13').then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 409);
    assert.equal(err.code, 'community.booking.conflict');
    assert.deepEqual(err.values, { date: '2027-01-13', from: '18:30', to: '20:00' });
    assert.ok(err.fields.date, 'on the date field of the form');
    assert.deepEqual(await bookings(ids.event), before, 'no booking changed');
    assert.equal((await occurrences(ids.event))[2]!.starts_at.toISOString(), third.starts_at.toISOString());
    await move('2027-01-15');
    const moved = (await bookings(ids.event)).find((b) => b.occurrence_id === third.id)!;
    assert.equal(moved.id, before.find((b) => b.occurrence_id === third.id)!.id, 'the same booking moved');
    assert.equal(moved.starts_at.toISOString(), '2027-01-15T17:30:00.000Z');
    await assertFollows(ids.event, ids.room);
  });

  it('a changed rule releases the dropped dates, books the new ones and moves the longer ones', async () => {
    await runUseCase('test', at(), (uc) =>
      changeEvent(uc, null, ids.event, inRoom(ids.room, { weekdays: ['TU', 'TH'], count: '8', endTime: '20:00' })),
    );
    await assertFollows(ids.event, ids.room);
    const live = (await occurrences(ids.event)).filter((o) => o.status === 'scheduled');
    assert.ok(
      live.some((o) => o.starts_at.getUTCDay() === 4),
      'Thursdays booked',
    );
    assert.ok((await bookings(ids.event)).some((b) => b.status === 'cancelled' && b.occurrence_id === null));
  });

  it('a split hands the later bookings to the new event', async () => {
    const fourth = (await occurrences(ids.event)).filter((o) => o.status === 'scheduled')[3]!;
    ids.later = await runUseCase('test', at(), (uc) => splitSeries(uc, null, ids.event, fourth.id));
    const laterBookings = await bookings(ids.later);
    assert.ok(laterBookings.length > 0);
    assert.ok(laterBookings.every((b) => b.starts_at >= fourth.starts_at));
    const holding = (await bookings(ids.event)).filter((b) => b.status === 'approved');
    assert.ok(holding.length > 0 && holding.every((b) => b.starts_at < fourth.starts_at));
    await assertFollows(ids.event, ids.room);
    await assertFollows(ids.later, ids.room);
  });

  it('another room: the old room is released and the new one booked for every date ahead', async () => {
    await runUseCase('test', at(), (uc) =>
      changeEvent(
        uc,
        null,
        ids.later,
        inRoom(ids.other, { startDate: '2027-01-21', weekdays: ['TU', 'TH'], count: '5', endTime: '20:00' }),
      ),
    );
    await assertFollows(ids.later, ids.other);
    const old = (await bookings(ids.later)).filter((b) => b.room_id === ids.room);
    assert.ok(old.length > 0 && old.every((b) => b.status === 'cancelled'));
  });

  it('through the page: a date moved into a taken slot is a 409 on the form, the date named, the input kept', async () => {
    const jan7 = (await occurrences(ids.event)).find((o) => o.starts_at.toISOString().startsWith('2027-01-07'))!;
    const client = await signedIn('ehrenamt.asendorf');
    const url = `/de/m/asendorf/admin/events/${ids.event}/occurrences/${jan7.id}`;
    const res = await client.post(url, { date: '2027-01-13', startTime: '18:30', endTime: '20:00', places: '12' });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Der Raum ist am 13\.01\.2027 zwischen 18:30 und 20:00 schon belegt/);
    assert.match(res.body, /value="2027-01-13"/);
    assert.equal(
      (await occurrences(ids.event)).find((o) => o.id === jan7.id)!.starts_at.getTime(),
      jan7.starts_at.getTime(),
    );
  });

  it('an expired request reads "abgelaufen" on My room bookings; the week view names a holiday', async () => {
    const elke = await userId(db(), 'ehrenamt.asendorf');
    const startsAt = new Date(Date.now() - 3_600_000);
    const endsAt = new Date(Date.now() + 3_600_000);
    await db()
      .insertInto('community_bookings')
      .values({
        municipality_id: ids.m,
        room_id: ids.room,
        booked_by_user_id: elke,
        purpose: 'meeting',
        title: 'Nie entschieden',
        starts_at: startsAt,
        ends_at: endsAt,
        blocks: `[${startsAt.toISOString()},${endsAt.toISOString()})`,
        status: 'pending',
      })
      .execute();
    const job = {
      id: crypto.randomUUID(),
      kind: EXPIRE_JOB,
      payload: {},
      municipalityId: ids.m,
      attempts: 1,
      maxAttempts: 1,
    };
    await expireRequestsJob(job, { db: db(), now: () => new Date() });
    const client = await signedIn('ehrenamt.asendorf');
    const mine = await client.get('/de/m/asendorf/bookings');
    assert.match(mine.body, /Nie entschieden[\s\S]*abgelaufen/);
    const week = await client.get(`/de/m/asendorf/rooms/${ids.room}?week=2026-W52`);
    assert.equal(week.statusCode, 200);
    assert.match(week.body, /1\. Weihnachtstag/);
    assert.match(week.body, /2\. Weihnachtstag/);
  });

  it('a cancelled event releases every booking ahead', async () => {
    await runUseCase('test', at(), (uc) => changeEventStatus(uc, null, ids.later, 'cancelled'));
    await assertFollows(ids.later, null);
    assert.ok((await bookings(ids.later)).every((b) => b.status === 'cancelled'));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { extendHorizon } from './events.jobs.ts';
import { callIn, eventFormData, municipalityId, userId } from './events.fixtures.ts';
import { eventForm } from './events.schema.ts';
import { splitSeries } from './events.series.ts';
import { changeEvent, createEvent } from './events.service.ts';
import { cancelOccurrence, changeOccurrence } from './occurrences.change.ts';

// The series behind the calendar, on the database: dates a year ahead, an edit that keeps every date the rule
// still gives (with its registrations), single dates moved or cancelled, "this and following", the daily job
// that moves the horizon on (twice at once adds nothing twice), and the room booked for every date or not at all.

const NOW = new Date('2027-01-04T10:00:00Z');
const DAY = 86_400_000;

describe('event series and their dates', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  const db = () => t().conn.db;
  const ids = { asendorf: '', meppen: '', volunteer: '' };
  const input = (over: Record<string, string | string[]> = {}) => {
    const r = parseForm(eventForm, { ...eventFormData({ startDate: '2027-01-05' }), ...over });
    assert.ok(r.ok, JSON.stringify(r.ok ? null : r.errors));
    return r.data;
  };
  const at = (now = NOW) => callIn(db(), ids.asendorf, ids.volunteer, now);
  const dates = (eventId: string) =>
    db()
      .selectFrom('community_occurrences')
      .selectAll()
      .where('event_id', '=', eventId)
      .orderBy('original_start')
      .execute();
  const fieldOf = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      if (e instanceof AppError) return Object.keys(e.fields)[0] ?? e.code;
      throw e;
    }
    return 'no error';
  };

  let weekly = '';
  let continued = '';

  it('a weekly series gets one row per date for the coming year, 18:00 in Berlin in winter and in summer', async () => {
    ids.asendorf = await municipalityId(db(), 'asendorf');
    ids.meppen = await municipalityId(db(), 'meppen');
    ids.volunteer = await userId(db(), 'ehrenamt.asendorf');
    weekly = await runUseCase('test', at(), (uc) => createEvent(uc, input({ startDate: '2027-01-05' })));
    const rows = await dates(weekly);
    assert.equal(rows.length, 52, 'every Tuesday from 5 January 2027 within 365 days');
    assert.equal(rows[0]!.starts_at.toISOString(), '2027-01-05T17:00:00.000Z');
    const april = rows.find((r) => r.starts_at.toISOString().startsWith('2027-04-06'));
    assert.equal(april?.starts_at.toISOString(), '2027-04-06T16:00:00.000Z', 'summer time');
    assert.ok(rows.every((r) => r.places === 12));
  });

  it('an edit keeps the rows (ids, registrations) of dates the rule still gives, and adds the new ones', async () => {
    const feb2 = (await dates(weekly)).find((r) => r.starts_at.toISOString() === '2027-02-02T17:00:00.000Z')!;
    await db().updateTable('community_occurrences').set({ confirmed_count: 3 }).where('id', '=', feb2.id).execute();
    const sync = await runUseCase('test', at(), (uc) =>
      changeEvent(uc, null, weekly, input({ startDate: '2027-01-05', weekdays: ['TU', 'TH'], endTime: '20:00' })),
    );
    assert.equal(sync.added, 52, 'the Thursdays');
    const after = await dates(weekly);
    const same = after.find((r) => r.id === feb2.id)!;
    assert.equal(same.confirmed_count, 3, 'the registrations of an unchanged date stay');
    assert.equal(same.ends_at.toISOString(), '2027-02-02T19:00:00.000Z', 'its new end');
  });

  it('places below those already taken on a date are refused on the capacity field, nothing changed', async () => {
    const field = await fieldOf(
      runUseCase('test', at(), (uc) =>
        changeEvent(uc, null, weekly, input({ weekdays: ['TU', 'TH'], endTime: '20:00', capacity: '2' })),
      ),
    );
    assert.equal(field, 'capacity');
    assert.ok((await dates(weekly)).every((r) => r.places === 12));
  });

  it('a new time drops the old dates: removed where nobody registered, cancelled where someone had', async () => {
    await runUseCase('test', at(), (uc) =>
      changeEvent(uc, null, weekly, input({ weekdays: ['TU', 'TH'], startTime: '19:00', endTime: '20:30' })),
    );
    const rows = await dates(weekly);
    const hour = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(11, 16);
    const old = rows.filter((r) => hour(r.starts_at) === '18:00');
    assert.equal(old.length, 1, 'only the date with registrations is kept');
    assert.equal(old[0]!.status, 'cancelled');
    assert.equal(old[0]!.confirmed_count, 3);
    assert.equal(rows.filter((r) => r.status === 'scheduled').length, 104);
  });

  it('one date is moved (rule instant kept, SEQUENCE raised), given its own places, or cancelled; never in the past', async () => {
    const rows = await dates(weekly);
    const one = rows.find((r) => r.status === 'scheduled')!;
    const seq = (
      await db().selectFrom('community_events').select('sequence').where('id', '=', weekly).executeTakeFirstOrThrow()
    ).sequence;
    await runUseCase('test', at(), (uc) =>
      changeOccurrence(uc, null, weekly, one.id, {
        date: '2027-01-06',
        startTime: '17:00',
        endTime: '18:00',
        places: 20,
      }),
    );
    const moved = (await dates(weekly)).find((r) => r.id === one.id)!;
    assert.equal(moved.starts_at.toISOString(), '2027-01-06T16:00:00.000Z');
    assert.equal(moved.original_start.toISOString(), one.original_start.toISOString(), 'RECURRENCE-ID kept');
    assert.equal(moved.places, 20);
    const after = await db()
      .selectFrom('community_events')
      .select('sequence')
      .where('id', '=', weekly)
      .executeTakeFirstOrThrow();
    assert.equal(after.sequence, seq + 1);
    const past = await fieldOf(
      runUseCase('test', at(), (uc) =>
        changeOccurrence(uc, null, weekly, one.id, { date: '2027-01-01', startTime: '17:00', endTime: '18:00' }),
      ),
    );
    assert.equal(past, 'date');
    await runUseCase('test', at(), (uc) => cancelOccurrence(uc, null, weekly, one.id));
    assert.equal((await dates(weekly)).find((r) => r.id === one.id)!.status, 'cancelled');
    const again = await fieldOf(runUseCase('test', at(), (uc) => cancelOccurrence(uc, null, weekly, one.id)));
    assert.equal(again, 'date', 'a cancelled date cannot be cancelled twice');
  });

  it('another municipality cannot reach the series (404), a volunteer only their own', async () => {
    const other = callIn(db(), ids.meppen, null, NOW);
    const err = await runUseCase('test', other, (uc) => cancelOccurrence(uc, null, weekly, crypto.randomUUID())).catch(
      (e) => e,
    );
    assert.equal(err.status, 404);
    const stranger = await userId(db(), 'ehrenamt.meppen');
    const notMine = await runUseCase('test', at(), (uc) => changeEvent(uc, stranger, weekly, input())).catch((e) => e);
    assert.equal(notMine.status, 404);
  });

  it('"this and following" ends the series before the date and moves the later dates (same ids) to a new UID', async () => {
    const rows = (await dates(weekly)).filter((r) => r.status === 'scheduled');
    const from = rows[10]!;
    const laterIds = (await dates(weekly)).filter((r) => r.original_start >= from.original_start).map((r) => r.id);
    const newId = await runUseCase('test', at(), (uc) => splitSeries(uc, null, weekly, from.id));
    continued = newId;
    const event = (id: string) =>
      db().selectFrom('community_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const [oldE, newE] = [await event(weekly), await event(newId)];
    assert.notEqual(oldE.uid, newE.uid);
    assert.match(oldE.rrule ?? '', /;UNTIL=\d{8}T\d{6}$/);
    assert.deepEqual((await dates(newId)).map((r) => r.id).sort(), laterIds.sort());
    assert.ok((await dates(weekly)).every((r) => r.original_start < from.original_start));
    // A change of the new part leaves the old part alone.
    const before = (await dates(weekly)).length;
    await runUseCase('test', at(), (uc) =>
      changeEvent(
        uc,
        null,
        newId,
        input({ startDate: '2027-01-05', weekdays: ['TU'], startTime: '19:00', endTime: '21:00' }),
      ),
    );
    assert.equal((await dates(weekly)).length, before);
  });

  it('the daily job moves the horizon on; two runs at once add every date once', async () => {
    const later = new Date(NOW.getTime() + 60 * DAY);
    const job = {
      id: crypto.randomUUID(),
      kind: 'community.events.extend',
      payload: null,
      municipalityId: null,
      attempts: 1,
      maxAttempts: 3,
    };
    const count = async () => (await dates(continued)).length;
    const before = await count();
    await Promise.all([
      extendHorizon(job, { db: db(), now: () => later }),
      extendHorizon(job, { db: db(), now: () => later }),
    ]);
    const after = await count();
    const horizon = later.getTime() + 365 * DAY;
    const rows = await dates(continued);
    assert.ok(after > before, 'new dates at the end');
    assert.ok(rows.every((r) => r.starts_at.getTime() < horizon));
    assert.equal(new Set(rows.map((r) => r.original_start.getTime())).size, rows.length, 'no date twice');
    await extendHorizon(job, { db: db(), now: () => later });
    assert.equal(await count(), after, 'a third run adds nothing');
  });

  it('a series in a room books the room for every date; an overlapping series is refused as a whole', async () => {
    const room = await db()
      .insertInto('community_rooms')
      .values({
        municipality_id: ids.asendorf,
        name: 'Testraum',
        street: 'Am Markt 1',
        postcode: '27330',
        city: 'Asendorf',
        capacity: 30,
        needs_approval: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const inRoom = {
      place: 'room',
      roomId: room.id,
      address: '',
      repeat: 'monthly',
      monthWeek: '3',
      monthDay: 'FR',
      ends: 'count',
      count: '6',
      startDate: '2027-01-15',
      startTime: '18:00',
      endTime: '21:00',
    };
    const id = await runUseCase('test', at(), (uc) => createEvent(uc, input(inRoom)));
    const bookings = await db()
      .selectFrom('community_bookings')
      .select(['starts_at', 'status'])
      .where('event_id', '=', id)
      .execute();
    assert.equal(bookings.length, 6);
    assert.ok(bookings.every((b) => b.status === 'approved'));
    const events = async () => (await db().selectFrom('community_events').select('id').execute()).length;
    const n = await events();
    const clash = await fieldOf(
      runUseCase('test', at(), (uc) =>
        createEvent(uc, input({ ...inRoom, startTime: '20:00', endTime: '22:00', title: 'Zweite Gruppe' })),
      ),
    );
    assert.equal(clash, 'roomId');
    assert.equal(await events(), n, 'nothing stored');
  });

  it('a single event in the past is refused on its date', async () => {
    const field = await fieldOf(
      runUseCase('test', at(), (uc) => createEvent(uc, input({ repeat: 'once', startDate: '2027-01-03' }))),
    );
    assert.equal(field, 'startDate');
  });
});

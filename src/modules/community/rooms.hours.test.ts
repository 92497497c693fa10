import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSlots, type RoomRules, slotsOf } from './bookings.rules.ts';
import { groupDays, holidayHours, parseOpeningHours, weekOf, withinHours } from './rooms.hours.ts';
import { isoWeekOf, mondayOf, weekView } from './rooms.week.ts';

const floating = (text: string) => new Date(`${text}:00Z`);

describe('opening hours', () => {
  test('reads days, ranges, lists, several spans and closed days; a later rule replaces an earlier one', () => {
    const r = parseOpeningHours('Mo-Fr 09:00-18:00; We 09:00-12:00,14:00-20:00; Sa 10:00-14:00; Su off');
    assert.ok(r.ok);
    assert.deepEqual(r.week[0], [{ start: 540, end: 1080 }]);
    assert.deepEqual(r.week[2], [
      { start: 540, end: 720 },
      { start: 840, end: 1200 },
    ]);
    assert.deepEqual(r.week[6], []);
    assert.deepEqual(
      groupDays(r.week).map((g) => [g.from, g.to]),
      [
        [0, 1],
        [2, 2],
        [3, 4],
        [5, 5],
        [6, 6],
      ],
    );
  });

  test('refuses what it cannot read rather than guessing', () => {
    for (const bad of [
      'Mo-Fr 9-18',
      'Mo-Fr 18:00-09:00',
      'Mo-PH 10:00-12:00',
      'PH',
      'Mo-Fr 09:00-12:00,11:00-13:00',
      'Xy 10:00-11:00',
      '',
    ]) {
      assert.equal(parseOpeningHours(bad).ok, false, bad);
    }
    assert.ok(parseOpeningHours('24/7').ok);
    assert.ok(parseOpeningHours('Fr-Mo 10:00-24:00').ok, 'a range over the weekend');
  });

  test('a booking fits when it lies inside one open span of its day', () => {
    const week = weekOf('Mo-Fr 09:00-18:00,19:00-22:00');
    // 2026-12-08 is a Tuesday, 2026-12-12 a Saturday.
    assert.equal(withinHours(week, floating('2026-12-08T09:00'), floating('2026-12-08T18:00')), true);
    assert.equal(withinHours(week, floating('2026-12-08T17:00'), floating('2026-12-08T20:00')), false);
    assert.equal(withinHours(week, floating('2026-12-12T10:00'), floating('2026-12-12T11:00')), false);
    assert.equal(withinHours(null, floating('2026-12-12T10:00'), floating('2026-12-12T11:00')), true);
  });
});

describe('booking dates and rules', () => {
  const rules: RoomRules = {
    active: true,
    bookableBy: ['volunteer'],
    maxBookingMinutes: 180,
    leadTimeHours: 24,
    openingHours: 'Mo-Fr 08:00-22:00',
  };

  test('a weekly request keeps its wall-clock time across the change to winter time', () => {
    // Tuesdays 18:00 from 2026-10-20: 16:00Z in summer time, 17:00Z after 25 October.
    const slots = slotsOf({ date: '2026-10-20', from: '18:00', to: '20:00', weeks: 3 })!;
    assert.deepEqual(
      slots.map((s) => s.startsAt.toISOString()),
      ['2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z', '2026-11-03T17:00:00.000Z'],
    );
    assert.equal(slotsOf({ date: '2026-10-20', from: '20:00', to: '18:00', weeks: 1 }), null);
  });

  test('the first date that breaks a rule is named, whichever rule it is', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const ok = slotsOf({ date: '2026-12-08', from: '18:00', to: '20:00', weeks: 4 })!;
    assert.deepEqual(checkSlots(rules, ok, now), {});
    const long = slotsOf({ date: '2026-12-08', from: '10:00', to: '14:00', weeks: 1 })!;
    assert.equal(checkSlots(rules, long, now).to?.key, 'community.rooms.error.tooLong');
    const soon = slotsOf({ date: '2026-12-02', from: '10:00', to: '11:00', weeks: 1 })!;
    assert.equal(checkSlots(rules, soon, now).date?.key, 'community.rooms.error.leadTime');
    // Saturdays are closed: the first date is the one named.
    const closed = slotsOf({ date: '2026-12-12', from: '10:00', to: '11:00', weeks: 2 })!;
    assert.deepEqual(checkSlots(rules, closed, now).from?.values, { date: '2026-12-12' });
    const past = slotsOf({ date: '2026-11-30', from: '10:00', to: '11:00', weeks: 1 })!;
    assert.equal(checkSlots(rules, past, now).date?.key, 'community.rooms.error.past');
  });
});

describe('the week view', () => {
  test('ISO weeks, their Mondays, and a year that has no week 53', () => {
    assert.equal(isoWeekOf(new Date('2026-12-02T00:00:00Z')), '2026-W49');
    assert.equal(isoWeekOf(new Date('2027-01-01T00:00:00Z')), '2026-W53');
    assert.equal(mondayOf('2026-W49')?.toISOString().slice(0, 10), '2026-11-30');
    assert.equal(mondayOf('2027-W53'), null);
  });

  test('booked times are cut out of the open spans, per local day', () => {
    const monday = mondayOf('2026-W49')!;
    // Tuesday 1 December… 18:00–20:00 local is 17:00Z–19:00Z in winter.
    const busy = [{ startsAt: new Date('2026-12-01T17:00:00Z'), endsAt: new Date('2026-12-01T19:00:00Z') }];
    const days = weekView(monday, busy, weekOf('Mo-Fr 08:00-22:00; Sa,Su off'));
    assert.deepEqual(days[1]!.booked, [{ start: 1080, end: 1200 }]);
    assert.deepEqual(days[1]!.free, [
      { start: 480, end: 1080 },
      { start: 1200, end: 1320 },
    ]);
    assert.deepEqual(days[5]!.free, []);
  });

  test('a public holiday is named, and keeps its weekday hours unless the text says PH', () => {
    // Week 52 of 2026: Friday 25 and Saturday 26 December are Christmas holidays.
    const monday = mondayOf('2026-W52')!;
    const plain = weekView(monday, [], weekOf('Mo-Fr 08:00-22:00; Sa 10:00-14:00; Su off'));
    assert.deepEqual(
      plain.map((d) => d.holiday),
      [null, null, null, null, 'christmasDay', 'boxingDay', null],
    );
    assert.deepEqual(plain[4]!.free, [{ start: 480, end: 1320 }], 'no PH rule: the weekday rule applies (OSM)');
    const closed = weekView(monday, [], weekOf('Mo-Fr 08:00-22:00; Sa 10:00-14:00; PH off'));
    assert.deepEqual(closed[4]!.open, []);
    assert.deepEqual(closed[5]!.free, []);
    assert.deepEqual(closed[3]!.free, [{ start: 480, end: 1320 }], 'Christmas Eve is a working day');
  });
});

describe('public holidays in the opening hours (OSM PH)', () => {
  test('PH off, PH with hours, PH in a day list, and a later rule replacing an earlier one', () => {
    const r = parseOpeningHours('Mo-Fr 09:00-18:00; PH 10:00-14:00');
    assert.ok(r.ok);
    assert.deepEqual(holidayHours(r.week), [{ start: 600, end: 840 }]);
    assert.equal(groupDays(r.week).length, 2, 'the weekday lines do not include PH');
    assert.deepEqual(holidayHours(weekOf('Mo-Fr,PH 09:00-12:00')!), [{ start: 540, end: 720 }]);
    assert.deepEqual(holidayHours(weekOf('PH off; Mo-Fr,PH 09:00-12:00')!), [{ start: 540, end: 720 }]);
    assert.deepEqual(holidayHours(weekOf('Mo-Fr,PH 09:00-12:00; PH off')!), []);
    assert.equal(holidayHours(weekOf('Mo-Fr 09:00-18:00')!), null);
  });

  test('a booking on a holiday is checked against the holiday hours', () => {
    const week = weekOf('Mo-Sa 09:00-22:00; PH 10:00-14:00');
    // Good Friday 2027 is 26 March; Thursday 25 March is an ordinary day.
    assert.equal(withinHours(week, floating('2027-03-26T10:00'), floating('2027-03-26T12:00')), true);
    assert.equal(withinHours(week, floating('2027-03-26T18:00'), floating('2027-03-26T20:00')), false);
    assert.equal(withinHours(week, floating('2027-03-25T18:00'), floating('2027-03-25T20:00')), true);
    const off = weekOf('Mo-Sa 09:00-22:00; PH off');
    assert.equal(withinHours(off, floating('2027-05-06T10:00'), floating('2027-05-06T11:00')), false, 'Ascension');
    const silent = weekOf('Mo-Sa 09:00-22:00');
    assert.equal(withinHours(silent, floating('2027-05-06T10:00'), floating('2027-05-06T11:00')), true);
  });
});

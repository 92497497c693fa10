import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { freeSlots, onGrid, type SlotQuery } from './slots.ts';

// The slot computation on its own. The case from the anchors: Monday hours 13:00–16:00 Europe/Berlin and an
// override on Sunday 2026-03-29 (the day summer time begins) with the same hours, today 2026-03-20: the first slot
// of both days is 13:00 local — 11:00Z after the change — whatever zone the process runs in.

const rules = { slotMinutes: 30, bufferMinutes: 0, minNoticeHours: 2, horizonDays: 42, timeZone: 'Europe/Berlin' };
const monday = { weekday: 1, starts: '13:00', ends: '16:00', validFrom: '2026-01-01', validUntil: null };
const base: SlotQuery = {
  hours: [monday],
  exceptions: [{ day: '2026-03-29', starts: '13:00', ends: '16:00' }],
  busy: [],
  rules,
  now: new Date('2026-03-20T09:00:00Z'),
  from: '2026-03-20',
  to: '2026-03-31',
};

describe('free slots', () => {
  test('an override on the day summer time begins and the Monday after: 13:00 local is 11:00Z on both', () => {
    const slots = freeSlots(base);
    const firsts = ['2026-03-23', '2026-03-29', '2026-03-30'].map((d) =>
      slots.find((s) => s.startsAt.toISOString().startsWith(d))?.startsAt.toISOString(),
    );
    assert.deepEqual(firsts, ['2026-03-23T12:00:00.000Z', '2026-03-29T11:00:00.000Z', '2026-03-30T11:00:00.000Z']);
    assert.equal(slots.filter((s) => s.startsAt.toISOString().startsWith('2026-03-30')).length, 6);
  });

  test('busy times, the break, the notice and the horizon take slots away', () => {
    const busy = [{ from: new Date('2026-03-30T11:15:00Z'), to: new Date('2026-03-30T11:45:00Z') }];
    const taken = freeSlots({ ...base, busy, from: '2026-03-30', to: '2026-03-30' }).map((s) =>
      s.startsAt.toISOString().slice(11, 16),
    );
    assert.deepEqual(taken, ['12:00', '12:30', '13:00', '13:30']);
    const withBreak = freeSlots({
      ...base,
      rules: { ...rules, bufferMinutes: 15 },
      from: '2026-03-30',
      to: '2026-03-30',
    });
    assert.deepEqual(
      withBreak.map((s) => s.startsAt.toISOString().slice(11, 16)),
      ['11:00', '11:45', '12:30', '13:15'],
      'a 30-minute slot and a 15-minute break step by 45 minutes, and the last slot ends by 16:00 local',
    );
    const soon = freeSlots({ ...base, now: new Date('2026-03-30T10:30:00Z'), from: '2026-03-30', to: '2026-03-30' });
    assert.equal(soon[0]?.startsAt.toISOString(), '2026-03-30T12:30:00.000Z', 'two hours of notice');
    const near = freeSlots({ ...base, rules: { ...rules, horizonDays: 5 } });
    assert.ok(
      near.every((s) => s.startsAt < new Date('2026-03-26T00:00:00Z')),
      'nothing beyond the horizon',
    );
  });

  test('a holiday is off unless an exception opens it; an exception without times is a day off', () => {
    const easterMonday = '2026-04-06';
    const q = { ...base, exceptions: [], now: new Date('2026-04-01T08:00:00Z'), from: easterMonday, to: easterMonday };
    assert.equal(freeSlots(q).length, 6);
    assert.equal(freeSlots({ ...q, isHoliday: (d) => d === easterMonday }).length, 0);
    const opened = { ...q, isHoliday: () => true, exceptions: [{ day: easterMonday, starts: '14:00', ends: '15:00' }] };
    assert.equal(freeSlots(opened).length, 2);
    assert.equal(freeSlots({ ...q, exceptions: [{ day: easterMonday, starts: null, ends: null }] }).length, 0);
  });

  test('a start off the grid or outside the hours is no slot', () => {
    const q = { hours: base.hours, exceptions: [], rules, now: base.now };
    assert.equal(onGrid(new Date('2026-03-30T11:00:00Z'), q), true);
    assert.equal(onGrid(new Date('2026-03-30T11:10:00Z'), q), false);
    assert.equal(onGrid(new Date('2026-03-30T15:00:00Z'), q), false);
  });
});

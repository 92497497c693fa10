import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandSeries } from '../../lib/calendar/index.ts';
import { type Recurrence, recurrenceOf, ruleContinuing, ruleEndingBefore, ruleOf } from './events.rrule.ts';

const series = (rrule: string | null, startsLocal = '2026-11-20T18:00:00') => ({
  startsLocal,
  timeZone: 'Europe/Berlin',
  durationMinutes: 180,
  rrule,
});
const berlin = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 16);

describe('repetition form ↔ RRULE', () => {
  it('writes the rule of each plain choice and reads back exactly what it wrote', () => {
    const cases: [Recurrence, string | null][] = [
      [{ kind: 'once' }, null],
      [{ kind: 'weekly', interval: 1, days: ['TU'], ending: { kind: 'never' } }, 'FREQ=WEEKLY;BYDAY=TU'],
      [
        { kind: 'weekly', interval: 2, days: ['FR', 'MO'], ending: { kind: 'count', count: 10 } },
        'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=10',
      ],
      [
        { kind: 'monthly', week: '3', day: 'FR', ending: { kind: 'until', day: '2027-06-30' } },
        'FREQ=MONTHLY;BYDAY=3FR;UNTIL=20270630T235959',
      ],
      [{ kind: 'monthly', week: '-1', day: 'WE', ending: { kind: 'never' } }, 'FREQ=MONTHLY;BYDAY=-1WE'],
    ];
    for (const [r, rule] of cases) {
      assert.equal(ruleOf(r), rule);
      const back = recurrenceOf(rule);
      // Days come back in the week's order, whatever order they were ticked in.
      if (r.kind === 'weekly' && back?.kind === 'weekly')
        assert.deepEqual(
          back.days,
          ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((d) => r.days.includes(d as 'MO')),
        );
      else assert.deepEqual(back, r);
    }
  });

  it('does not pretend to understand rules it did not write', () => {
    assert.equal(recurrenceOf('FREQ=DAILY'), null);
    assert.equal(recurrenceOf('FREQ=WEEKLY;BYDAY=TU;BYHOUR=9'), null);
    assert.equal(recurrenceOf('FREQ=MONTHLY;BYDAY=5FR'), null);
  });

  it('"the third Friday" lands on the third Friday, 18:00 in Berlin, across the change to winter time', () => {
    const dates = expandSeries(
      series('FREQ=MONTHLY;BYDAY=3FR', '2026-09-18T18:00:00'),
      new Date('2026-09-01'),
      new Date('2027-01-01'),
    );
    assert.deepEqual(
      dates.map((d) => berlin(d.startsAt)),
      ['2026-09-18 18:00', '2026-10-16 18:00', '2026-11-20 18:00', '2026-12-18 18:00'],
    );
    assert.equal(dates[1]!.startsAt.toISOString(), '2026-10-16T16:00:00.000Z', 'summer time: UTC+2');
    assert.equal(dates[2]!.startsAt.toISOString(), '2026-11-20T17:00:00.000Z', 'winter time: UTC+1');
  });

  it('an UNTIL day includes that day’s date, and COUNT stops after n dates', () => {
    const until = expandSeries(
      series(
        ruleOf({ kind: 'weekly', interval: 1, days: ['TU'], ending: { kind: 'until', day: '2026-12-08' } }),
        '2026-11-24T18:00:00',
      ),
      new Date('2026-11-01'),
      new Date('2027-02-01'),
    );
    assert.deepEqual(
      until.map((d) => berlin(d.startsAt)),
      ['2026-11-24 18:00', '2026-12-01 18:00', '2026-12-08 18:00'],
    );
    const count = expandSeries(
      series('FREQ=WEEKLY;BYDAY=TU;COUNT=2', '2026-11-24T18:00:00'),
      new Date('2026-11-01'),
      new Date('2027-02-01'),
    );
    assert.equal(count.length, 2);
  });

  it('a split ends the old rule one second before the chosen date and lowers a count by the dates already held', () => {
    const old = ruleEndingBefore('FREQ=WEEKLY;BYDAY=TU;COUNT=10', '2026-12-08T18:00:00');
    assert.equal(old, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T175959');
    const before = expandSeries(series(old, '2026-11-24T18:00:00'), new Date('2026-11-01'), new Date('2027-06-01'));
    assert.deepEqual(
      before.map((d) => berlin(d.startsAt)),
      ['2026-11-24 18:00', '2026-12-01 18:00'],
    );
    assert.equal(ruleContinuing('FREQ=WEEKLY;BYDAY=TU;COUNT=10', 2), 'FREQ=WEEKLY;BYDAY=TU;COUNT=8');
    assert.equal(ruleContinuing('FREQ=WEEKLY;BYDAY=TU', 2), 'FREQ=WEEKLY;BYDAY=TU');
  });
});

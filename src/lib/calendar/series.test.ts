import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expandSeries, fromFloating, parseLocal, toFloating } from './index.ts';

const BERLIN = 'Europe/Berlin';
const iso = (d: Date) => d.toISOString().replace('.000', '');

describe('calendar: local time in a zone', () => {
  test('a weekly language café at 18:00 stays at 18:00 local across the spring change', () => {
    const series = { startsLocal: '2026-03-17T18:00', timeZone: BERLIN, durationMinutes: 90, rrule: 'FREQ=WEEKLY' };
    const dates = expandSeries(series, new Date('2026-03-01Z'), new Date('2026-04-01Z'));
    assert.deepEqual(
      dates.map((d) => iso(d.startsAt)),
      ['2026-03-17T17:00:00Z', '2026-03-24T17:00:00Z', '2026-03-31T16:00:00Z'],
    );
    assert.equal(iso(dates[2]!.endsAt), '2026-03-31T17:30:00Z');
  });

  test('and across the autumn change', () => {
    const series = {
      startsLocal: '2026-10-13T18:00',
      timeZone: BERLIN,
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
    };
    const dates = expandSeries(series, new Date('2026-10-01Z'), new Date('2026-11-01Z'));
    assert.deepEqual(
      dates.map((d) => iso(d.startsAt)),
      ['2026-10-13T16:00:00Z', '2026-10-20T16:00:00Z', '2026-10-27T17:00:00Z'],
    );
  });

  test('a monthly cooking evening on the third Friday; a window cuts exactly', () => {
    const series = {
      startsLocal: '2026-01-16T18:30',
      timeZone: BERLIN,
      durationMinutes: 150,
      rrule: 'FREQ=MONTHLY;BYDAY=3FR',
    };
    const dates = expandSeries(series, new Date('2026-06-19T16:30:00Z'), new Date('2026-08-21T16:30:00Z'));
    assert.deepEqual(
      dates.map((d) => iso(d.startsAt)),
      ['2026-06-19T16:30:00Z', '2026-07-17T16:30:00Z'],
    );
  });

  test('a single date without a rule', () => {
    const one = { startsLocal: '2026-12-24T15:00', timeZone: BERLIN, durationMinutes: 60, rrule: null };
    assert.deepEqual(
      expandSeries(one, new Date('2026-12-01Z'), new Date('2027-01-01Z')).map((d) => iso(d.startsAt)),
      ['2026-12-24T14:00:00Z'],
    );
    assert.equal(expandSeries(one, new Date('2027-01-01Z'), new Date('2027-02-01Z')).length, 0);
  });

  test('the hour that does not exist is read with the offset before the gap; the double hour as its first', () => {
    assert.equal(iso(fromFloating(parseLocal('2026-03-29T02:30')!, BERLIN)), '2026-03-29T01:30:00Z');
    assert.equal(iso(fromFloating(parseLocal('2026-10-25T02:30')!, BERLIN)), '2026-10-25T00:30:00Z');
    assert.equal(iso(toFloating(new Date('2026-10-25T01:30:00Z'), BERLIN)), '2026-10-25T02:30:00Z');
  });

  test('no date that is not one', () => {
    assert.equal(parseLocal('2026-02-30T10:00'), null);
    assert.equal(parseLocal('2026-02-10T25:00'), null);
    assert.equal(parseLocal('morgen'), null);
  });
});

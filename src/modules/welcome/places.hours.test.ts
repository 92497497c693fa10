import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromWall, parseHours, replacedRules, rulesOf, stateAt, toWall, weekFrom } from './places.hours.ts';

const MEPPEN = { lat: 52.6906, lon: 7.2913 };
const RULE = 'Mo-Fr 08:00-12:00; PH off';
// Zones far from Berlin on both sides, and one with its own summer time on other dates.
const ZONES = ['Asia/Tehran', 'America/New_York', 'Pacific/Kiritimati', 'UTC'];

/** Runs `fn` with the process in time zone `zone` (Node reads TZ anew when it changes). */
function inZone<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('opening hours in Lower Saxony, evaluated in Berlin time', () => {
  test('Reformationstag (31 October 2025, 10:00 Berlin) is a holiday: closed, in every process zone', () => {
    for (const zone of ZONES) {
      const s = inZone(zone, () => stateAt(RULE, MEPPEN, new Date('2025-10-31T09:00:00Z')));
      assert.equal(s?.state, 'closed', zone);
      // The next opening is Monday 3 November, 08:00 Berlin (07:00 UTC in winter time).
      assert.equal(s?.next?.toISOString(), '2025-11-03T07:00:00.000Z', zone);
    }
  });

  test('Fronleichnam (19 June 2025) is no holiday in Lower Saxony: open at 10:00 Berlin', () => {
    for (const zone of ZONES) {
      const s = inZone(zone, () => stateAt(RULE, MEPPEN, new Date('2025-06-19T08:00:00Z')));
      assert.equal(s?.state, 'open', zone);
      assert.equal(s?.next?.toISOString(), '2025-06-19T10:00:00.000Z', zone);
    }
  });

  test('just before and after the hours, Berlin time decides (not the process zone)', () => {
    for (const zone of ZONES) {
      // Thursday 30 October 2025: 07:59 Berlin closed, 08:00 open, 12:00 closed.
      const at = (iso: string) => inZone(zone, () => stateAt(RULE, MEPPEN, new Date(iso))?.state);
      assert.equal(at('2025-10-30T06:59:00Z'), 'closed', zone);
      assert.equal(at('2025-10-30T07:00:00Z'), 'open', zone);
      assert.equal(at('2025-10-30T11:00:00Z'), 'closed', zone);
    }
  });

  test('the week as read marks the holiday and shows it closed', () => {
    const week = inZone('Asia/Tehran', () => weekFrom(RULE, MEPPEN, new Date('2025-10-29T08:00:00Z')));
    assert.ok(week);
    assert.deepEqual(
      week.map((d) => [d.day, d.holiday, d.spans.map((s) => `${s.from}-${s.to}`).join(',')]),
      [
        ['2025-10-29', false, '08:00-12:00'],
        ['2025-10-30', false, '08:00-12:00'],
        ['2025-10-31', true, ''],
        ['2025-11-01', false, ''],
        ['2025-11-02', false, ''],
        ['2025-11-03', false, '08:00-12:00'],
        ['2025-11-04', false, '08:00-12:00'],
      ],
    );
  });

  // The hour Berlin repeats when summer time ends (02:00–03:00 on 26 October 2025) is ambiguous on a wall clock
  // and left out; opening hours rarely fall into it.
  test('toWall and fromWall are inverse, around the changes of summer time', () => {
    for (const zone of ZONES) {
      for (const iso of [
        '2025-03-30T00:30:00Z',
        '2025-03-30T01:30:00Z',
        '2025-10-26T02:30:00Z',
        '2025-07-01T12:00:00Z',
      ]) {
        const back = inZone(zone, () => fromWall(toWall(new Date(iso))));
        assert.equal(back.toISOString(), new Date(iso).toISOString(), `${zone} ${iso}`);
      }
    }
  });

  test('a text the library refuses is reported with its reason', () => {
    const bad = parseHours('Mo-Fr 25:00-12:00');
    assert.equal(bad.ok, false);
    assert.ok(!bad.ok && bad.detail.length > 0);
    assert.equal(stateAt('Mo-Fr 25:00-12:00', MEPPEN, new Date()), null);
  });
});

describe('rules that replace earlier ones', () => {
  test('"; Tu 14:00-18:00" takes Tuesday morning away and is reported for Tuesday only', () => {
    assert.deepEqual(replacedRules('Mo-Fr 08:00-12:00; Tu 14:00-18:00'), [{ rule: 'Tu 14:00-18:00', weekdays: [1] }]);
  });

  test('closing rules, adding rules and one-rule texts are not reported', () => {
    assert.deepEqual(replacedRules('Mo-Fr 08:00-12:00; Sa 10:00-12:00; Su off; PH off'), []);
    assert.deepEqual(replacedRules('Mo-Fr 08:00-12:00,14:00-16:00'), []);
    assert.deepEqual(replacedRules('Mo-Fr 08:00-12:00; Tu 08:00-12:00,14:00-18:00'), []);
  });

  test('a ";" inside a quoted comment does not split the rule', () => {
    assert.deepEqual(rulesOf('Mo 08:00-12:00 "a; b"; Tu off'), ['Mo 08:00-12:00 "a; b"', 'Tu off']);
  });
});

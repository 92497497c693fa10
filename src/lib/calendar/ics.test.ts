import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { expandSeries, fromFloating, type IcsEvent, parseLocal, toFloating, vtimezone, writeIcs } from './index.ts';
import { parseFeed } from './testing/ics-parse.ts';

const BERLIN = 'Europe/Berlin';
const STAMP = new Date('2026-03-01T09:00:00Z');
const local = (d: Date, tz = BERLIN) => toFloating(d, tz).toISOString().slice(0, 16);
const at = (text: string, tz = BERLIN) => fromFloating(parseLocal(text)!, tz);

/**
 * Anchor case 4: a weekly language café, Tuesdays 18:00, from 17 March (before the spring change) — 12 May called
 * off, 19 May moved to Wednesday 19:00 — and from 2 June on at 19:00 as a new series of its own (a "this and
 * following" split) that runs past the autumn change.
 */
const before: IcsEvent = {
  uid: 'sprachcafe-1@zuhause',
  sequence: 3,
  startsLocal: '2026-03-17T18:00',
  timeZone: BERLIN,
  durationMinutes: 90,
  // Ends before the split: the last Tuesday of the old part is 26 May.
  rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260601T235959',
  summary: 'Sprachcafé',
  excluded: [at('2026-05-12T18:00')],
  moved: [{ originalStart: at('2026-05-19T18:00'), startsAt: at('2026-05-20T19:00'), endsAt: at('2026-05-20T20:30') }],
};
const after: IcsEvent = {
  uid: 'sprachcafe-2@zuhause',
  sequence: 0,
  startsLocal: '2026-06-02T19:00',
  timeZone: BERLIN,
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=30',
  summary: 'Sprachcafé',
};
const feed = () => writeIcs({ name: 'Sprachcafé', stamp: STAMP, events: [before, after] });

/** Monday of the ISO week of a Berlin date, as a key. */
function weekOf(d: Date): string {
  const f = toFloating(d, BERLIN);
  const monday = new Date(f.getTime() - ((f.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

describe('ics: a weekly series with a cancelled date, a moved date, a DST change and a split', () => {
  test('is a published calendar with the zone defined and the rule, exclusion and override as clients need', () => {
    const text = feed();
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /\r\nMETHOD:PUBLISH\r\n/);
    assert.match(text, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
    assert.match(text, /\r\nDTSTART;TZID=Europe\/Berlin:20260317T180000\r\n/);
    // UNTIL in UTC next to a zoned start: 1 June 23:59:59 in Berlin is 21:59:59Z.
    assert.match(text, /\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260601T215959Z\r\n/);
    assert.match(text, /\r\nEXDATE;TZID=Europe\/Berlin:20260512T180000\r\n/);
    assert.match(text, /\r\nRECURRENCE-ID;TZID=Europe\/Berlin:20260519T180000\r\n/);
    assert.match(text, /\r\nSEQUENCE:3\r\n/);
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.equal(text.match(/BEGIN:VTIMEZONE/g)?.length, 1, 'one definition per zone');
  });

  test('ical.js finds exactly one date per week, 18:00 before and 19:00 after the split, across both DST changes', () => {
    const parsed = parseFeed(feed());
    assert.equal(parsed.method, 'PUBLISH');
    assert.deepEqual(parsed.timezones, [BERLIN]);
    const dates = parsed.occurrences(new Date('2026-03-01Z'), new Date('2026-11-10Z'));
    const weeks = dates.map((d) => weekOf(d.start));
    assert.equal(new Set(weeks).size, weeks.length, 'never two dates in one week');
    assert.ok(!weeks.includes('2026-05-11'), 'the week of 12 May has none: it was called off');
    // Every other week from 16 March to 2 November has its one date.
    assert.equal(dates.length, 34 - 1);
    for (const d of dates) {
      const wall = local(d.start);
      if (d.start < at('2026-06-01T00:00')) {
        if (d.recurrenceId) assert.equal(wall, '2026-05-20T19:00');
        else assert.equal(wall.slice(11), '18:00', wall);
        assert.equal(d.uid, before.uid);
      } else {
        assert.equal(wall.slice(11), '19:00', wall);
        assert.equal(d.uid, after.uid);
      }
    }
    // The instants move by an hour when the clocks do: 17:00Z in winter, 16:00Z in summer, 18:00Z in late autumn.
    const iso = (d: Date) => d.toISOString().slice(0, 16);
    assert.equal(iso(dates[0]!.start), '2026-03-17T17:00');
    assert.equal(iso(dates[2]!.start), '2026-03-31T16:00');
    assert.equal(iso(dates.find((d) => local(d.start).startsWith('2026-11-03'))!.start), '2026-11-03T18:00');
  });

  test('the moved date keeps its place in the series and carries the series revision', () => {
    const moved = parseFeed(feed())
      .occurrences(new Date('2026-05-01Z'), new Date('2026-06-01Z'))
      .filter((d) => d.recurrenceId !== null);
    assert.equal(moved.length, 1);
    assert.equal(moved[0]!.recurrenceId!.toISOString(), '2026-05-19T16:00:00.000Z');
    assert.equal(moved[0]!.start.toISOString(), '2026-05-20T17:00:00.000Z');
    assert.equal(moved[0]!.end.toISOString(), '2026-05-20T18:30:00.000Z');
    assert.equal(moved[0]!.sequence, 3);
  });

  test('ical.js and our own expansion agree on every date of the rule', () => {
    const ours = expandSeries(after, new Date('2026-01-01Z'), new Date('2027-06-01Z')).map((d) => d.startsAt.getTime());
    const theirs = parseFeed(writeIcs({ name: 'x', stamp: STAMP, events: [after] }))
      .occurrences(new Date('2026-01-01Z'), new Date('2027-06-01Z'))
      .map((d) => d.start.getTime());
    assert.equal(ours.length, 30);
    assert.deepEqual(theirs, ours);
  });

  test('the feed is the same whatever zone the process runs in', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = feed();
      process.env.TZ = 'America/Los_Angeles';
      assert.equal(feed(), utc);
      process.env.TZ = 'Asia/Kolkata';
      assert.equal(feed(), utc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('ics: text and single dates', () => {
  test('escapes and folds long text with line breaks, commas and semicolons; a reader gets it back unchanged', () => {
    const description = `Bitte mitbringen: Brot, Käse; gute Laune.\nZweite Zeile – ${'أهلاً وسهلاً '.repeat(12)}`;
    const text = writeIcs({
      name: 'x',
      stamp: STAMP,
      events: [{ ...after, rrule: null, summary: 'Kochabend, international; für alle', description }],
    });
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    assert.equal(vevent.getFirstPropertyValue('description'), description);
    assert.equal(vevent.getFirstPropertyValue('summary'), 'Kochabend, international; für alle');
  });

  test('a single date called off is written cancelled; a moved single date is written where it now is', () => {
    const start = at('2026-06-02T19:00');
    const off = writeIcs({ name: 'x', stamp: STAMP, events: [{ ...after, rrule: null, excluded: [start] }] });
    assert.equal(parseFeed(off).occurrences(new Date('2026-06-01Z'), new Date('2026-07-01Z'))[0]!.status, 'CANCELLED');
    const moved = {
      originalStart: start,
      startsAt: at('2026-06-03T17:00'),
      endsAt: at('2026-06-03T18:00'),
      sequence: 4,
    };
    const text = writeIcs({ name: 'x', stamp: STAMP, events: [{ ...after, rrule: null, moved: [moved] }] });
    const [only] = parseFeed(text).occurrences(new Date('2026-06-01Z'), new Date('2026-07-01Z'));
    assert.equal(local(only!.start), '2026-06-03T17:00');
    assert.equal(only!.sequence, 4);
    assert.equal(only!.status, 'CONFIRMED');
  });

  test('a whole series called off is cancelled in every date', () => {
    const text = writeIcs({ name: 'x', stamp: STAMP, events: [{ ...after, cancelled: true }] });
    const dates = parseFeed(text).occurrences(new Date('2026-06-01Z'), new Date('2026-07-01Z'));
    assert.equal(dates.length, 5);
    assert.ok(dates.every((d) => d.status === 'CANCELLED'));
  });
});

describe('ics: time zone definitions', () => {
  for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Tehran', 'Europe/Istanbul']) {
    test(`${zone}: ical.js reading our VTIMEZONE places local times where the runtime's zone data does`, () => {
      ICAL.TimezoneService.reset();
      const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${vtimezone(zone)}\r\nEND:VCALENDAR`));
      const tz = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
      for (let m = 0; m < 60; m += 1) {
        const year = 2026 + Math.floor(m / 12);
        const wall = `${year}-${String((m % 12) + 1).padStart(2, '0')}-14T12:00`;
        const time = ICAL.Time.fromDateTimeString(`${wall}:00`);
        time.zone = tz;
        assert.equal(time.toJSDate().toISOString(), fromFloating(parseLocal(wall)!, zone).toISOString(), wall);
      }
    });
  }
});

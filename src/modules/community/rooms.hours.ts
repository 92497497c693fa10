import { holidayOn } from '../../lib/calendar/index.ts';

/**
 * Opening hours in the common subset of OpenStreetMap's `opening_hours` syntax that rooms need:
 * `Mo-Fr 09:00-18:00; Sa 10:00-14:00`, `Tu,Th 14:00-16:00,18:00-22:00`, `Su off`, `24/7`, and public holidays
 * (Lower Saxony's) as the day `PH`: `PH off`, `PH 10:00-14:00`, `Mo-Fr,PH 09:00-12:00`. A later rule replaces what an
 * earlier one said for the days it names (as in OSM). Where the text says nothing about `PH`, a holiday keeps its
 * weekday's hours, as OSM reads it (decision 0143). Months and week numbers are not understood: such a text is
 * refused with a message rather than read half right (see decision 0140).
 */

/** Weekdays in OSM order; index 0 is Monday. */
export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** One open span of a day, in minutes after local midnight; `end` may be 1440 (24:00). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The week: per weekday (0 = Monday) its open spans in order; an empty list is a closed day. Index 7 (`PH`), when
 * present, holds the hours of a public holiday; absent, a holiday keeps its weekday's hours.
 */
export type Week = readonly (readonly Span[])[];

/** The index of public holidays in a `Week`. */
export const PH = 7;

export type HoursResult = { ok: true; week: Week } | { ok: false; problem: string };

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function minutes(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return v <= 1440 ? v : null;
}

function parseDays(text: string): number[] | null {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    if (part === 'PH') {
      out.add(PH);
      continue;
    }
    const [a, b] = part.split('-');
    const from = OSM_DAYS.indexOf(a as (typeof OSM_DAYS)[number]);
    const to = b === undefined ? from : OSM_DAYS.indexOf(b as (typeof OSM_DAYS)[number]);
    if (from < 0 || to < 0) return null;
    // Fr-Mo wraps over the weekend, as in OSM.
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === to) break;
    }
  }
  return [...out];
}

function parseSpans(text: string): Span[] | null {
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-');
    if (a === undefined || b === undefined || extra !== undefined) return null;
    const start = minutes(a);
    const end = minutes(b);
    if (start === null || end === null || end <= start) return null;
    spans.push({ start, end });
  }
  spans.sort((x, y) => x.start - y.start);
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return null;
  return spans;
}

/** Reads an opening-hours text; the problem is a message key of the rooms catalog. */
export function parseOpeningHours(text: string): HoursResult {
  const problem = { ok: false as const, problem: 'community.rooms.error.openingHours' };
  const trimmed = text.trim();
  if (trimmed === '24/7') return { ok: true, week: OSM_DAYS.map(() => [{ start: 0, end: 1440 }]) };
  const week: Span[][] = OSM_DAYS.map(() => []);
  const rules = trimmed.split(';').map((r) => r.trim());
  if (rules.length === 0 || rules.some((r) => r === '')) return problem;
  for (const rule of rules) {
    const [daysText, timesText, extra] = rule.split(/\s+/);
    if (daysText === undefined || timesText === undefined || extra !== undefined) return problem;
    const days = parseDays(daysText);
    const spans = timesText === 'off' || timesText === 'closed' ? [] : parseSpans(timesText);
    if (!days || !spans) return problem;
    for (const d of days) week[d] = spans;
  }
  return { ok: true, week };
}

/** The week of a stored text; null (no limits) when the room has none or the text cannot be read. */
export function weekOf(text: string | null): Week | null {
  if (!text) return null;
  const r = parseOpeningHours(text);
  return r.ok ? r.week : null;
}

/** Weekday of a floating time (wall clock in UTC fields), 0 = Monday. */
export const weekdayOf = (floating: Date): number => (floating.getUTCDay() + 6) % 7;

/** The open spans of one day (a floating time on it): the holiday's hours where the text gives them, else its weekday's. */
export function spansOn(week: Week, floating: Date): readonly Span[] {
  const holiday = week[PH];
  if (holiday && holidayOn(floating.toISOString().slice(0, 10))) return holiday;
  return week[weekdayOf(floating)] ?? [];
}

/** The hours a room keeps on public holidays; null when its text says nothing about them (the weekday's apply). */
export const holidayHours = (week: Week): readonly Span[] | null => week[PH] ?? null;

const minuteOfDay = (floating: Date): number => floating.getUTCHours() * 60 + floating.getUTCMinutes();

/**
 * Whether a booking from `start` to `end` (floating wall-clock times) lies inside one open span of its day. A
 * booking past midnight fits only a room open until 24:00 and again from 00:00 (24/7); none of ours does.
 */
export function withinHours(week: Week | null, start: Date, end: Date): boolean {
  if (!week) return true;
  const from = minuteOfDay(start);
  const sameDay = start.toISOString().slice(0, 10) === end.toISOString().slice(0, 10);
  const to = sameDay
    ? minuteOfDay(end)
    : minuteOfDay(end) === 0 && end.getTime() - start.getTime() <= 86_400_000
      ? 1440
      : -1;
  if (to < 0) return false;
  return spansOn(week, start).some((s) => s.start <= from && to <= s.end);
}

/** Days with the same spans next to each other, for a readable line each ("Mo–Fr 09:00–18:00"); not `PH`. */
export function groupDays(week: Week): { from: number; to: number; spans: readonly Span[] }[] {
  const groups: { from: number; to: number; spans: readonly Span[] }[] = [];
  const same = (a: readonly Span[], b: readonly Span[]) =>
    a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
  week.slice(0, 7).forEach((spans, day) => {
    const last = groups.at(-1);
    if (last && last.to === day - 1 && same(last.spans, spans)) last.to = day;
    else groups.push({ from: day, to: day, spans });
  });
  return groups;
}

/** "09:00" from minutes after midnight (24:00 stays 24:00, as the opening hours say). */
export function clock(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

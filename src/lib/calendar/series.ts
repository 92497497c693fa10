import rrulePkg from 'rrule';
import { fromFloating, parseLocal, toFloating } from './zoned.ts';

const { rrulestr } = rrulePkg;

/** A series as stored: the first start as local wall-clock time in a zone, its length, and an optional rule. */
export interface Series {
  /** "YYYY-MM-DDTHH:mm[:ss]", local to `timeZone`. */
  startsLocal: string;
  timeZone: string;
  durationMinutes: number;
  /** RFC 5545 RRULE value without DTSTART ("FREQ=WEEKLY;BYDAY=TU"); null or empty for a single date. UNTIL is read as local time. */
  rrule: string | null;
}

/** One date of a series: the instant the rule gives (iCalendar RECURRENCE-ID), its start and end. */
export interface SeriesDate {
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
}

/** Thrown for a rule the expander cannot read; `message` is for logs, callers map it to a field error. */
export class InvalidRuleError extends Error {}

const MAX_DATES = 2000;

function ruleOf(series: Series, dtstart: Date) {
  const text = (series.rrule ?? '').trim().replace(/^RRULE:/i, '');
  if (!text) return null;
  if (/DTSTART|TZID/i.test(text)) throw new InvalidRuleError('the rule carries its own start or zone');
  try {
    return rrulestr(`RRULE:${text}`, { dtstart });
  } catch (e) {
    throw new InvalidRuleError((e as Error).message);
  }
}

/**
 * The dates of a series whose start lies in [from, to), in order, at most 2,000. The rule is expanded in the
 * series' local wall-clock time and each date made an instant in its zone, so 18:00 stays 18:00 across the
 * daylight-saving change whatever zone the process runs in.
 */
export function expandSeries(series: Series, from: Date, to: Date): SeriesDate[] {
  const dtstart = parseLocal(series.startsLocal);
  if (!dtstart) throw new InvalidRuleError(`not a local date and time: ${series.startsLocal}`);
  const rule = ruleOf(series, dtstart);
  const length = series.durationMinutes * 60_000;
  const toDate = (floating: Date): SeriesDate => {
    const startsAt = fromFloating(floating, series.timeZone);
    return { originalStart: startsAt, startsAt, endsAt: new Date(startsAt.getTime() + length) };
  };
  if (!rule) {
    const only = toDate(dtstart);
    return only.startsAt >= from && only.startsAt < to ? [only] : [];
  }
  // The window in floating time, a day wider on each side (offsets are less than a day), then cut exactly.
  const lo = new Date(toFloating(from, series.timeZone).getTime() - 86_400_000);
  const hi = new Date(toFloating(to, series.timeZone).getTime() + 86_400_000);
  const out: SeriesDate[] = [];
  rule.between(lo, hi, true, (date) => {
    const d = toDate(date);
    if (d.startsAt >= from && d.startsAt < to) out.push(d);
    return out.length < MAX_DATES;
  });
  return out;
}

/** Checks a rule without expanding it far: null when fine, else the reason (for a field message's log). */
export function ruleProblem(series: Series): string | null {
  try {
    const dtstart = parseLocal(series.startsLocal);
    if (!dtstart) return 'start';
    ruleOf(series, dtstart);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Opening hours in the OpenStreetMap `opening_hours` syntax ("Mo-Fr 09:00-18:00; Sa 10:00-14:00; Su off") made
 * readable in the reader's language: weekday names and times from Intl. Only the common part of the syntax is
 * read (day ranges and lists, time ranges, "off", "24/7"); anything else is shown as written.
 */

import { dateTimeFormat } from '../../platform/i18n/format.ts';

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
// 5 January 2026 is a Monday: the reference week for weekday names.
const MONDAY = Date.UTC(2026, 0, 5, 12);
const TIME = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/** One line of readable hours: the days it holds for, and the times (empty: closed; null: all day and night). */
export interface HoursLine {
  days: string;
  times: string[] | null;
  closed: boolean;
}

function dayIndex(code: string): number {
  return DAYS.indexOf(code as (typeof DAYS)[number]);
}

function dayName(locale: string, index: number): string {
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(MONDAY + index * 86_400_000));
}

/** A time of day in the locale's digits; 24:00 (the end of a day) stays 24:00. */
function timeOf(locale: string, h: number, m: number): string {
  const cycle = h === 24 ? 'h24' : 'h23';
  return dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: cycle,
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2026, 0, 5, h % 24, m)));
}

/** "Mo-Fr" → "Montag–Freitag", "Mo,We" → "Montag und Mittwoch"; null when it is no day list. */
function days(spec: string, locale: string): string | null {
  const parts: string[] = [];
  for (const piece of spec.split(',')) {
    const range = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/.exec(piece.trim());
    if (!range) return null;
    const a = dayIndex(range[1]!);
    parts.push(range[2] ? `${dayName(locale, a)}–${dayName(locale, dayIndex(range[2]))}` : dayName(locale, a));
  }
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

function times(spec: string, locale: string): string[] | null {
  const out: string[] = [];
  for (const piece of spec.split(',')) {
    const m = TIME.exec(piece.trim());
    if (!m) return null;
    out.push(`${timeOf(locale, +m[1]!, +m[2]!)}–${timeOf(locale, +m[3]!, +m[4]!)}`);
  }
  return out;
}

/** The hours as readable lines, or null when the text uses more of the syntax than is read here. */
export function readableHours(text: string, locale: string): HoursLine[] | null {
  const rules = text
    .split(';')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (rules.length === 0) return null;
  const out: HoursLine[] = [];
  for (const rule of rules) {
    if (rule === '24/7') {
      out.push({ days: '', times: null, closed: false });
      continue;
    }
    const m = /^(\S+)\s+(.+)$/.exec(rule);
    if (!m) return null;
    const d = days(m[1]!, locale);
    if (d === null) return null;
    if (m[2]!.trim() === 'off' || m[2]!.trim() === 'closed') {
      out.push({ days: d, times: [], closed: true });
      continue;
    }
    const t = times(m[2]!, locale);
    if (t === null) return null;
    out.push({ days: d, times: t, closed: false });
  }
  return out;
}

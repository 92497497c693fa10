import { fromFloating, type HolidayKey, holidayOn, toFloating } from '../../lib/calendar/index.ts';
import type { Busy } from './bookings.repository.ts';
import { BOOKING_ZONE } from './bookings.rules.ts';
import { type Span, spansOn, type Week } from './rooms.hours.ts';

const DAY = 86_400_000;

/** The ISO week (`2026-W49`) of a floating day. */
export function isoWeekOf(floating: Date): string {
  const d = new Date(Date.UTC(floating.getUTCFullYear(), floating.getUTCMonth(), floating.getUTCDate()));
  // The Thursday of the same week decides the year (ISO 8601).
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = d.getUTCFullYear();
  const week =
    1 +
    Math.round(
      (d.getTime() - Date.UTC(year, 0, 4)) / DAY / 7 -
        3 / 7 +
        ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) / 7,
    );
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (floating midnight) of an ISO week; null for a week the year does not have (W53 of most years). */
export function mondayOf(week: string): Date | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const monday = new Date(monday1 + (Number(m[2]) - 1) * 7 * DAY);
  return isoWeekOf(monday) === week ? monday : null;
}

/** The week before or after. */
export const shiftWeek = (monday: Date, weeks: number): string =>
  isoWeekOf(new Date(monday.getTime() + weeks * 7 * DAY));

/**
 * One day of the week view: its date, the public holiday on it (Lower Saxony's) if any, the open spans (null: no
 * opening hours given), booked and free spans.
 */
export interface DayView {
  date: string;
  holiday: HolidayKey | null;
  open: readonly Span[] | null;
  booked: Span[];
  free: Span[];
}

function subtract(spans: readonly Span[], taken: readonly Span[]): Span[] {
  let out = spans.map((s) => ({ ...s }));
  for (const b of taken) {
    out = out.flatMap((s) => {
      if (b.end <= s.start || b.start >= s.end) return [s];
      const parts: Span[] = [];
      if (b.start > s.start) parts.push({ start: s.start, end: b.start });
      if (b.end < s.end) parts.push({ start: b.end, end: s.end });
      return parts;
    });
  }
  return out.filter((s) => s.end > s.start);
}

/** The instants a week view asks the database about: from its Monday 00:00 to the next Monday, local time. */
export function weekRange(monday: Date): { from: Date; to: Date } {
  return {
    from: fromFloating(monday, BOOKING_ZONE),
    to: fromFloating(new Date(monday.getTime() + 7 * DAY), BOOKING_ZONE),
  };
}

/** The seven days of a week with what is booked (only that it is, never by whom) and what is free. */
export function weekView(monday: Date, busy: readonly Busy[], week: Week | null): DayView[] {
  const local = busy.map((b) => ({
    start: toFloating(b.startsAt, BOOKING_ZONE).getTime(),
    end: toFloating(b.endsAt, BOOKING_ZONE).getTime(),
  }));
  return Array.from({ length: 7 }, (_, i) => {
    const day = monday.getTime() + i * DAY;
    const booked = local
      .filter((b) => b.start < day + DAY && b.end > day)
      .map((b) => ({
        start: Math.max(0, Math.round((b.start - day) / 60_000)),
        end: Math.min(1440, Math.round((b.end - day) / 60_000)),
      }));
    const open = week ? spansOn(week, new Date(day)) : null;
    const date = new Date(day).toISOString().slice(0, 10);
    return {
      date,
      holiday: holidayOn(date),
      open,
      booked,
      free: subtract(open ?? [{ start: 0, end: 1440 }], booked),
    };
  });
}

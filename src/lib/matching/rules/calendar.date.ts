/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend
 * on the machine's time zone or clock.
 */

const MS_PER_DAY = 86_400_000;

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** True when a YYYY-MM-DD string names a real day (rejects 2025-02-30). */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = parts(date);
  const time = Date.UTC(year, month - 1, day);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY);
}

/** Completed months from `from` to `to`, never negative (a month counts once its day is reached). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}

/** Days since 1970-01-01 (UTC), for cheap comparisons of many dates. */
export function dayNumber(date: string): number {
  return daysBetween('1970-01-01', date);
}

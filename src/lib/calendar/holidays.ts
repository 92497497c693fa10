/**
 * Public holidays of Lower Saxony (Niedersachsen), computed for any Gregorian year rather than typed in: the
 * fixed days, and those that hang on Easter Sunday (Gregorian computus). Pure: no I/O, no time zone — a holiday is
 * a calendar day, given as `YYYY-MM-DD`. Names are not here: callers label a key from their catalogs.
 */

/** The holidays' keys, in the order of the year. */
export const HOLIDAY_KEYS = [
  'newYear',
  'goodFriday',
  'easterMonday',
  'labourDay',
  'ascensionDay',
  'whitMonday',
  'germanUnityDay',
  'reformationDay',
  'christmasDay',
  'boxingDay',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export interface Holiday {
  /** The calendar day, `YYYY-MM-DD`. */
  date: string;
  key: HolidayKey;
}

const DAY = 86_400_000;

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, also known as Meeus/Jones/Butcher), as a
 * UTC midnight. Valid for every year from 1583 on.
 */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const fixed = (year: number, month: number, day: number) => ymd(new Date(Date.UTC(year, month - 1, day)));

/**
 * Lower Saxony's public holidays of one year, in date order. Reformation Day (31 October) is a holiday here by law
 * since 2018, and was one nationwide in 2017 (the 500th anniversary); before, it was not.
 */
export function publicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year).getTime();
  const fromEaster = (days: number) => ymd(new Date(easter + days * DAY));
  const list: Holiday[] = [
    { date: fixed(year, 1, 1), key: 'newYear' },
    { date: fromEaster(-2), key: 'goodFriday' },
    { date: fromEaster(1), key: 'easterMonday' },
    { date: fixed(year, 5, 1), key: 'labourDay' },
    { date: fromEaster(39), key: 'ascensionDay' },
    { date: fromEaster(50), key: 'whitMonday' },
    { date: fixed(year, 10, 3), key: 'germanUnityDay' },
    { date: fixed(year, 12, 25), key: 'christmasDay' },
    { date: fixed(year, 12, 26), key: 'boxingDay' },
  ];
  if (year >= 2017) list.push({ date: fixed(year, 10, 31), key: 'reformationDay' });
  // Ascension can fall on 1 May (2008): both stay, each with its own key.
  return list.sort((x, y) => x.date.localeCompare(y.date) || HOLIDAY_KEYS.indexOf(x.key) - HOLIDAY_KEYS.indexOf(y.key));
}

const byYear = new Map<number, Map<string, HolidayKey>>();

/** The holiday on a calendar day (`YYYY-MM-DD`), or null; the first of two on the same day (1 May 2008). */
export function holidayOn(date: string): HolidayKey | null {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of publicHolidays(year)) if (!days.has(h.date)) days.set(h.date, h.key);
    byYear.set(year, days);
  }
  return days.get(date) ?? null;
}

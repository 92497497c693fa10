/**
 * Public API of the calendar library (pure: no I/O, routes or tables): local time in a zone, series expansion
 * across daylight-saving changes, and the iCalendar writer for published feeds. Callers import only from here.
 */
export { expandSeries, InvalidRuleError, ruleProblem, type Series, type SeriesDate } from './series.ts';
export { formatLocal, fromFloating, isTimeZone, offsetMinutes, parseLocal, toFloating } from './zoned.ts';
export {
  type IcsCalendar,
  type IcsEvent,
  IcsInputError,
  type IcsMovedDate,
  icsUtc,
  ruleWithUtcUntil,
  writeIcs,
} from './ics.ts';
export { vtimezone } from './ics-timezone.ts';
export { easterSunday, HOLIDAY_KEYS, type Holiday, type HolidayKey, holidayOn, publicHolidays } from './holidays.ts';

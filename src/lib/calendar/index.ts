/**
 * Public API of the calendar library (pure: no I/O, routes or tables): local time in a zone, series expansion
 * across daylight-saving changes. Callers import only from here.
 */
export { expandSeries, InvalidRuleError, ruleProblem, type Series, type SeriesDate } from './series.ts';
export { formatLocal, fromFloating, isTimeZone, offsetMinutes, parseLocal, toFloating } from './zoned.ts';

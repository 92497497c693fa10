import OpeningHours from 'opening_hours';

/**
 * Opening hours in OpenStreetMap's `opening_hours` syntax, read by the `opening_hours` library (decision 0190).
 * Three pitfalls of the library are handled here, once:
 * - it needs the state by its exact German name with a location, else it silently takes another state's public
 *   holidays (Reformationstag is a holiday in Lower Saxony, Fronleichnam is not);
 * - it evaluates a `Date` in the process's own time zone: we hand it a `Date` whose local wall clock is Berlin's
 *   and read its answers back the same way, so the answer does not depend on where the server runs;
 * - a later `;` rule replaces what earlier rules said for the same days, which editors rarely mean.
 */

export const ZONE = 'Europe/Berlin';
/** Every place of Zuhause lies in Lower Saxony; the library wants the German name of the state. */
const STATE = 'Niedersachsen';
/** Somewhere in Lower Saxony (Hannover), for a place without coordinates: only the state matters for holidays. */
const FALLBACK = { lat: 52.3759, lon: 9.732 };

export interface Where {
  lat: number | null;
  lon: number | null;
}

const wallParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallOf(instant: Date): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, number> = {};
  for (const part of wallParts.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** A `Date` whose local (process zone) wall clock shows Berlin's wall clock at `instant`: what the library reads. */
export function toWall(instant: Date): Date {
  const w = wallOf(instant);
  return new Date(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
}

/** The instant at which Berlin's wall clock shows what `wall`'s local fields show (the inverse of `toWall`). */
export function fromWall(wall: Date): Date {
  const target = Date.UTC(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate(),
    wall.getHours(),
    wall.getMinutes(),
    wall.getSeconds(),
  );
  let guess = target;
  // Two rounds settle Berlin's offset (one or two hours) also next to a change of summer time.
  for (let i = 0; i < 2; i++) {
    const w = wallOf(new Date(guess));
    guess += target - Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
  }
  return new Date(guess);
}

/** The Berlin calendar day of an instant, `YYYY-MM-DD`. */
export function berlinDay(instant: Date): string {
  const w = wallOf(instant);
  return `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

function build(text: string, where: Where): OpeningHours {
  const lat = where.lat ?? FALLBACK.lat;
  const lon = where.lon ?? FALLBACK.lon;
  return new OpeningHours(text, { lat, lon, address: { country_code: 'de', state: STATE } });
}

export type Parsed = { ok: true; hours: OpeningHours } | { ok: false; detail: string };

/** Reads an opening-hours text; `detail` is the library's own account of what it could not read. */
export function parseHours(text: string, where: Where = { lat: null, lon: null }): Parsed {
  try {
    return { ok: true, hours: build(text, where) };
  } catch (err) {
    return { ok: false, detail: String(err instanceof Error ? err.message : err).slice(0, 300) };
  }
}

export interface StateNow {
  state: 'open' | 'closed' | 'unknown';
  /** When the state changes next (within a week), if it does. */
  next: Date | null;
  comment: string | null;
}

/** Whether a place is open at `now` (Berlin time), and when that changes. Null for a text the library refuses. */
export function stateAt(text: string, where: Where, now: Date): StateNow | null {
  const parsed = parseHours(text, where);
  if (!parsed.ok) return null;
  const wall = toWall(now);
  const oh = parsed.hours;
  const state = oh.getUnknown(wall) ? 'unknown' : oh.getState(wall) ? 'open' : 'closed';
  const limit = new Date(wall.getTime() + 8 * 86_400_000);
  const next = oh.getNextChange(wall, limit);
  return { state, next: next ? fromWall(next) : null, comment: oh.getComment(wall) ?? null };
}

/** One open span of a day as the wall clock shows it (`HH:MM`), with the rule's comment. */
export interface DaySpan {
  from: string;
  to: string;
  unknown: boolean;
  comment: string | null;
}

export interface WeekDay {
  /** `YYYY-MM-DD`, Berlin. */
  day: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  holiday: boolean;
  spans: DaySpan[];
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

function daysOf(oh: OpeningHours, holidays: OpeningHours, start: Date, count: number): WeekDay[] {
  const out: WeekDay[] = [];
  for (let i = 0; i < count; i++) {
    const from = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const to = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i + 1);
    const spans = oh.getOpenIntervals(from, to).map(([a, b, unknown, comment]) => ({
      from: hhmm(a),
      // The end of the day is 24:00, not the next day's 00:00.
      to: b.getTime() === to.getTime() ? '24:00' : hhmm(b),
      unknown,
      comment: comment ?? null,
    }));
    const noon = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 12);
    const day = `${from.getFullYear()}-${String(from.getMonth() + 1).padStart(2, '0')}-${String(from.getDate()).padStart(2, '0')}`;
    out.push({ day, weekday: (from.getDay() + 6) % 7, holiday: holidays.getState(noon), spans });
  }
  return out;
}

/** The next `count` days from `now`'s Berlin day, each with its open spans: the week as the library reads it. */
export function weekFrom(text: string, where: Where, now: Date, count = 7): WeekDay[] | null {
  const parsed = parseHours(text, where);
  if (!parsed.ok) return null;
  const holidays = build('PH', where);
  return daysOf(parsed.hours, holidays, toWall(now), count);
}

/** Splits a value into its `;` rules (a `;` inside a quoted comment stays in its rule). */
export function rulesOf(text: string): string[] {
  const rules: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      rules.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) rules.push(current.trim());
  return rules.filter(Boolean);
}

// A week without public holidays in Lower Saxony (13–19 January 2025), to compare rules on plain weekdays.
const PLAIN_WEEK = new Date(2025, 0, 13);

const openMinutes = (days: WeekDay[]) => days.map((d) => new Set(d.spans.flatMap((s) => minutesOf(s.from, s.to))));

function minutesOf(from: string, to: string): number[] {
  const [a, b] = [from, to].map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)));
  return Array.from({ length: Math.max(0, b! - a!) }, (_, i) => a! + i);
}

/** A rule that takes away hours an earlier rule gave: the rule and the weekdays (0 = Monday) it cuts. */
export interface ReplacedRule {
  rule: string;
  weekdays: number[];
}

/**
 * The `;` rules that remove opening hours an earlier rule set on the same weekday ("Mo-Fr 08:00-12:00; Tu
 * 14:00-18:00" closes Tuesday morning). Rules that only close (`Su off`) or only add are not reported.
 */
export function replacedRules(text: string, where: Where = { lat: null, lon: null }): ReplacedRule[] {
  const rules = rulesOf(text);
  const out: ReplacedRule[] = [];
  const holidays = build('PH', where);
  for (let k = 1; k < rules.length; k++) {
    const alone = parseHours(rules[k]!, where);
    const before = parseHours(rules.slice(0, k).join('; '), where);
    const with_ = parseHours(rules.slice(0, k + 1).join('; '), where);
    if (!alone.ok || !before.ok || !with_.ok) continue;
    if (!daysOf(alone.hours, holidays, PLAIN_WEEK, 7).some((d) => d.spans.length > 0)) continue;
    const was = openMinutes(daysOf(before.hours, holidays, PLAIN_WEEK, 7));
    const now = openMinutes(daysOf(with_.hours, holidays, PLAIN_WEEK, 7));
    const cut = was.flatMap((mins, day) => ([...mins].some((m) => !now[day]!.has(m)) ? [day] : []));
    if (cut.length > 0) out.push({ rule: rules[k]!, weekdays: cut });
  }
  return out;
}

import { offsetMinutes } from './zoned.ts';

/**
 * The VTIMEZONE definition of an IANA zone with yearly rules, read from the runtime's own zone data (Intl), so a
 * client without that zone (Outlook) places times as we do. The rule of each change is found by looking at
 * several years: "last Sunday of March" (Europe) or "second Sunday of March" (North America).
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Change {
  /** The instant the offset changes. */
  at: Date;
  from: number;
  to: number;
}

/** The offset changes of one year (at most a few), each to the minute. */
function changesIn(year: number, timeZone: string): Change[] {
  const out: Change[] = [];
  let t = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let before = offsetMinutes(new Date(t), timeZone);
  for (; t < end; t += DAY) {
    const next = offsetMinutes(new Date(t + DAY), timeZone);
    if (next === before) continue;
    // Narrow the day down to the minute at which the offset turns.
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: new Date(hi), from: before, to: next });
    before = next;
  }
  return out;
}

/** "+0100", "-0430". */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A floating time as iCalendar local DATE-TIME ("20260329T020000"). */
export function icsLocal(floating: Date): string {
  return floating.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The yearly rule a change follows in every year looked at ("BYMONTH=3;BYDAY=-1SU"), or null when none fits. */
function yearlyRule(changes: readonly Change[]): { month: number; weekday: number; nth: number } | null {
  const seen = changes.map((c) => {
    const wall = wallBefore(c);
    const day = wall.getUTCDate();
    const days = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
    return { month: wall.getUTCMonth() + 1, weekday: wall.getUTCDay(), nth: Math.ceil(day / 7), last: day + 7 > days };
  });
  const first = seen[0];
  if (!first || seen.some((s) => s.month !== first.month || s.weekday !== first.weekday)) return null;
  if (seen.every((s) => s.last)) return { month: first.month, weekday: first.weekday, nth: -1 };
  if (seen.every((s) => s.nth === first.nth)) return { month: first.month, weekday: first.weekday, nth: first.nth };
  return null;
}

/** The first day in 1970 that a yearly rule names, at the wall-clock time of the change: the rule's DTSTART. */
function ruleStart(rule: { month: number; weekday: number; nth: number }, wallMs: number): Date {
  const timeOfDay = wallMs % DAY;
  const candidates: number[] = [];
  for (let d = 1; d <= 31; d++) {
    const day = Date.UTC(1970, rule.month - 1, d);
    if (new Date(day).getUTCMonth() !== rule.month - 1) break;
    if (new Date(day).getUTCDay() === rule.weekday) candidates.push(day);
  }
  const pick = rule.nth === -1 ? candidates[candidates.length - 1] : candidates[rule.nth - 1];
  return new Date((pick ?? candidates[0]!) + timeOfDay);
}

function zoneAbbreviation(instant: Date, timeZone: string): string | null {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  // Only real abbreviations (CET, CEST); "GMT+3" is no name.
  return part && /^[A-Z]{2,6}$/.test(part) ? part : null;
}

function subComponent(kind: 'STANDARD' | 'DAYLIGHT', c: Change, timeZone: string, lines: string[]): string[] {
  const name = zoneAbbreviation(new Date(c.at.getTime() + HOUR), timeZone);
  return [
    `BEGIN:${kind}`,
    ...lines,
    `TZOFFSETFROM:${utcOffset(c.from)}`,
    `TZOFFSETTO:${utcOffset(c.to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/** The wall-clock time just before a change, in the offset it changes from (a VTIMEZONE DTSTART). */
function wallBefore(c: Change): Date {
  return new Date(c.at.getTime() + c.from * 60_000);
}

/**
 * A VTIMEZONE for `timeZone` (CRLF-free lines joined by "\n"; the writer turns them into CRLF): one STANDARD and one
 * DAYLIGHT part with yearly rules where the zone changes twice a year by a fixed rule, the dated changes where it
 * follows no rule, a single STANDARD part where it never changes.
 */
export function vtimezone(timeZone: string): string {
  const perYear = YEARS.map((y) => changesIn(y, timeZone));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (perYear.every((cs) => cs.length === 0)) {
    const offset = offsetMinutes(new Date(Date.UTC(YEARS[0]!, 0, 1)), timeZone);
    const c: Change = { at: new Date(Date.UTC(1970, 0, 1)), from: offset, to: offset };
    lines.push(...subComponent('STANDARD', c, timeZone, ['DTSTART:19700101T000000']));
    return [...lines, 'END:VTIMEZONE'].join('\n');
  }
  const count = perYear[0]!.length;
  for (let i = 0; i < count; i++) {
    const changes = perYear.map((cs) => cs[i]).filter((c): c is Change => c !== undefined);
    const kind = changes[0]!.to > changes[0]!.from ? 'DAYLIGHT' : 'STANDARD';
    const rule = perYear.every((cs) => cs.length === count) ? yearlyRule(changes) : null;
    if (rule) {
      const start = ruleStart(rule, wallBefore(changes[0]!).getTime());
      const byDay = `${rule.nth}${WEEKDAYS[rule.weekday]}`;
      const rrule = `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${byDay}`;
      lines.push(...subComponent(kind, changes[0]!, timeZone, [`DTSTART:${icsLocal(start)}`, rrule]));
    } else {
      for (const c of changes) {
        const at = icsLocal(wallBefore(c));
        lines.push(...subComponent(kind, c, timeZone, [`DTSTART:${at}`, `RDATE:${at}`]));
      }
    }
  }
  return [...lines, 'END:VTIMEZONE'].join('\n');
}

import { fromFloating, toFloating } from '../../lib/calendar/index.ts';

/**
 * Free appointment slots of one counsellor, computed as Cal.com does and pure (no I/O): the weekly hours expanded
 * day by day in the service's zone (a wall-clock time stays the same across a daylight-saving change); a day with
 * exceptions takes their times instead (an exception without times is a day off); a public holiday is off unless
 * an exception opens it; slots step on a grid of slot length plus break from each range's start; a slot must start
 * at least `minNoticeHours` after `now` and before the horizon, and neither it nor its break may touch a busy range.
 */

/** A weekly range: ISO weekday (1 = Monday), local "HH:MM[:SS]" times, valid from–until local days (inclusive). */
export interface WeeklyRange {
  weekday: number;
  starts: string;
  ends: string;
  validFrom: string;
  validUntil: string | null;
}

/** A day that differs: times replace the day's hours; both null: the day is off. */
export interface DayException {
  day: string;
  starts: string | null;
  ends: string | null;
}

export interface SlotRules {
  slotMinutes: number;
  bufferMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  timeZone: string;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export interface SlotQuery {
  hours: readonly WeeklyRange[];
  exceptions: readonly DayException[];
  /** Instants already taken (other appointments, with their breaks): [start, end). */
  busy: readonly { from: Date; to: Date }[];
  rules: SlotRules;
  now: Date;
  /** Local days to look at, inclusive ("YYYY-MM-DD"); clipped to today … today + horizon. */
  from: string;
  to: string;
  /** True for a public holiday (Lower Saxony's, computed). */
  isHoliday?: (day: string) => boolean;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** "HH:MM[:SS]" → minutes after midnight. */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** The local day ("YYYY-MM-DD") of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  return toFloating(instant, timeZone).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local day. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function addDays(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + n * DAY).toISOString().slice(0, 10);
}

/** The local ranges (minutes after midnight) a counsellor works on one day. */
export function rangesOfDay(
  day: string,
  hours: readonly WeeklyRange[],
  exceptions: readonly DayException[],
  isHoliday?: (day: string) => boolean,
): { from: number; to: number }[] {
  const own = exceptions.filter((e) => e.day === day);
  if (own.length > 0)
    return own
      .filter((e) => e.starts !== null && e.ends !== null)
      .map((e) => ({ from: minutesOf(e.starts!), to: minutesOf(e.ends!) }))
      .sort((a, b) => a.from - b.from);
  if (isHoliday?.(day)) return [];
  const weekday = isoWeekday(day);
  return hours
    .filter((h) => h.weekday === weekday && h.validFrom <= day && (h.validUntil === null || day <= h.validUntil))
    .map((h) => ({ from: minutesOf(h.starts), to: minutesOf(h.ends) }))
    .sort((a, b) => a.from - b.from);
}

/** The instant of a local day and minute in a zone. */
export function instantOf(day: string, minutes: number, timeZone: string): Date {
  return fromFloating(new Date(new Date(`${day}T00:00:00Z`).getTime() + minutes * MINUTE), timeZone);
}

/** The free slots, earliest first. */
export function freeSlots(q: SlotQuery): Slot[] {
  const { rules } = q;
  const today = localDay(q.now, rules.timeZone);
  const last = addDays(today, rules.horizonDays);
  const earliest = q.now.getTime() + rules.minNoticeHours * 3_600_000;
  const step = rules.slotMinutes + rules.bufferMinutes;
  const out: Slot[] = [];
  for (let day = q.from < today ? today : q.from; day <= q.to && day <= last; day = addDays(day, 1)) {
    for (const range of rangesOfDay(day, q.hours, q.exceptions, q.isHoliday)) {
      for (let m = range.from; m + rules.slotMinutes <= range.to; m += step) {
        const startsAt = instantOf(day, m, rules.timeZone);
        if (startsAt.getTime() < earliest) continue;
        const endsAt = new Date(startsAt.getTime() + rules.slotMinutes * MINUTE);
        const blockedUntil = endsAt.getTime() + rules.bufferMinutes * MINUTE;
        const clash = q.busy.some((b) => b.from.getTime() < blockedUntil && startsAt.getTime() < b.to.getTime());
        if (!clash) out.push({ startsAt, endsAt });
      }
    }
  }
  return out;
}

/** Whether an appointment from `startsAt` fits a slot the rules offer on its day (the busy times aside). */
export function onGrid(startsAt: Date, q: Omit<SlotQuery, 'busy' | 'from' | 'to'>): boolean {
  const day = localDay(startsAt, q.rules.timeZone);
  return freeSlots({ ...q, busy: [], from: day, to: day }).some((s) => s.startsAt.getTime() === startsAt.getTime());
}

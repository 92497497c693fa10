import ical, { ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator';
import { icsLocal, vtimezone } from './ics-timezone.ts';
import { fromFloating, parseLocal, toFloating } from './zoned.ts';

/**
 * An RFC 5545 writer for published calendars (subscriptions): one VEVENT per series in its own zone (DTSTART;TZID
 * with the zone's VTIMEZONE), the rule with UNTIL in UTC, cancelled dates as EXDATE in the series' zone, moved
 * dates as overrides with RECURRENCE-ID, SEQUENCE for every revision, METHOD:PUBLISH. Text is escaped and lines
 * folded by ical-generator. Pure: the caller reads the data and passes instants and local times.
 */

/** One date of a series that was changed: when the rule put it (RECURRENCE-ID) and when it takes place now. */
export interface IcsMovedDate {
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  /** The date's own revision; the override carries the higher of it and the series'. */
  sequence?: number;
}

export interface IcsEvent {
  /** Stable across revisions; a split series ("this and following") continues under a new UID. */
  uid: string;
  sequence: number;
  /** The first start as local wall-clock time in `timeZone` ("2026-05-05T18:00"). */
  startsLocal: string;
  timeZone: string;
  durationMinutes: number;
  /** RRULE value without DTSTART; UNTIL as the calendar library reads it (local time), written in UTC. */
  rrule: string | null;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: readonly string[];
  /** The whole series called off. */
  cancelled?: boolean;
  /** Original starts of dates that do not take place. */
  excluded?: readonly Date[];
  moved?: readonly IcsMovedDate[];
  lastModified?: Date;
}

export interface IcsCalendar {
  name: string;
  description?: string;
  url?: string;
  /** DTSTAMP of every event: when the feed was made. */
  stamp: Date;
  /** How often a subscriber should read the feed again (REFRESH-INTERVAL), in minutes. */
  refreshMinutes?: number;
  /** PUBLISH (feeds, the default); REQUEST and CANCEL for a calendar file mailed to one person (RFC 5546). */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  events: readonly IcsEvent[];
}

/**
 * A Date that ical-generator formats as wall-clock time in a zone (its TZDate hook: `withTimeZone` and the local
 * getters), so DTSTART;TZID is right whatever zone the process runs in. Its instant is the real one.
 */
class ZonedDate extends Date {
  readonly internal: Date;
  readonly timeZone: string;
  private readonly wall: Date;

  constructor(instant: Date, timeZone: string) {
    super(instant.getTime());
    this.internal = new Date(instant.getTime());
    this.timeZone = timeZone;
    this.wall = toFloating(instant, timeZone);
  }
  withTimeZone(timeZone?: string | null): ZonedDate {
    return new ZonedDate(this.internal, timeZone ?? this.timeZone);
  }
  tzComponents() {
    const w = this.wall;
    return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours() };
  }
  override getFullYear() {
    return this.wall.getUTCFullYear();
  }
  override getMonth() {
    return this.wall.getUTCMonth();
  }
  override getDate() {
    return this.wall.getUTCDate();
  }
  override getDay() {
    return this.wall.getUTCDay();
  }
  override getHours() {
    return this.wall.getUTCHours();
  }
  override getMinutes() {
    return this.wall.getUTCMinutes();
  }
  override getSeconds() {
    return this.wall.getUTCSeconds();
  }
}

/** Thrown when an event cannot be written (a start that is no local time); the message is for logs. */
export class IcsInputError extends Error {}

const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?Z?$/;

/** An instant as UTC DATE-TIME ("20260601T155959Z"). */
export function icsUtc(instant: Date): string {
  return `${icsLocal(instant)}Z`;
}

/**
 * The rule as RFC 5545 wants it next to a zoned DTSTART: UNTIL as a UTC date-time. The calendar library expands
 * UNTIL as wall-clock time in the series' zone (a bare date as its midnight), so that is the instant written.
 */
export function ruleWithUtcUntil(rrule: string, timeZone: string): string {
  const parts = rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((p) => p !== '');
  return parts
    .map((part) => {
      const [key, value = ''] = part.split('=');
      if (key?.toUpperCase() !== 'UNTIL') return part;
      const m = UNTIL.exec(value.trim());
      if (!m) throw new IcsInputError(`not an UNTIL value: ${value}`);
      const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
      const floating = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
      return `UNTIL=${icsUtc(fromFloating(floating, timeZone))}`;
    })
    .join(';');
}

/** The EXDATE line of a series: the dates in the series' zone, with its TZID (clients ignore UTC ones there). */
function exdateLine(dates: readonly Date[], timeZone: string): string {
  const values = [...dates]
    .sort((a, b) => a.getTime() - b.getTime())
    .map((d) => icsLocal(toFloating(d, timeZone)))
    .join(',');
  return `EXDATE;TZID=${timeZone}:${values}`;
}

function firstStart(e: IcsEvent): Date {
  const floating = parseLocal(e.startsLocal);
  if (!floating) throw new IcsInputError(`not a local date and time: ${e.startsLocal}`);
  return fromFloating(floating, e.timeZone);
}

function common(e: IcsEvent, stamp: Date): Omit<ICalEventData, 'start'> {
  return {
    id: e.uid,
    sequence: e.sequence,
    stamp,
    timezone: e.timeZone,
    summary: e.summary,
    description: e.description || null,
    location: e.location || null,
    url: e.url || null,
    categories: (e.categories ?? []).map((name) => ({ name })),
    lastModified: e.lastModified ?? null,
    status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/** The VEVENTs of one series: the master (rule, exclusions) and one override per moved date. */
function eventsOf(e: IcsEvent, stamp: Date): ICalEventData[] {
  const zoned = (d: Date) => new ZonedDate(d, e.timeZone);
  const base = common(e, stamp);
  const length = e.durationMinutes * 60_000;
  const start = firstStart(e);
  if (!e.rrule?.trim()) {
    // A single date: a change to it is the event itself.
    const moved = e.moved?.find((m) => m.originalStart.getTime() === start.getTime());
    const off = e.excluded?.some((d) => d.getTime() === start.getTime());
    const at = moved ?? { startsAt: start, endsAt: new Date(start.getTime() + length), sequence: 0 };
    const sequence = Math.max(e.sequence, at.sequence ?? 0);
    const status = off || e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
    return [{ ...base, sequence, status, start: zoned(at.startsAt), end: zoned(at.endsAt) }];
  }
  const rule = `RRULE:${ruleWithUtcUntil(e.rrule, e.timeZone)}`;
  const excluded = e.excluded ?? [];
  const repeating = excluded.length > 0 ? `${rule}\n${exdateLine(excluded, e.timeZone)}` : rule;
  const master: ICalEventData = {
    ...base,
    start: zoned(start),
    end: zoned(new Date(start.getTime() + length)),
    repeating,
  };
  const overrides = (e.moved ?? []).map(
    (m): ICalEventData => ({
      ...base,
      sequence: Math.max(e.sequence, m.sequence ?? 0),
      recurrenceId: zoned(m.originalStart),
      start: zoned(m.startsAt),
      end: zoned(m.endsAt),
    }),
  );
  return [master, ...overrides];
}

/** Writes a published calendar (METHOD:PUBLISH) with the VTIMEZONE of every zone its events use. */
export function writeIcs(calendar: IcsCalendar): string {
  const cal = ical({
    name: calendar.name,
    description: calendar.description ?? null,
    url: calendar.url ?? null,
    prodId: { company: 'Zuhause', product: 'Zuhause', language: 'DE' },
    method: ICalCalendarMethod[calendar.method ?? 'PUBLISH'],
    // No calendar-wide zone name (each event names its own); the generator adds each zone's definition once.
    timezone: { name: null, generator: vtimezone },
    ttl: calendar.refreshMinutes ? calendar.refreshMinutes * 60 : null,
  });
  for (const e of calendar.events) for (const data of eventsOf(e, calendar.stamp)) cal.createEvent(data);
  // Every content line ends with CRLF, the last one too (RFC 5545, 3.1).
  return `${cal.toString()}\r\n`;
}

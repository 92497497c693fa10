import ICAL from 'ical.js';

/**
 * Reads a feed back with ical.js — a different library than the writer — as a subscriber would: the feed's own
 * VTIMEZONE definitions (none from a zone database), every series expanded with its exclusions and overrides.
 * For tests only (ical.js is a development dependency).
 */

export interface ParsedOccurrence {
  uid: string;
  summary: string;
  start: Date;
  end: Date;
  /** The RECURRENCE-ID of an override (a moved date), as an instant. */
  recurrenceId: Date | null;
  status: string | null;
  sequence: number;
}

export interface ParsedFeed {
  method: string | null;
  timezones: string[];
  calendar: ICAL.Component;
  /** Every occurrence of every event whose start lies in [from, to), in order. */
  occurrences(from: Date, to: Date): ParsedOccurrence[];
}

/** Parses a feed, registering only the time zones it defines itself. */
export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  const timezones = calendar.getAllSubcomponents('vtimezone').map((tz) => {
    ICAL.TimezoneService.register(tz);
    return String(tz.getFirstPropertyValue('tzid'));
  });
  const byUid = new Map<string, { master: ICAL.Component | null; overrides: ICAL.Component[] }>();
  for (const v of calendar.getAllSubcomponents('vevent')) {
    const uid = String(v.getFirstPropertyValue('uid'));
    const entry = byUid.get(uid) ?? { master: null, overrides: [] };
    if (v.hasProperty('recurrence-id')) entry.overrides.push(v);
    else entry.master = v;
    byUid.set(uid, entry);
  }
  const method = calendar.getFirstPropertyValue('method');
  return {
    method: method === null ? null : String(method),
    timezones,
    calendar,
    occurrences: (from, to) => expand(byUid, from, to),
  };
}

function expand(
  byUid: Map<string, { master: ICAL.Component | null; overrides: ICAL.Component[] }>,
  from: Date,
  to: Date,
): ParsedOccurrence[] {
  const out: ParsedOccurrence[] = [];
  for (const [uid, { master, overrides }] of byUid) {
    if (!master) throw new Error(`override without its series: ${uid}`);
    const event = new ICAL.Event(master, { exceptions: overrides, strictExceptions: true });
    const status = (c: ICAL.Component) => {
      const s = c.getFirstPropertyValue('status');
      return s === null ? null : String(s);
    };
    const sequence = (c: ICAL.Component) => Number(c.getFirstPropertyValue('sequence') ?? 0);
    if (!event.isRecurring()) {
      const start = event.startDate.toJSDate();
      if (start >= from && start < to) {
        out.push({
          uid,
          summary: event.summary,
          start,
          end: event.endDate.toJSDate(),
          recurrenceId: null,
          status: status(master),
          sequence: sequence(master),
        });
      }
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next; next = it.next()) {
      const d = event.getOccurrenceDetails(next);
      const start = d.startDate.toJSDate();
      if (next.toJSDate() >= to && start >= to) break;
      if (start < from || start >= to) continue;
      const moved = d.item !== event;
      out.push({
        uid,
        summary: d.item.summary,
        start,
        end: d.endDate.toJSDate(),
        recurrenceId: moved ? d.recurrenceId.toJSDate() : null,
        status: status(d.item.component),
        sequence: sequence(d.item.component),
      });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

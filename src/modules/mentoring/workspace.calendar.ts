import { type IcsEvent, toFloating, writeIcs } from '../../lib/calendar/index.ts';
import type { PlannedSession } from './workspace.repository.ts';

// The pair's planned sessions as a calendar file (RFC 5545) for their own calendar app: each session at its time
// in German local time, with what a visitor needs to know; a session called off since comes as cancelled, so that a
// calendar that imported it earlier crosses it out.

const ZONE = 'Europe/Berlin';
/** A session without an end (council systems often give none) is entered for two hours. */
const DEFAULT_MINUTES = 120;

export interface PairCalendarText {
  /** The calendar's name, in the reader's language. */
  name: string;
  /** The name of a session's kind, in the reader's language. */
  kind: (kind: string) => string;
}

/** The calendar file of one pairing's planned sessions. */
export function pairCalendar(
  pairingId: string,
  sessions: readonly PlannedSession[],
  text: PairCalendarText,
  now: Date,
) {
  const events: IcsEvent[] = sessions.map((s) => ({
    // The same session in another pairing's file is another entry of another person's calendar.
    uid: `mentoring-${pairingId}-${s.id}@zuhause`,
    // Seconds of the last change (from 2026): a later change of the session always comes with a higher number.
    sequence: Math.max(0, Math.floor((s.updatedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000)),
    startsLocal: toFloating(s.startsAt, ZONE).toISOString().slice(0, 16),
    timeZone: ZONE,
    durationMinutes: s.endsAt
      ? Math.max(1, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000))
      : DEFAULT_MINUTES,
    rrule: null,
    summary: s.title,
    description: [text.kind(s.kind), s.organization, s.visitorNote].filter(Boolean).join('\n'),
    ...(s.location ? { location: s.location } : {}),
    ...(s.webUrl ? { url: s.webUrl } : {}),
    cancelled: s.cancelled,
    lastModified: s.updatedAt,
  }));
  return writeIcs({ name: text.name, stamp: now, events });
}

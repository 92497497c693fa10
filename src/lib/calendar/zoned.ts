/**
 * Local wall-clock time in an IANA zone and the instants it names, without depending on the process's own zone.
 * A "floating" time is a Date whose UTC fields hold the wall-clock fields (2026-03-29 02:30 → Date.UTC(2026, 2, 29,
 * 2, 30)): recurrence rules expand in floating time (which has no daylight-saving jumps), then each date becomes
 * an instant in the zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is a zone this runtime knows (e.g. "Europe/Berlin"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The floating time (wall clock as UTC fields) of an instant in a zone. */
export function toFloating(instant: Date, timeZone: string): Date {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return new Date(
    Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
      instant.getUTCMilliseconds(),
    ),
  );
}

/** Minutes the zone is ahead of UTC at an instant (Europe/Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round((toFloating(instant, timeZone).getTime() - instant.getTime()) / 60_000);
}

const DAY = 86_400_000;

/**
 * The instant a wall-clock time names in a zone. In the autumn hour that happens twice, the first; in the spring
 * hour that does not exist, the time is read with the offset before the gap (02:30 → 03:30 summer time), as
 * RFC 5545 says for DTSTART with a TZID.
 */
export function fromFloating(floating: Date, timeZone: string): Date {
  const wall = floating.getTime();
  const before = offsetMinutes(new Date(wall - DAY), timeZone);
  const after = offsetMinutes(new Date(wall + DAY), timeZone);
  const fits = [before, after]
    .map((o) => wall - o * 60_000)
    .filter((t) => toFloating(new Date(t), timeZone).getTime() === wall)
    .sort((a, b) => a - b);
  if (fits.length > 0) return new Date(fits[0]!);
  return new Date(wall - before * 60_000);
}

/** Parses "YYYY-MM-DDTHH:mm[:ss]" (or with a space) as a floating time; null when it is no real date and time. */
export function parseLocal(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo! - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h;
  return same && mi! < 60 && s! < 60 ? date : null;
}

/** A floating time as "YYYY-MM-DDTHH:mm:ss" (what a `timestamp without time zone` column takes). */
export function formatLocal(floating: Date): string {
  return floating.toISOString().slice(0, 19);
}

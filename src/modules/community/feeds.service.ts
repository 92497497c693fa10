import { type IcsEvent, writeIcs } from '../../lib/calendar/index.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import {
  type ChangedDate,
  changedDates,
  eventTexts,
  type FeedScope,
  feedSeries,
  type SeriesRow,
  type TextRow,
} from './feeds.repository.ts';

/** How far back a feed reaches: series whose last date ended longer ago drop out of subscriptions. */
export const FEED_PAST_DAYS = 90;
/** How often subscribers are asked to read a feed again (clients may read less often). */
export const FEED_REFRESH_MINUTES = 360;

/** The text shown in a language: its own if written, else the source's; `lang` says which it is. */
export interface ShownEventText {
  title: string;
  description: string;
  lang: string;
  translated: boolean;
}

/** The title and description of an event in `locale`, falling back to the language it was written in. */
export function textIn(
  texts: readonly TextRow[],
  eventId: string,
  locale: string,
  sourceLocale: string,
): ShownEventText | null {
  const own = texts.filter((x) => x.eventId === eventId);
  const pick =
    own.find((x) => x.locale === locale) ??
    own.find((x) => x.locale === sourceLocale) ??
    own.find((x) => x.locale === 'de') ??
    own[0];
  if (!pick) return null;
  return { title: pick.title, description: pick.description, lang: pick.locale, translated: pick.locale === locale };
}

/** Where a series takes place, as one line: the room with its address, or the address given. */
export function placeLine(s: Pick<SeriesRow, 'roomName' | 'roomStreet' | 'roomPostcode' | 'roomCity' | 'address'>) {
  if (s.roomName) return `${s.roomName}, ${s.roomStreet}, ${s.roomPostcode} ${s.roomCity}`;
  return s.address ?? '';
}

/** The public page of an event, absolute (feeds are read outside the site). */
export function eventUrl(baseUrl: string, locale: string, municipality: string, eventId: string): string {
  return `${baseUrl.replace(/\/$/, '')}/${locale}/m/${municipality}/events/${eventId}`;
}

function toIcsEvent(
  s: SeriesRow,
  texts: readonly TextRow[],
  changes: readonly ChangedDate[],
  at: { baseUrl: string; locale: Locale; municipality: string },
): IcsEvent {
  const text = textIn(texts, s.id, at.locale, s.sourceLocale);
  const mine = changes.filter((c) => c.eventId === s.id);
  return {
    uid: `${s.uid}@zuhause`,
    sequence: s.sequence,
    startsLocal: s.startsLocal,
    timeZone: s.timeZone,
    durationMinutes: s.durationMinutes,
    rrule: s.rrule,
    summary: text?.title ?? s.organiserName,
    description: text?.description ?? '',
    location: placeLine(s),
    url: eventUrl(at.baseUrl, at.locale, at.municipality, s.id),
    cancelled: s.status === 'cancelled',
    excluded: mine.filter((c) => c.status === 'cancelled').map((c) => c.originalStart),
    moved: mine
      .filter((c) => c.status === 'scheduled')
      .map((c) => ({ originalStart: c.originalStart, startsAt: c.startsAt, endsAt: c.endsAt, sequence: c.sequence })),
    lastModified: s.updatedAt,
  };
}

export interface FeedRequest {
  scope: FeedScope;
  locale: Locale;
  /** The calendar's name as subscribers see it. */
  name: string;
  baseUrl: string;
  municipality: Tenant & { slug: string };
  now: Date;
}

/** The iCalendar text of a feed; null for a single series' feed when the series is not public. */
export async function buildFeed(db: Executor, r: FeedRequest): Promise<string | null> {
  const since = new Date(r.now.getTime() - FEED_PAST_DAYS * 86_400_000);
  const series = await feedSeries(db, r.municipality, r.scope, since);
  if (r.scope.kind === 'event' && series.length === 0) return null;
  const ids = series.map((s) => s.id);
  const [texts, changes] = await Promise.all([
    eventTexts(db, r.municipality, ids),
    changedDates(db, r.municipality, ids),
  ]);
  const at = { baseUrl: r.baseUrl, locale: r.locale, municipality: r.municipality.slug };
  const events = series.map((s) => toIcsEvent(s, texts, changes, at));
  // One series' file is named after it.
  const name = r.scope.kind === 'event' && events[0] ? events[0].summary : r.name;
  return writeIcs({ name, stamp: r.now, refreshMinutes: FEED_REFRESH_MINUTES, events });
}

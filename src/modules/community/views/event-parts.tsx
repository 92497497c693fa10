import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { EventRow } from '../events.repository.ts';
import type { RoomPlace } from '../events.read.ts';

/** The public events of a municipality. */
export const publicEventsBase = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/events`;
/** The organisers' events of a municipality. */
export const staffEventsBase = (ctx: ViewContext, slug: string) => `/${ctx.locale}/m/${slug}/admin/events`;
/** The registration part's page for one date (linked once that part's route is there). */
export const registerHref = (ctx: ViewContext, slug: string, eventId: string, occurrenceId: string) =>
  `${publicEventsBase(ctx, slug)}/${eventId}/occurrences/${occurrenceId}/register`;
export const REGISTER_ROUTE = '/:locale/m/:municipality/events/:id/occurrences/:occurrenceId/register';

/** A date's day and times in the reader's language, in German local time ("Freitag, 18. Dezember 2026, 18:00–21:00"). */
export function when(ctx: ViewContext, start: Date, end: Date): string {
  return dateTimeFormat(ctx.locale, { dateStyle: 'full', timeStyle: 'short' }).formatRange(start, end);
}

/** The language names of the languages spoken at an event, in the reader's language. */
export function languageNames(ctx: ViewContext, codes: readonly string[]): string {
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language', fallback: 'code' });
  return new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c));
}

/**
 * Where an event takes place: the room's name and address, or the address typed (German, kept left to right).
 * With `roomHref`, the room's name links to its page (its photos, accessibility and how to get there).
 */
export function Place({
  event,
  room,
  roomHref,
}: {
  event: Pick<EventRow, 'address'>;
  room: RoomPlace | null;
  roomHref?: string;
}) {
  if (room) {
    return (
      <bdi lang="de">
        {roomHref ? (
          <a class="kern-link" href={roomHref}>
            {room.name}
          </a>
        ) : (
          room.name
        )}
        , {room.street}, {room.postcode} {room.city}
      </bdi>
    );
  }
  return <bdi lang="de">{event.address ?? ''}</bdi>;
}

/** A date's state in plain words: cancelled, moved (from when), places left, full with a waitlist. */
export function dateState(
  ctx: ViewContext,
  d: { status: string; startsAt: Date; originalStart: Date; places: number | null; confirmedCount: number },
  registration: 'required' | 'none',
): { key: string; text: string; open: boolean } {
  const { t } = ctx;
  if (d.status === 'cancelled') return { key: 'cancelled', text: t('community.events.date.cancelled'), open: false };
  const parts: string[] = [];
  if (d.startsAt.getTime() !== d.originalStart.getTime()) {
    parts.push(t('community.events.date.moved', { from: ctx.date(d.originalStart, true) }));
  }
  if (registration === 'none') {
    parts.push(t('community.events.date.noRegistration'));
    return { key: 'none', text: parts.join(' · '), open: false };
  }
  if (d.places === null) {
    parts.push(t('community.events.date.open'));
    return { key: 'open', text: parts.join(' · '), open: true };
  }
  const left = Math.max(0, d.places - d.confirmedCount);
  parts.push(left > 0 ? t('community.events.date.placesLeft', { count: left }) : t('community.events.date.full'));
  return { key: left > 0 ? 'open' : 'full', text: parts.join(' · '), open: true };
}

/** The facts of an event as short labelled phrases: type, languages, access, family, childcare, cost. */
export function eventFacts(
  ctx: ViewContext,
  e: Pick<
    EventRow,
    | 'languages'
    | 'wheelchairAccessible'
    | 'stepFree'
    | 'signLanguage'
    | 'hearingLoop'
    | 'familyFriendly'
    | 'childcare'
    | 'costCents'
  >,
): string[] {
  const { t } = ctx;
  const out = [t('community.events.fact.languages', { languages: languageNames(ctx, e.languages) })];
  if (e.wheelchairAccessible) out.push(t('community.events.field.wheelchairAccessible'));
  else if (e.stepFree) out.push(t('community.events.field.stepFree'));
  if (e.signLanguage) out.push(t('community.events.field.signLanguage'));
  if (e.hearingLoop) out.push(t('community.events.field.hearingLoop'));
  if (e.familyFriendly) out.push(t('community.events.field.familyFriendly'));
  if (e.childcare) out.push(t('community.events.field.childcare'));
  out.push(
    e.costCents === null
      ? t('community.events.fact.free')
      : t('community.events.fact.cost', { cost: ctx.money(e.costCents / 100) }),
  );
  return out;
}

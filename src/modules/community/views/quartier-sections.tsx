import type { ComponentChildren } from 'preact';
import { dateTimeFormat, isolate } from '../../../platform/i18n/format.ts';
import { direction, isLocale } from '../../../platform/i18n/locales.ts';
import type { QuartierQuery } from '../../../platform/modules/manifest.ts';
import type { ShownEventText } from '../feeds.service.ts';
import { readableHours } from '../quartier-section.hours.ts';
import type { QuartierRoomRow } from '../quartier-section.repository.ts';
import { FeedLinks } from './feed-links.tsx';

/** One date in the Quartier's week. */
export interface WeekDate {
  eventId: string;
  startsAt: Date;
  text: ShownEventText | null;
  place: string;
  cancelled: boolean;
  moved: boolean;
}

/** "Dienstag, 12. Mai, 18:00" in the reader's language, German local time. */
function when(locale: string, d: Date): string {
  return dateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

const base = (q: QuartierQuery) => `/${q.locale}/m/${q.municipality.slug}`;

// The public pages the sections link to (their own parts build them; a link appears once the page exists).
export const PAGES = {
  events: '/:locale/m/:municipality/events',
  event: '/:locale/m/:municipality/events/:id',
  rooms: '/:locale/m/:municipality/rooms',
  room: '/:locale/m/:municipality/rooms/:id',
  help: '/:locale/m/:municipality/help',
  helpNew: '/:locale/m/:municipality/help/new',
} as const;

/** A link where the page exists, else its text alone. */
function PageLink({
  q,
  page,
  href,
  children,
}: {
  q: QuartierQuery;
  page: string;
  href: string;
  children: ComponentChildren;
}) {
  if (!q.hasPage(page)) return <>{children}</>;
  return (
    <a class="kern-link" href={href}>
      {children}
    </a>
  );
}

/** A text in the language it is written in (marked when that is not the page's). */
function Shown({ q, text }: { q: QuartierQuery; text: ShownEventText }) {
  if (text.lang === q.locale || !isLocale(text.lang)) return <>{text.title}</>;
  return (
    <span lang={text.lang} dir={direction(text.lang)}>
      {text.title}
    </span>
  );
}

/** What happens in the Quartier in the next seven days, with the way to all its events and its feed. */
export function WeekSection({ q, dates, more }: { q: QuartierQuery; dates: readonly WeekDate[]; more: number }) {
  const quartier = isolate(q.quartier.name);
  return (
    <>
      <h2 class="kern-heading-medium">{q.t('community.feeds.week.title', { quartier })}</h2>
      {dates.length === 0 ? (
        <p class="kern-body">{q.t('community.feeds.week.empty')}</p>
      ) : (
        <ul class="kern-list">
          {dates.map((d) => (
            <li>
              <time datetime={d.startsAt.toISOString()}>{when(q.locale, d.startsAt)}</time>:{' '}
              <PageLink q={q} page={PAGES.event} href={`${base(q)}/events/${d.eventId}`}>
                {d.text ? <Shown q={q} text={d.text} /> : q.t('community.feeds.week.untitled')}
              </PageLink>
              {d.place && (
                <>
                  {' '}
                  (<bdi lang="de">{d.place}</bdi>)
                </>
              )}
              {d.cancelled && <strong> {q.t('community.feeds.week.cancelled')}</strong>}
              {!d.cancelled && d.moved && <strong> {q.t('community.feeds.week.moved')}</strong>}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p class="kern-body">{q.t('community.feeds.week.more', { count: more })}</p>}
      {q.hasPage(PAGES.events) && (
        <p class="kern-body">
          <a class="kern-link" href={`${base(q)}/events?quartier=${q.quartier.slug}`}>
            {q.t('community.feeds.week.all', { quartier })}
          </a>
        </p>
      )}
      <FeedLinks
        ctx={q}
        baseUrl={q.baseUrl}
        municipality={q.municipality.slug}
        scope={{ kind: 'quartier', slug: q.quartier.slug }}
        level={3}
      />
    </>
  );
}

/** Opening hours as readable lines; as written (in its own notation) where they are not simple. */
export function Hours({ q, text }: { q: Pick<QuartierQuery, 't' | 'locale'>; text: string }) {
  const lines = readableHours(text, q.locale);
  if (!lines) {
    return (
      <p class="kern-body" dir="ltr" lang="zxx">
        {text}
      </p>
    );
  }
  return (
    <ul class="kern-list">
      {lines.map((l) => (
        <li>
          {l.days ? `${l.days}: ` : ''}
          {l.closed
            ? q.t('community.feeds.hours.closed')
            : l.times === null
              ? q.t('community.feeds.hours.always')
              : new Intl.ListFormat(q.locale, { type: 'unit' }).format(l.times)}
        </li>
      ))}
    </ul>
  );
}

/** The Quartier's rooms people may use, with their hours and a link to each room's page. */
export function RoomsSection({ q, rooms }: { q: QuartierQuery; rooms: readonly QuartierRoomRow[] }) {
  return (
    <>
      <h2 class="kern-heading-medium">{q.t('community.feeds.rooms.title', { quartier: isolate(q.quartier.name) })}</h2>
      {rooms.map((r) => (
        <div class="z-flow">
          <h3 class="kern-heading-small">
            <PageLink q={q} page={PAGES.room} href={`${base(q)}/rooms/${r.id}`}>
              <bdi lang="de">{r.name}</bdi>
            </PageLink>
          </h3>
          <p class="kern-body">
            <bdi lang="de">{`${r.street}, ${r.postcode} ${r.city}`}</bdi> ·{' '}
            {q.t('community.feeds.rooms.capacity', { count: r.capacity })}
            {r.wheelchairAccessible && ` · ${q.t('community.feeds.rooms.wheelchair')}`}
            {!r.wheelchairAccessible && r.stepFree && ` · ${q.t('community.feeds.rooms.stepFree')}`}
          </p>
          {r.openingHours ? (
            <Hours q={q} text={r.openingHours} />
          ) : (
            <p class="kern-body">{q.t('community.feeds.rooms.noHours')}</p>
          )}
        </div>
      ))}
      {q.hasPage(PAGES.rooms) && (
        <p class="kern-body">
          <a class="kern-link" href={`${base(q)}/rooms?quartier=${q.quartier.slug}`}>
            {q.t('community.feeds.rooms.all', { quartier: isolate(q.quartier.name) })}
          </a>
        </p>
      )}
    </>
  );
}

/** Who manages the Quartier, and when its office is open. */
export function ManagersSection({
  q,
  names,
  offices,
}: {
  q: QuartierQuery;
  names: readonly string[];
  offices: readonly QuartierRoomRow[];
}) {
  return (
    <>
      <h2 class="kern-heading-medium">{q.t('community.feeds.managers.title')}</h2>
      {names.length > 0 && (
        <p class="kern-body">
          {q.t('community.feeds.managers.people', { count: names.length })}{' '}
          {names.map((n, i) => (
            <>
              {i > 0 && ', '}
              <bdi>{n}</bdi>
            </>
          ))}
        </p>
      )}
      {offices.map((r) => (
        <>
          <p class="kern-body">
            {q.t('community.feeds.managers.office')}{' '}
            <bdi lang="de">{`${r.name}, ${r.street}, ${r.postcode} ${r.city}`}</bdi>
          </p>
          <Hours q={q} text={r.openingHours ?? ''} />
        </>
      ))}
    </>
  );
}

/** Neighbourly help in the Quartier: what it is, and the way to the offers and requests there (once the help pages exist). */
export function HelpSection({ q }: { q: QuartierQuery }) {
  return (
    <>
      <h2 class="kern-heading-medium">{q.t('community.feeds.help.title')}</h2>
      <p class="kern-body">{q.t('community.feeds.help.text')}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={`${base(q)}/help?quartier=${q.quartier.slug}`}>
            {q.t('community.feeds.help.browse', { quartier: isolate(q.quartier.name) })}
          </a>
        </li>
        {q.hasPage(PAGES.helpNew) && (
          <li>
            <a class="kern-link" href={`${base(q)}/help/new`}>
              {q.t('community.feeds.help.new')}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}

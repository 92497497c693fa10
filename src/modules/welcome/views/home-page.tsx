import { direction } from '../../../platform/i18n/locales.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { Shown } from '../../../platform/i18n/content-texts.ts';
import { ConsentPlaceholder } from '../../../platform/views/components/consent.tsx';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { SearchBox } from './search-box.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import type { Contact, HomeText, WelcomePage } from '../home.repository.ts';
import { bodyHtml } from '../home.service.ts';
import type { StateNow } from '../places.hours.ts';
import { OpenState, placeUrls } from './places-parts.tsx';

/** An upcoming event date on the welcome page. */
export interface NextEvent {
  eventId: string;
  startsAt: Date;
  title: string;
  lang: string;
  cancelled: boolean;
}

export interface HomeView {
  page: WelcomePage | null;
  text: Shown<HomeText> | null;
  contacts: readonly { contact: Contact; state: StateNow | null }[];
  events: readonly NextEvent[];
  /** Whether the reader agreed to the video's host. */
  videoConsent: boolean;
  /** Links to other parts' pages, present once those pages exist. */
  links: { guide: boolean; events: boolean };
}

function Contacts({ ctx, contacts }: { ctx: ViewContext; contacts: HomeView['contacts'] }) {
  const { t } = ctx;
  return (
    <ul class="z-cards">
      {contacts.map(({ contact: c, state }) => {
        const address = [c.street, [c.postcode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
        return (
          <li class="z-card">
            <h3 class="kern-heading-small">{c.name}</h3>
            {address && <p class="kern-body">{address}</p>}
            {c.phone && (
              <p class="kern-body">
                {t('welcome.places.field.phone')}{' '}
                <a class="kern-link" href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                  {c.phone}
                </a>
              </p>
            )}
            {c.email && (
              <p class="kern-body">
                <a class="kern-link" href={`mailto:${c.email}`} dir="ltr">
                  {c.email}
                </a>
              </p>
            )}
            {c.openingHours && (
              <p class="kern-body">
                {t('welcome.home.hours')} <code dir="ltr">{c.openingHours}</code>
              </p>
            )}
            {state && <OpenState ctx={ctx} state={state} byAppointment={false} />}
          </li>
        );
      })}
    </ul>
  );
}

function Events({ ctx, slug, events }: { ctx: ViewContext; slug: string; events: readonly NextEvent[] }) {
  const { t } = ctx;
  if (events.length === 0) return <p class="kern-body z-empty">{t('welcome.home.noEvents')}</p>;
  return (
    <ul class="kern-list">
      {events.map((e) => (
        <li>
          <time datetime={e.startsAt.toISOString()}>{ctx.date(e.startsAt, true)}</time>
          {': '}
          <a class="kern-link" href={`/${ctx.locale}/m/${slug}/events/${e.eventId}`} lang={e.lang}>
            {e.title}
          </a>
          {e.cancelled && ` (${t('welcome.home.cancelled')})`}
        </li>
      ))}
    </ul>
  );
}

/** A municipality's welcome page: its words, the video after consent, contact points, next events, links. */
export function HomePage({ ctx, tenant, view }: { ctx: ViewContext; tenant: PageTenant; view: HomeView }) {
  const { t } = ctx;
  const { text, page } = view;
  const base = `/${ctx.locale}/m/${tenant.slug}`;
  const places = placeUrls(ctx, tenant.slug);
  const headline = text?.headline ?? t('welcome.home.defaultHeadline', { municipality: tenant.name });
  return (
    <Layout ctx={ctx} title={headline}>
      <h1 class="kern-heading-large" lang={text?.lang} dir={text ? direction(text.lang) : undefined}>
        {headline}
      </h1>
      <TextNotes
        ctx={ctx}
        shown={text}
        messages={{ missing: 'welcome.home.text.missing', outdated: 'welcome.home.text.outdated' }}
      />
      {text?.body && (
        <div
          class="z-flow"
          lang={text.lang}
          dir={direction(text.lang)}
          dangerouslySetInnerHTML={{ __html: bodyHtml(text.body) }}
        />
      )}
      <SearchBox ctx={ctx} municipality={tenant.slug} />
      <nav aria-labelledby="home-links-title">
        <h2 class="kern-heading-medium" id="home-links-title">
          {t('welcome.home.links')}
        </h2>
        <ul class="kern-list">
          {view.links.guide && (
            <li>
              <a class="kern-link" href={`${base}/guide`}>
                {t('welcome.home.toGuide')}
              </a>
            </li>
          )}
          <li>
            <a class="kern-link" href={places.list}>
              {t('welcome.home.toPlaces')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={places.map}>
              {t('welcome.home.toMap')}
            </a>
          </li>
        </ul>
      </nav>
      {page?.videoUrl && page.videoHost && (
        <section aria-labelledby="home-video-title">
          <h2 class="kern-heading-medium" id="home-video-title" lang={text?.lang}>
            {text?.videoTitle ?? t('welcome.home.video')}
          </h2>
          <ConsentPlaceholder
            ctx={ctx}
            host={page.videoHost}
            what={t('welcome.home.videoWhat')}
            given={view.videoConsent}
            back={`${base}/welcome`}
            id="home-video"
          >
            <iframe
              src={page.videoUrl}
              title={text?.videoTitle ?? t('welcome.home.video')}
              loading="lazy"
              referrerpolicy="strict-origin-when-cross-origin"
              allow="fullscreen"
            />
          </ConsentPlaceholder>
        </section>
      )}
      {view.contacts.length > 0 && (
        <section aria-labelledby="home-contacts-title">
          <h2 class="kern-heading-medium" id="home-contacts-title">
            {t('welcome.home.contacts')}
          </h2>
          <Contacts ctx={ctx} contacts={view.contacts} />
        </section>
      )}
      {view.links.events && (
        <section aria-labelledby="home-events-title">
          <h2 class="kern-heading-medium" id="home-events-title">
            {t('welcome.home.events')}
          </h2>
          <Events ctx={ctx} slug={tenant.slug} events={view.events} />
          <p class="kern-body">
            <a class="kern-link" href={`${base}/events`}>
              {t('welcome.home.allEvents')}
            </a>
          </p>
        </section>
      )}
    </Layout>
  );
}

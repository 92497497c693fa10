import type { PageTenant } from '../../../platform/db/tenant.ts';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { eventJsonLd, jsonForScript } from '../events.jsonld.ts';
import type { EventDetail } from '../events.read.ts';
import { textIn } from '../events.texts.ts';
import { FeedLinks } from './feed-links.tsx';
import { dateState, eventFacts, Place, publicEventsBase, registerHref, when } from './event-parts.tsx';

export interface EventPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  detail: EventDetail;
  typeLabel: string;
  /** The registration part's page exists (it is joined in separately). */
  canRegister: boolean;
  now: Date;
  /** The page's absolute URL (for the structured data). */
  url: string;
  /** The site's address (for the calendar feed's links). */
  baseUrl: string;
}

function Dates({ p }: { p: EventPageProps }) {
  const { ctx, tenant, detail } = p;
  const { t } = ctx;
  const e = detail.event;
  const shown = detail.dates.slice(0, 12);
  return (
    <section aria-labelledby="dates-title">
      <h2 class="kern-heading-medium" id="dates-title">
        {t('community.events.page.dates')}
      </h2>
      {shown.length === 0 && <p class="kern-body">{t('community.events.page.noDates')}</p>}
      <ul class="z-cards">
        {shown.map((o) => {
          const state = dateState(ctx, o, e.registration);
          const canSignUp = p.canRegister && state.open && e.status === 'published' && o.startsAt > p.now;
          return (
            <li class="z-card">
              <p class="kern-body">
                {o.status === 'cancelled' ? (
                  <del>{when(ctx, o.startsAt, o.endsAt)}</del>
                ) : (
                  when(ctx, o.startsAt, o.endsAt)
                )}
              </p>
              <p class="kern-body">
                <strong>{state.text}</strong>
              </p>
              {canSignUp && (
                <p class="kern-body">
                  <a class="kern-link" href={registerHref(ctx, tenant.slug, e.id, o.id)}>
                    {state.key === 'full' ? t('community.events.page.waitlist') : t('community.events.page.register')}
                    <span class="z-visually-hidden"> {when(ctx, o.startsAt, o.endsAt)}</span>
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** An event's public page: its text, its facts, its next dates (with places and changes), and structured data. */
const EVENT_TEXT_NOTES = {
  missing: 'community.events.text.missingNote',
  outdated: 'community.events.text.outdatedNote',
};

export function EventPage(p: EventPageProps) {
  const { ctx, tenant, detail } = p;
  const { t } = ctx;
  const e = detail.event;
  const text = textIn(detail.texts, e.sourceLocale, ctx.locale);
  const title = text?.title ?? p.typeLabel;
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={publicEventsBase(ctx, tenant.slug)}>{t('community.events.page.back')}</BackLink>
      <h1 class="kern-heading-large" lang={text?.lang}>
        {title}
      </h1>
      {e.status === 'cancelled' && (
        <p class="kern-body">
          <strong>{t('community.events.page.cancelled')}</strong>
        </p>
      )}
      <TextNotes ctx={ctx} shown={text} messages={EVENT_TEXT_NOTES} />
      {text?.description && (
        <div class="z-prose" lang={text.lang}>
          {text.description.split(/\n{2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </div>
      )}
      <DetailList
        rows={[
          [t('community.events.field.typeKey'), p.typeLabel],
          [
            t('community.events.page.place'),
            <Place
              event={e}
              room={detail.room}
              {...(detail.room ? { roomHref: `/${ctx.locale}/m/${tenant.slug}/rooms/${detail.room.id}` } : {})}
            />,
          ],
          [t('community.events.field.organiserName'), <bdi>{e.organiserName}</bdi>],
          [t('community.events.page.facts'), eventFacts(ctx, e).join(' · ')],
        ]}
      />
      <Dates p={p} />
      <FeedLinks ctx={ctx} baseUrl={p.baseUrl} municipality={tenant.slug} scope={{ kind: 'event', id: e.id }} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(eventJsonLd(detail, text, p.url)) }}
      />
    </Layout>
  );
}

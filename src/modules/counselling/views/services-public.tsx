import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { OpeningHours } from '../../community/index.ts';
import { LANGUAGES, TOPICS } from '../counselling.tables.ts';
import type { ListedService } from '../services.read.ts';
import type { ServiceSlot } from '../slots.read.ts';
import { dayWords, NextSlot, ServiceFacts, serviceUrls, slotTime } from './services-parts.tsx';

/** A select of the list's filter, with "all" first. */
function Filter(p: { id: string; label: string; all: string; value?: string; options: [string, string][] }) {
  return (
    <div class="kern-form-input">
      <label class="kern-label" for={`f-${p.id}`}>
        {p.label}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={`f-${p.id}`} name={p.id}>
          <option value="">{p.all}</option>
          {p.options.map(([v, l]) => (
            <option value={v} selected={v === p.value}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

const title = (ctx: ViewContext, item: ListedService) => item.text?.title ?? ctx.t('counselling.services.untitled');

/** The municipality's counselling services, filtered by topic, language and Quartier (a GET form, no JavaScript). */
export function ServicesListPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  services: readonly ListedService[];
  quartiere: readonly { slug: string; name: string }[];
  filter: { topic?: string; language?: string; quartier?: string };
  quartierOf: (id: string | null) => string | undefined;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = serviceUrls(ctx, tenant.slug);
  const heading = t('counselling.services.public.title', { municipality: tenant.name });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <p class="kern-body">{t('counselling.services.public.intro')}</p>
      <form method="get" action={urls.list} class="z-filter">
        <Filter
          id="topic"
          label={t('counselling.services.field.topic')}
          all={t('counselling.services.public.allTopics')}
          value={p.filter.topic}
          options={TOPICS.map((k) => [k, t(`counselling.topic.${k}`)])}
        />
        <Filter
          id="language"
          label={t('counselling.services.field.language')}
          all={t('counselling.services.public.allLanguages')}
          value={p.filter.language}
          options={LANGUAGES.map((k) => [k, t(`counselling.language.${k}`)])}
        />
        <Filter
          id="quartier"
          label={t('counselling.services.field.quartier')}
          all={t('counselling.services.public.allQuartiere')}
          value={p.filter.quartier}
          options={p.quartiere.map((q) => [q.slug, q.name])}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('counselling.services.public.filter')}</span>
        </button>
      </form>
      {p.services.length === 0 ? (
        <p class="kern-body z-empty">{t('counselling.services.public.empty')}</p>
      ) : (
        <ul class="z-cards">
          {p.services.map((item) => (
            <li class="z-card">
              <h2 class="kern-heading-small">
                <a class="kern-link" href={urls.service(item.service.id)}>
                  <bdi lang={item.text?.lang}>{title(ctx, item)}</bdi>
                </a>
              </h2>
              <ServiceFacts ctx={ctx} item={item} quartier={p.quartierOf(item.service.quartierId)} />
              <NextSlot ctx={ctx} next={item.next} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** One service: its text, facts, walk-in hours, the next free slots by day (each a booking link), contact. */
export function ServicePage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  item: ListedService;
  quartier: string | undefined;
  days: readonly { day: string; slots: readonly ServiceSlot[] }[];
  /** The booking page exists: slots and the button are links to it. */
  bookable: boolean;
}) {
  const { ctx, tenant, item } = p;
  const { t } = ctx;
  const urls = serviceUrls(ctx, tenant.slug);
  const s = item.service;
  const heading = title(ctx, item);
  return (
    <Layout ctx={ctx} title={heading}>
      <p class="kern-body">
        <a class="kern-link" href={urls.list}>
          {t('counselling.services.public.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        <bdi lang={item.text?.lang}>{heading}</bdi>
      </h1>
      <TextNotes ctx={ctx} shown={item.text} messages={{ outdated: 'counselling.services.public.outdated' }} />
      {item.text?.description && (
        <div class="z-prose" lang={item.text.lang}>
          {item.text.description.split(/\n{2,}/).map((para) => (
            <p>{para}</p>
          ))}
        </div>
      )}
      <ServiceFacts ctx={ctx} item={item} quartier={p.quartier} />
      {s.contactPhone && (
        <p class="kern-body">
          {t('counselling.services.field.contactPhone')}:{' '}
          <a class="kern-link" href={`tel:${s.contactPhone.replace(/[^+0-9]/g, '')}`} dir="ltr">
            {s.contactPhone}
          </a>
        </p>
      )}
      {s.walkInHours && (
        <>
          <h2 class="kern-heading-medium">{t('counselling.services.walkIn.title')}</h2>
          <p class="kern-body">{t('counselling.services.walkIn.intro')}</p>
          <OpeningHours ctx={ctx} text={s.walkInHours} />
        </>
      )}
      <h2 class="kern-heading-medium" id="slots">
        {t('counselling.services.slots.title')}
      </h2>
      {p.days.length === 0 ? (
        <p class="kern-body">{t('counselling.services.noSlot')}</p>
      ) : (
        p.days.map((d) => (
          <section>
            <h3 class="kern-heading-small">{dayWords(ctx, d.day)}</h3>
            <ul class="z-slots">
              {d.slots.map((slot) => (
                <li>
                  {p.bookable ? (
                    <a class="kern-link" href={urls.slot(s.id, slot)}>
                      {slotTime(ctx, slot.startsAt)}
                    </a>
                  ) : (
                    slotTime(ctx, slot.startsAt)
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {p.bookable && (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={urls.book(s.id)}>
            <span class="kern-label">{t('counselling.services.book')}</span>
          </a>
        </p>
      )}
    </Layout>
  );
}

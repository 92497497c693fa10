import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { Shown } from '../../../platform/i18n/content-texts.ts';
import { TextNotes } from '../../../platform/views/components/content-texts.tsx';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { StateNow, WeekDay } from '../places.hours.ts';
import type { Place, PlaceText } from '../places.repository.ts';
import { OpenState, placeFacts, placeUrls, WeekTable } from './places-parts.tsx';

/** One place: the state now, its description, its week of opening hours, and its facts. */
export function PlacePage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  place: Place;
  text: Shown<PlaceText> | null;
  state: StateNow | null;
  week: readonly WeekDay[] | null;
  quartier: string | undefined;
}) {
  const { ctx, tenant, place, text } = p;
  const { t } = ctx;
  const urls = placeUrls(ctx, tenant.slug);
  return (
    <Layout ctx={ctx} title={place.name}>
      <BackLink href={urls.list}>{t('welcome.places.back')}</BackLink>
      <h1 class="kern-heading-large">{place.name}</h1>
      <OpenState ctx={ctx} state={p.state} byAppointment={place.byAppointment} />
      {text && (
        <>
          <TextNotes
            ctx={ctx}
            shown={text}
            messages={{ missing: 'welcome.places.text.missing', outdated: 'welcome.places.text.outdated' }}
          />
          <p class="kern-body" lang={text.lang}>
            {text.description}
          </p>
        </>
      )}
      <h2 class="kern-heading-medium">{t('welcome.places.hours.title')}</h2>
      {p.week ? (
        <>
          <WeekTable ctx={ctx} week={p.week} caption={t('welcome.places.hours.caption')} />
          <p class="kern-body">
            {t('welcome.places.hours.source')} <code dir="ltr">{place.openingHours}</code>
          </p>
        </>
      ) : (
        <p class="kern-body">{t(place.byAppointment ? 'welcome.places.byAppointment' : 'welcome.places.hours.none')}</p>
      )}
      <h2 class="kern-heading-medium">{t('welcome.places.facts')}</h2>
      <DetailList rows={placeFacts(ctx, place, p.quartier)} />
    </Layout>
  );
}

import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { languageName, TitledTranslationForm } from '../../../platform/views/components/content-texts.tsx';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { EventText } from '../events.texts.ts';
import { EVENTS_NAV } from './event-admin.tsx';
import { staffEventsBase } from './event-parts.tsx';

const KEYS = {
  title: 'community.events.field.title',
  description: 'community.events.field.description',
  hint: 'community.events.text.emptyRemoves',
};

/** Translate an event's title and description into one language, with the source beside. */
export function EventTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  eventId: string;
  lang: Locale;
  source: EventText | undefined;
  state: FormState;
}) {
  const { ctx, tenant, source } = p;
  const { t } = ctx;
  const back = `${staffEventsBase(ctx, tenant.slug)}/${p.eventId}`;
  const language = languageName(ctx, p.lang);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={t('community.events.text.into', { language })}
    >
      <BackLink href={back}>{t('community.events.staff.backToEvent')}</BackLink>
      <TitledTranslationForm
        ctx={ctx}
        state={p.state}
        source={source}
        action={`${back}/texts/${p.lang}`}
        lang={p.lang}
        keys={KEYS}
      />
    </StaffPage>
  );
}

import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { languageName, SourceText } from '../../../platform/views/components/content-texts.tsx';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, FormWithSummary, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { EventText } from '../events.texts.ts';
import { EVENTS_NAV } from './event-admin.tsx';
import { staffEventsBase } from './event-parts.tsx';

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
  const labels = { title: t('community.events.field.title'), description: t('community.events.field.description') };
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={EVENTS_NAV}
      title={t('community.events.text.into', { language })}
    >
      <BackLink href={back}>{t('community.events.staff.backToEvent')}</BackLink>
      <SourceText source={source} />
      <FormWithSummary
        ctx={ctx}
        state={p.state}
        labels={labels}
        action={`${back}/texts/${p.lang}`}
        submit={t('staff.save')}
      >
        <TextField
          ctx={ctx}
          state={p.state}
          name="title"
          label={labels.title}
          hint={t('community.events.text.emptyRemoves')}
        />
        <TextArea ctx={ctx} state={p.state} name="description" label={labels.description} rows={6} />
      </FormWithSummary>
    </StaffPage>
  );
}

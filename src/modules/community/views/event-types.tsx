import type { PageTenant } from '../../../platform/db/tenant.ts';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, FormWithSummary, TextField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { TypeChoice } from '../event-types.ts';
import { EVENTS_NAV } from './event-admin.tsx';
import { staffEventsBase } from './event-parts.tsx';

/** The event types of a municipality (built-in and its own) and the form to add one. */
export function EventTypesPage(p: { ctx: ViewContext; tenant: PageTenant; types: TypeChoice[]; state: FormState }) {
  const { ctx, tenant, state } = p;
  const { t } = ctx;
  const base = staffEventsBase(ctx, tenant.slug);
  const labels: Record<string, string> = {
    key: t('community.events.types.key'),
    ...Object.fromEntries(
      LOCALES.map((l) => [`label_${l}`, t('community.events.types.label', { language: LOCALE_NAMES[l] })]),
    ),
  };
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current={EVENTS_NAV} title={t('community.events.types.title')}>
      <BackLink href={base}>{t('community.events.staff.back')}</BackLink>
      <DataTable
        caption={t('community.events.types.title')}
        captionHidden
        empty={t('community.events.types.empty')}
        rows={p.types}
        columns={[
          { header: t('community.events.types.name'), rowHeader: true, cell: (x) => x.label },
          { header: t('community.events.types.key'), cell: (x) => <code>{x.key}</code> },
          {
            header: t('community.events.types.kind'),
            cell: (x) => t(x.builtIn ? 'community.events.types.builtIn' : 'community.events.types.own'),
          },
        ]}
      />
      <h2 class="kern-heading-medium">{t('community.events.types.add')}</h2>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={`${base}/types`}
        submit={t('community.events.types.add')}
      >
        <TextField
          ctx={ctx}
          state={state}
          name="key"
          label={labels.key ?? ''}
          hint={t('community.events.types.keyHint')}
          required
        />
        {LOCALES.map((l) => (
          <TextField
            ctx={ctx}
            state={state}
            name={`label_${l}`}
            label={labels[`label_${l}`] ?? ''}
            required={l === 'de'}
          />
        ))}
      </FormWithSummary>
    </StaffPage>
  );
}

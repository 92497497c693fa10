import { type FormState, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { canEditQuartier } from '../directory.policy.ts';
import type { QuartierRow } from '../quartiere.repository.ts';
import type { TranslationState } from '../translations.service.ts';
import type { PageTenant } from './parts.tsx';
import { TranslationList } from './quartier-translations.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { SectionFormPage, LocaleSelect, staffSection } from './fields.tsx';

/** The tenant's Quartiere for staff; administrators get the links to add and change them. */
export function QuartiereListPage(props: { ctx: ViewContext; tenant: PageTenant; quartiere: QuartierRow[] }) {
  const { ctx, tenant, quartiere } = props;
  const { t } = ctx;
  const { base, action } = staffSection(ctx, tenant, 'quartiere', t('directory.quartier.new'));
  // Administrators change every Quartier, a Quartier manager their own.
  const edit = (id: string) => canEditQuartier(ctx.user, tenant.municipalityId, id);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="directory.quartiere"
      title={t('directory.admin.quartiere')}
      action={action}
    >
      <DataTable
        caption={t('directory.admin.quartiere')}
        captionHidden
        empty={t('directory.start.noQuartiere')}
        rows={quartiere}
        columns={[
          {
            header: t('directory.quartier.name'),
            rowHeader: true,
            cell: (q) =>
              edit(q.id) ? (
                <a class="kern-link" href={`${base}/${q.id}/edit`}>
                  {q.name}
                </a>
              ) : (
                q.name
              ),
          },
          { header: t('directory.slug.label'), cell: (q) => q.slug },
          {
            header: t('directory.quartier.approxResidents'),
            numeric: true,
            cell: (q) => (q.approxResidents === null ? '–' : ctx.number(q.approxResidents)),
          },
          {
            header: t('directory.quartier.boundary'),
            cell: (q) => (q.boundary ? t('directory.yes') : t('directory.no')),
          },
        ]}
      />
    </StaffPage>
  );
}

/** Form values of a stored Quartier, as the form shows them. */
export function quartierFormValues(q: QuartierRow): Record<string, string> {
  return {
    name: q.name,
    slug: q.slug,
    areaDescription: q.areaDescription,
    boundary: q.boundary ? JSON.stringify(q.boundary) : '',
    approxResidents: q.approxResidents === null ? '' : String(q.approxResidents),
    sourceLocale: q.sourceLocale,
  };
}

/** Create or edit a Quartier (`id` given: edit). */
export function QuartierFormPage({
  ctx,
  tenant,
  state,
  id,
  translations,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  id?: string;
  translations?: [Locale, TranslationState][];
}) {
  const { t } = ctx;
  const title = id ? t('directory.quartier.edit') : t('directory.quartier.new');
  const labels = {
    name: t('directory.quartier.name'),
    slug: t('directory.slug.label'),
    areaDescription: t('directory.quartier.areaDescription'),
    boundary: t('directory.quartier.boundary'),
    approxResidents: t('directory.quartier.approxResidents'),
    sourceLocale: t('directory.quartier.sourceLocale'),
  };
  const list = id && translations && <TranslationList ctx={ctx} tenant={tenant} id={id} states={translations} />;
  return (
    <SectionFormPage
      ctx={ctx}
      tenant={tenant}
      section="quartiere"
      id={id}
      title={title}
      state={state}
      labels={labels}
      after={list}
    >
      <TextField ctx={ctx} state={state} name="name" label={labels.name} required />
      <TextField ctx={ctx} state={state} name="slug" label={labels.slug} hint={t('directory.slug.hint')} required />
      <TextArea ctx={ctx} state={state} name="areaDescription" label={labels.areaDescription} />
      <LocaleSelect
        ctx={ctx}
        state={state}
        name="sourceLocale"
        label={labels.sourceLocale}
        hint={t('directory.quartier.sourceLocaleHint')}
      />
      <TextField ctx={ctx} state={state} name="approxResidents" label={labels.approxResidents} inputmode="numeric" />
      <TextArea
        ctx={ctx}
        state={state}
        name="boundary"
        label={labels.boundary}
        hint={t('directory.quartier.boundaryHint')}
        rows={6}
      />
    </SectionFormPage>
  );
}

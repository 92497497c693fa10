import { FormWithSummary, type FormState, TextField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { MunicipalityRow } from '../municipalities.service.ts';
import { InviteForm } from './fields.tsx';

const STATE = { municipality: null };

/** The state administrator's list of municipalities (the tenants), with the form to add one. */
export function StateMunicipalitiesPage({
  ctx,
  municipalities,
  state,
}: {
  ctx: ViewContext;
  municipalities: MunicipalityRow[];
  state: FormState;
}) {
  const { t } = ctx;
  const labels = {
    ags: t('directory.municipality.ags'),
    slug: t('directory.slug.label'),
    name: t('directory.municipality.name'),
    district: t('directory.municipality.district'),
  };
  return (
    <StaffPage ctx={ctx} area={STATE} current="directory.municipalities" title={t('directory.state.title')}>
      <DataTable
        caption={t('directory.state.title')}
        captionHidden
        empty=""
        rows={municipalities}
        columns={[
          {
            header: labels.name,
            rowHeader: true,
            cell: (m) => (
              <a class="kern-link" href={`/${ctx.locale}/m/${m.slug}`}>
                {m.name}
              </a>
            ),
          },
          { header: labels.district, cell: (m) => m.district },
          { header: labels.ags, cell: (m) => m.ags },
          { header: labels.slug, cell: (m) => m.slug },
          {
            header: t('directory.state.people'),
            action: true,
            cell: (m) => (
              <a
                class="kern-link"
                href={`/${ctx.locale}/state/municipalities/${m.slug}/invite`}
                aria-label={`${t('directory.state.inviteAdmin')} (${m.name})`}
              >
                {t('directory.state.inviteAdmin')}
              </a>
            ),
          },
        ]}
      />
      <h2 class="kern-heading-medium">{t('directory.state.create')}</h2>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={`/${ctx.locale}/state/municipalities`}
        submit={t('directory.state.createButton')}
      >
        <TextField ctx={ctx} state={state} name="name" label={labels.name} required />
        <TextField ctx={ctx} state={state} name="district" label={labels.district} required />
        <TextField
          ctx={ctx}
          state={state}
          name="ags"
          label={labels.ags}
          hint={t('directory.municipality.agsHint')}
          inputmode="numeric"
          required
        />
        <TextField ctx={ctx} state={state} name="slug" label={labels.slug} hint={t('directory.slug.hint')} required />
      </FormWithSummary>
    </StaffPage>
  );
}

/** The state administrator invites a municipality's administrator (the first one of a new municipality). */
export function InviteAdminPage({
  ctx,
  municipality,
  state,
}: {
  ctx: ViewContext;
  municipality: { slug: string; name: string };
  state: FormState;
}) {
  const { t } = ctx;
  const title = t('directory.state.inviteAdminTitle', { municipality: municipality.name });
  return (
    <StaffPage ctx={ctx} area={STATE} current="directory.municipalities" title={title}>
      <InviteForm ctx={ctx} state={state} action={`/${ctx.locale}/state/municipalities/${municipality.slug}/invite`} />
    </StaffPage>
  );
}

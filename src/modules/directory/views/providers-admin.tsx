import { type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { PROVIDER_KINDS } from '../directory.tables.ts';
import type { ProviderRow } from '../providers.repository.ts';
import { type PageTenant, ProviderContact } from './parts.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { SectionFormPage, staffSection } from './fields.tsx';

/** The tenant's providers (Träger) for staff. */
export function ProvidersListPage(props: { ctx: ViewContext; tenant: PageTenant; providers: ProviderRow[] }) {
  const { ctx, tenant, providers } = props;
  const { t } = ctx;
  const { base, edit, action } = staffSection(ctx, tenant, 'providers', t('directory.provider.new'));
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="directory.providers"
      title={t('directory.admin.providers')}
      action={action}
    >
      {providers.length === 0 ? (
        <p class="kern-body">{t('directory.start.noProviders')}</p>
      ) : (
        <ul class="kern-list">
          {providers.map((p) => (
            <li>
              {edit ? (
                <a class="kern-link" href={`${base}/${p.id}/edit`}>
                  {p.name}
                </a>
              ) : (
                <strong>{p.name}</strong>
              )}{' '}
              ({t(`directory.providerKind.${p.kind}`)})
              <ProviderContact ctx={ctx} p={p} />
            </li>
          ))}
        </ul>
      )}
    </StaffPage>
  );
}

/** Form values of a stored provider. */
export function providerFormValues(p: ProviderRow): Record<string, string> {
  return { name: p.name, kind: p.kind, email: p.email ?? '', phone: p.phone ?? '', website: p.website ?? '' };
}

/** Create or edit a provider (`id` given: edit). */
export function ProviderFormPage({
  ctx,
  tenant,
  state,
  id,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  id?: string;
}) {
  const { t } = ctx;
  const title = id ? t('directory.provider.edit') : t('directory.provider.new');
  const labels = {
    name: t('directory.provider.name'),
    kind: t('directory.provider.kind'),
    email: t('directory.provider.email'),
    phone: t('directory.provider.phone'),
    website: t('directory.provider.website'),
  };
  const kinds = PROVIDER_KINDS.map((k): [string, string] => [k, t(`directory.providerKind.${k}`)]);
  return (
    <SectionFormPage ctx={ctx} tenant={tenant} section="providers" id={id} title={title} state={state} labels={labels}>
      <TextField ctx={ctx} state={state} name="name" label={labels.name} required />
      <SelectField ctx={ctx} state={state} name="kind" label={labels.kind} options={kinds} required />
      <TextField ctx={ctx} state={state} name="email" label={labels.email} type="email" autocomplete="off" />
      <TextField ctx={ctx} state={state} name="phone" label={labels.phone} type="tel" />
      <TextField
        ctx={ctx}
        state={state}
        name="website"
        label={labels.website}
        type="url"
        hint={t('directory.provider.websiteHint')}
      />
    </SectionFormPage>
  );
}

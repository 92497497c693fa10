import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { canEditDirectory } from '../directory.policy.ts';
import { PROVIDER_KINDS } from '../directory.tables.ts';
import type { ProviderRow } from '../providers.repository.ts';
import { mBase, type PageTenant, ProviderContact } from './parts.tsx';
import { StaffPage } from './staff-page.tsx';

/** The tenant's providers (Träger) for staff. */
export function ProvidersListPage({
  ctx,
  tenant,
  providers,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  providers: ProviderRow[];
}) {
  const { t } = ctx;
  const base = `${mBase(ctx, tenant.slug)}/admin/providers`;
  const edit = canEditDirectory(ctx.user, tenant.municipalityId);
  const create = { href: `${base}/new`, label: t('directory.provider.new') };
  return (
    <StaffPage
      ctx={ctx}
      tenant={tenant}
      current="providers"
      title={t('directory.admin.providers')}
      action={edit && create}
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
  const base = `${mBase(ctx, tenant.slug)}/admin/providers`;
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
    <StaffPage ctx={ctx} tenant={tenant} current="providers" title={title}>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={id ? `${base}/${id}` : base}>
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
        <SubmitButton>{t('directory.save')}</SubmitButton>
      </Form>
    </StaffPage>
  );
}

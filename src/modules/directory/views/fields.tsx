import type { ComponentChildren } from 'preact';
import { roleLabelKey } from '../../../platform/auth/session-user.ts';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import { FormWithSummary, type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import { canEditDirectory, MUNICIPALITY_ROLES } from '../directory.policy.ts';
import { mBase, type PageTenant } from './parts.tsx';

/** A section's URL, whether the user may change it, and (for those who may) the action that adds a row. */
export function staffSection(
  ctx: ViewContext,
  tenant: PageTenant,
  section: 'quartiere' | 'providers',
  newLabel: string,
) {
  const base = `${mBase(ctx, tenant.slug)}/admin/${section}`;
  const edit = canEditDirectory(ctx.user, tenant.municipalityId);
  return { base, edit, action: edit && { href: `${base}/new`, label: newLabel } };
}

/**
 * The create form of a section (posting to its list) or the edit form of one row (`id`: posting to the row), in
 * the staff frame with the section's entry marked.
 */
export function SectionFormPage({
  ctx,
  tenant,
  section,
  id,
  ...form
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  section: 'quartiere' | 'providers';
  id?: string | undefined;
  title: string;
  state: FormState;
  labels: Record<string, string>;
  after?: ComponentChildren;
  children: ComponentChildren;
}) {
  const base = `${mBase(ctx, tenant.slug)}/admin/${section}`;
  const action = id ? `${base}/${id}` : base;
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={`directory.${section}`}
      action={action}
      {...form}
    />
  );
}

/** The language select of a form: each of our languages by its own name. */
export function LocaleSelect(props: Omit<Parameters<typeof SelectField>[0], 'options'>) {
  return <SelectField {...props} options={LOCALES.map((l): [string, string] => [l, LOCALE_NAMES[l]])} />;
}

/** The (required) select of a role held within a municipality. */
export function RoleSelect({ ctx, state, label }: { ctx: ViewContext; state: FormState; label: string }) {
  return (
    <SelectField
      ctx={ctx}
      state={state}
      name="role"
      label={label}
      required
      options={MUNICIPALITY_ROLES.map((r): [string, string] => [r, ctx.t(roleLabelKey(r))])}
    />
  );
}

/** The invitation form (name, e-mail, the role when the inviter chooses it, language), with its introduction. */
export function InviteForm({
  ctx,
  state,
  action,
  withRole = false,
}: {
  ctx: ViewContext;
  state: FormState;
  action: string;
  withRole?: boolean;
}) {
  const { t } = ctx;
  const labels = {
    displayName: t('directory.people.name'),
    email: t('directory.people.email'),
    ...(withRole ? { role: t('directory.people.role') } : {}),
    locale: t('directory.people.locale'),
  };
  return (
    <>
      <p class="kern-body">{t('directory.people.inviteIntro')}</p>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={action}
        submit={t('directory.people.sendInvitation')}
      >
        <TextField ctx={ctx} state={state} name="displayName" label={labels.displayName} autocomplete="off" required />
        <TextField ctx={ctx} state={state} name="email" label={labels.email} type="email" autocomplete="off" required />
        {withRole && <RoleSelect ctx={ctx} state={state} label={t('directory.people.role')} />}
        <LocaleSelect ctx={ctx} state={state} name="locale" label={labels.locale} required />
      </FormWithSummary>
    </>
  );
}

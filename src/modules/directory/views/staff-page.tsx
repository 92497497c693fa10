import type { ComponentChildren } from 'preact';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { canEditDirectory, MUNICIPALITY_ROLES } from '../directory.policy.ts';
import { StaffNav } from '../../../platform/views/staff/staff-nav.tsx';
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
 * A staff page of a municipality's directory: the navigation, the heading and, when given, the primary action
 * (shown only to those who may take it), then the page's own content.
 */
export function StaffPage({
  ctx,
  tenant,
  title,
  action,
  children,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  current: 'quartiere' | 'providers' | 'people';
  title: string;
  action?: { href: string; label: string } | false;
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <StaffNav ctx={ctx} scope="municipality" tenant={tenant} />
      <h1 class="kern-heading-large">{title}</h1>
      {action && (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={action.href}>
            <span class="kern-label">{action.label}</span>
          </a>
        </p>
      )}
      {children}
    </Layout>
  );
}

/** A section's create form (no `id`) or the edit form of one of its rows, with the error summary and save button. */
export function StaffFormPage({
  ctx,
  tenant,
  current,
  title,
  state,
  labels,
  id,
  children,
  after,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  current: 'quartiere' | 'providers';
  title: string;
  state: FormState;
  labels: Record<string, string>;
  id?: string | undefined;
  children: ComponentChildren;
  /** What the page shows below the form. */
  after?: ComponentChildren;
}) {
  const base = `${mBase(ctx, tenant.slug)}/admin/${current}`;
  return (
    <StaffPage ctx={ctx} tenant={tenant} current={current} title={title}>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={id ? `${base}/${id}` : base}>
        {children}
        <SubmitButton>{ctx.t('directory.save')}</SubmitButton>
      </Form>
      {after}
    </StaffPage>
  );
}

/** The language select of a form: each of our languages by its own name. */
export function LocaleSelect({
  ctx,
  state,
  name,
  label,
  hint,
  required,
}: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}) {
  return (
    <SelectField
      ctx={ctx}
      state={state}
      name={name}
      label={label}
      hint={hint}
      required={required}
      options={LOCALES.map((l): [string, string] => [l, LOCALE_NAMES[l]])}
    />
  );
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
      options={MUNICIPALITY_ROLES.map((r): [string, string] => [r, ctx.t(`directory.role.${r}`)])}
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
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={action}>
        <TextField ctx={ctx} state={state} name="displayName" label={labels.displayName} autocomplete="off" required />
        <TextField ctx={ctx} state={state} name="email" label={labels.email} type="email" autocomplete="off" required />
        {withRole && <RoleSelect ctx={ctx} state={state} label={t('directory.people.role')} />}
        <LocaleSelect ctx={ctx} state={state} name="locale" label={labels.locale} required />
        <SubmitButton>{t('directory.people.sendInvitation')}</SubmitButton>
      </Form>
    </>
  );
}

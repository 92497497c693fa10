import type { ComponentProps } from 'preact';
import { type FormState, TextField } from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

type Spec = Omit<ComponentProps<typeof TextField>, 'ctx' | 'state' | 'label' | 'hint' | 'required'> & {
  /** Catalog key of the hint. */
  hint?: string;
};

/** The account forms' fields (all required). Passwords and one-time codes are never put back. */
const FIELDS = {
  displayName: { name: 'displayName', hint: 'account.field.displayNameHint', autocomplete: 'name' },
  email: { name: 'email', type: 'email', autocomplete: 'email' },
  currentPassword: { name: 'password', type: 'password', autocomplete: 'current-password', keep: false },
  newPassword: {
    name: 'password',
    type: 'password',
    hint: 'account.field.passwordHint',
    autocomplete: 'new-password',
    keep: false,
  },
  code: {
    name: 'code',
    hint: 'account.field.codeHint',
    autocomplete: 'one-time-code',
    keep: false,
  },
} satisfies Record<string, Spec>;

/** One of the account forms' fields; the label is the page's, as the error summary names it too. */
export function AccountField({
  ctx,
  state,
  field,
  label,
}: {
  ctx: ViewContext;
  state: FormState;
  field: keyof typeof FIELDS;
  label: string;
}) {
  const { hint, ...spec }: Spec = FIELDS[field];
  return <TextField ctx={ctx} state={state} {...spec} label={label} hint={hint && ctx.t(hint)} required />;
}

/** An account field and the catalog key of its label. */
export type LabelledField = readonly [field: keyof typeof FIELDS, label: string];

/**
 * An account page that is one form of account fields: each field's label (a catalog key) names it in the form
 * and in the error summary alike.
 */
export function AccountFormPage({
  fields,
  ...page
}: Omit<ComponentProps<typeof FormPage>, 'labels' | 'children'> & { fields: readonly LabelledField[] }) {
  const { ctx, state } = page;
  const labels = Object.fromEntries(fields.map(([field, key]) => [FIELDS[field].name, ctx.t(key)]));
  return (
    <FormPage {...page} labels={labels}>
      {fields.map(([field, key]) => (
        <AccountField ctx={ctx} state={state} field={field} label={ctx.t(key)} />
      ))}
    </FormPage>
  );
}

import type { ViewContext } from '../../../platform/views/context.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

/** Registration of a resident account: name, e-mail, password. */
export function RegisterPage({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t, locale } = ctx;
  const labels = {
    displayName: t('account.field.displayName'),
    email: t('account.field.email'),
    password: t('account.field.password'),
  };
  return (
    <Layout ctx={ctx} title={t('account.register.title')}>
      <h1 class="kern-heading-large">{t('account.register.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <p class="kern-body">{t('account.register.intro')}</p>
      <Form ctx={ctx} action={`/${locale}/register`}>
        <TextField
          ctx={ctx}
          state={state}
          name="displayName"
          label={labels.displayName}
          hint={t('account.field.displayNameHint')}
          autocomplete="name"
          required
        />
        <TextField
          ctx={ctx}
          state={state}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="email"
          required
        />
        <PasswordField ctx={ctx} state={state} label={labels.password} />
        <SubmitButton>{t('account.register.submit')}</SubmitButton>
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={`/${locale}/login`}>
          {t('account.register.haveAccount')}
        </a>
      </p>
    </Layout>
  );
}

/** A new password with the rules as hint; never echoed back. */
export function PasswordField({ ctx, state, label }: { ctx: ViewContext; state: FormState; label: string }) {
  return (
    <TextField
      ctx={ctx}
      state={state}
      name="password"
      type="password"
      label={label}
      hint={ctx.t('account.field.passwordHint')}
      autocomplete="new-password"
      required
      keep={false}
    />
  );
}

import type { ViewContext } from '../../../platform/views/context.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';

/** Sign-in with e-mail and password; `next` travels in a hidden field. */
export function LoginPage({ ctx, state, next }: { ctx: ViewContext; state: FormState; next: string }) {
  const { t, locale } = ctx;
  const labels = { email: t('account.field.email'), password: t('account.field.password') };
  return (
    <Layout ctx={ctx} title={t('account.login.title')}>
      <h1 class="kern-heading-large">{t('account.login.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={`/${locale}/login`}>
        <input type="hidden" name="next" value={next} />
        <TextField
          ctx={ctx}
          state={state}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="email"
          required
        />
        <TextField
          ctx={ctx}
          state={state}
          name="password"
          type="password"
          label={labels.password}
          autocomplete="current-password"
          required
          keep={false}
        />
        <SubmitButton>{t('account.login.submit')}</SubmitButton>
      </Form>
      <ul class="kern-list z-flow">
        <li>
          <a class="kern-link" href={`/${locale}/password/forgot`}>
            {t('account.login.forgot')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`/${locale}/register`}>
            {t('account.login.register')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

/** The second step of signing in: the code from the authenticator app. */
export function TotpPage({ ctx, state, next }: { ctx: ViewContext; state: FormState; next: string }) {
  const { t, locale } = ctx;
  const labels = { code: t('account.field.code') };
  return (
    <Layout ctx={ctx} title={t('account.totp.login.title')}>
      <h1 class="kern-heading-large">{t('account.totp.login.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <p class="kern-body">{t('account.totp.login.intro')}</p>
      <Form ctx={ctx} action={`/${locale}/login/totp`}>
        <input type="hidden" name="next" value={next} />
        <CodeField ctx={ctx} state={state} label={labels.code} />
        <SubmitButton>{t('account.totp.login.submit')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** The six-digit code field; a wrong code is not put back. */
export function CodeField({ ctx, state, label }: { ctx: ViewContext; state: FormState; label: string }) {
  return (
    <TextField
      ctx={ctx}
      state={state}
      name="code"
      label={label}
      hint={ctx.t('account.field.codeHint')}
      autocomplete="one-time-code"
      inputmode="numeric"
      required
      keep={false}
    />
  );
}

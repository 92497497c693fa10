import type { FormState } from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { AccountField } from './fields.tsx';

/** Sign-in with e-mail and password; `next` (and an unlock link's token) travel in hidden fields. */
export function LoginPage({
  ctx,
  state,
  next,
  unlock,
}: {
  ctx: ViewContext;
  state: FormState;
  next: string;
  unlock?: string | undefined;
}) {
  const { t, locale } = ctx;
  const labels = { email: t('account.field.email'), password: t('account.field.password') };
  return (
    <FormPage
      ctx={ctx}
      title={t('account.login.title')}
      state={state}
      labels={labels}
      action={`/${locale}/login`}
      hidden={unlock ? { next, unlock } : { next }}
      {...(unlock ? { intro: t('account.login.unlockIntro') } : {})}
      submit={t('account.login.submit')}
      after={
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
      }
    >
      <AccountField ctx={ctx} state={state} field="email" label={labels.email} />
      <AccountField ctx={ctx} state={state} field="currentPassword" label={labels.password} />
    </FormPage>
  );
}

/** The second step of signing in: the code from the authenticator app. */
export function TotpPage({ ctx, state, next }: { ctx: ViewContext; state: FormState; next: string }) {
  const { t, locale } = ctx;
  const labels = { code: t('account.field.code') };
  return (
    <FormPage
      ctx={ctx}
      title={t('account.totp.login.title')}
      state={state}
      labels={labels}
      intro={`${t('account.totp.login.intro')} ${t('account.totp.login.recovery')}`}
      action={`/${locale}/login/totp`}
      hidden={{ next }}
      submit={t('account.totp.login.submit')}
    >
      <AccountField ctx={ctx} state={state} field="code" label={labels.code} />
    </FormPage>
  );
}

import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { AccountFormPage } from './fields.tsx';

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
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.login.title')}
      state={state}
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
      fields={[
        ['email', 'account.field.email'],
        ['currentPassword', 'account.field.password'],
      ]}
    />
  );
}

/** The second step of signing in: the code from the authenticator app. */
export function TotpPage({ ctx, state, next }: { ctx: ViewContext; state: FormState; next: string }) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.totp.login.title')}
      state={state}
      intro={`${t('account.totp.login.intro')} ${t('account.totp.login.recovery')}`}
      action={`/${locale}/login/totp`}
      hidden={{ next }}
      submit={t('account.totp.login.submit')}
      fields={[['code', 'account.field.code']]}
    />
  );
}

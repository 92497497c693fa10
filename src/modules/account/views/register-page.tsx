import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { AccountFormPage } from './fields.tsx';

/** Registration of a resident account: name, e-mail, password. */
export function RegisterPage({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.register.title')}
      state={state}
      intro={t('account.register.intro')}
      action={`/${locale}/register`}
      submit={t('account.register.submit')}
      after={
        <p class="kern-body">
          <a class="kern-link" href={`/${locale}/login`}>
            {t('account.register.haveAccount')}
          </a>
        </p>
      }
      fields={[
        ['displayName', 'account.field.displayName'],
        ['email', 'account.field.email'],
        ['newPassword', 'account.field.password'],
      ]}
    />
  );
}

/** The link from the registration mail: the password chosen at registration confirms the address. */
export function ConfirmAddressPage({
  ctx,
  state,
  token,
  email,
}: {
  ctx: ViewContext;
  state: FormState;
  token: string;
  email: string;
}) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.confirm.title')}
      state={state}
      intro={t('account.confirm.intro', { email })}
      action={`/${locale}/register/confirm/${encodeURIComponent(token)}`}
      submit={t('account.confirm.submit')}
      fields={[['currentPassword', 'account.field.password']]}
    />
  );
}

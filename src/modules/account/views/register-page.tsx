import type { FormState } from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { AccountField } from './fields.tsx';

/** Registration of a resident account: name, e-mail, password. */
export function RegisterPage({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t, locale } = ctx;
  const labels = {
    displayName: t('account.field.displayName'),
    email: t('account.field.email'),
    password: t('account.field.password'),
  };
  return (
    <FormPage
      ctx={ctx}
      title={t('account.register.title')}
      state={state}
      labels={labels}
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
    >
      <AccountField ctx={ctx} state={state} field="displayName" label={labels.displayName} />
      <AccountField ctx={ctx} state={state} field="email" label={labels.email} />
      <AccountField ctx={ctx} state={state} field="newPassword" label={labels.password} />
    </FormPage>
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
  const labels = { password: t('account.field.password') };
  return (
    <FormPage
      ctx={ctx}
      title={t('account.confirm.title')}
      state={state}
      labels={labels}
      intro={t('account.confirm.intro', { email })}
      action={`/${locale}/register/confirm/${encodeURIComponent(token)}`}
      submit={t('account.confirm.submit')}
    >
      <AccountField ctx={ctx} state={state} field="currentPassword" label={labels.password} />
    </FormPage>
  );
}

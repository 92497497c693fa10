import type { ViewContext } from '../../../platform/views/context.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { AccountField } from './fields.tsx';

export interface TotpSetupView {
  /** The key grouped for typing; the URI for apps that take a link. */
  secret: string;
  uri: string;
  /** Staff must set it up before they may continue. */
  required: boolean;
  next: string;
}

/** Setting up the authenticator app: the key as text, the otpauth link, and a code to confirm. */
export function TotpSetupPage({ ctx, state, setup }: { ctx: ViewContext; state: FormState; setup: TotpSetupView }) {
  const { t, locale } = ctx;
  const labels = { code: t('account.field.code') };
  return (
    <FormPage
      ctx={ctx}
      title={t('account.totp.setup.title')}
      state={state}
      labels={labels}
      intro={<SetupSteps ctx={ctx} setup={setup} />}
      action={`/${locale}/account/totp`}
      hidden={{ next: setup.next }}
      submit={t('account.totp.setup.submit')}
    >
      <AccountField ctx={ctx} state={state} field="code" label={labels.code} />
    </FormPage>
  );
}

/** Why (for staff: that they must) and how: install an app, enter the key or open the link, type the code. */
function SetupSteps({ ctx, setup }: { ctx: ViewContext; setup: TotpSetupView }) {
  const { t } = ctx;
  const secrets = [
    ['account.totp.setup.secretLabel', setup.secret],
    ['account.totp.setup.uriLabel', setup.uri],
  ] as const;
  return (
    <>
      {setup.required && (
        <div class="kern-alert kern-alert--info" role="status">
          <p class="kern-body">{t('account.totp.setup.required')}</p>
        </div>
      )}
      <ol class="kern-list z-flow">
        <li class="kern-body">{t('account.totp.setup.step1')}</li>
        <li class="kern-body">
          {t('account.totp.setup.step2')}
          <dl>
            {secrets.map(([label, text]) => (
              <>
                <dt class="kern-label">{t(label)}</dt>
                <dd>
                  <code class="z-secret" dir="ltr">
                    {text}
                  </code>
                </dd>
              </>
            ))}
          </dl>
        </li>
        <li class="kern-body">{t('account.totp.setup.step3')}</li>
      </ol>
    </>
  );
}

/** Shown instead when the app is already set up. */
export function TotpActivePage({ ctx, since }: { ctx: ViewContext; since: Date }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('account.totp.setup.title')}>
      <h1 class="kern-heading-large">{t('account.totp.setup.title')}</h1>
      <p class="kern-body">{t('account.page.totpOn', { date: ctx.date(since) })}</p>
      <p class="kern-body">
        <a class="kern-link" href={`/${locale}/account`}>
          {t('account.page.title')}
        </a>
      </p>
    </Layout>
  );
}

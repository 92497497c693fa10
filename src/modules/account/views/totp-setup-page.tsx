import type { ViewContext } from '../../../platform/views/context.ts';
import { ErrorSummary, Form, type FormState, SubmitButton } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { CodeField } from './login-pages.tsx';

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
    <Layout ctx={ctx} title={t('account.totp.setup.title')}>
      <h1 class="kern-heading-large">{t('account.totp.setup.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
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
            <dt class="kern-label">{t('account.totp.setup.secretLabel')}</dt>
            <dd>
              <code class="z-secret" dir="ltr">
                {setup.secret}
              </code>
            </dd>
            <dt class="kern-label">{t('account.totp.setup.uriLabel')}</dt>
            <dd>
              <code class="z-secret" dir="ltr">
                {setup.uri}
              </code>
            </dd>
          </dl>
        </li>
        <li class="kern-body">{t('account.totp.setup.step3')}</li>
      </ol>
      <Form ctx={ctx} action={`/${locale}/account/totp`}>
        <input type="hidden" name="next" value={setup.next} />
        <CodeField ctx={ctx} state={state} label={labels.code} />
        <SubmitButton>{t('account.totp.setup.submit')}</SubmitButton>
      </Form>
    </Layout>
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

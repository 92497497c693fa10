import QRCode from 'qrcode';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { AccountFormPage } from './fields.tsx';

export interface TotpSetupView {
  /** The key grouped for typing; the URI for apps that take a link. */
  secret: string;
  uri: string;
  /** The otpauth URI as a QR code: an SVG rendered here, as a data URI (no request to anyone, no inline script). */
  qr: string;
  /** Staff must set it up before they may continue. */
  required: boolean;
  next: string;
}

/** Setting up the authenticator app: the key as text, the otpauth link, and a code to confirm. */
export function TotpSetupPage({ ctx, state, setup }: { ctx: ViewContext; state: FormState; setup: TotpSetupView }) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.totp.setup.title')}
      state={state}
      intro={<SetupSteps ctx={ctx} setup={setup} />}
      action={`/${locale}/account/totp`}
      hidden={{ next: setup.next }}
      submit={t('account.totp.setup.submit')}
      fields={[['code', 'account.field.code']]}
    />
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
          {t('account.totp.setup.scan')}
          <br />
          <img class="z-qr" src={setup.qr} width={200} height={200} alt={t('account.totp.setup.qrAlt')} />
        </li>
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

/** Shown instead when the app is already set up, with the form to replace it (a current or recovery code). */
export function TotpActivePage({ ctx, since, state }: { ctx: ViewContext; since: Date; state: FormState }) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.totp.replace.title')}
      state={state}
      intro={
        <>
          <p class="kern-body">{t('account.page.totpOn', { date: ctx.date(since) })}</p>
          <p class="kern-body">{t('account.totp.replace.intro')}</p>
        </>
      }
      action={`/${locale}/account/totp/replace`}
      submit={t('account.totp.replace.submit')}
      after={
        <p class="kern-body">
          <a class="kern-link" href={`/${locale}/account`}>
            {t('account.page.title')}
          </a>
        </p>
      }
      fields={[['code', 'account.field.code']]}
    />
  );
}

/** The ten recovery codes, shown once right after the setup. */
export function RecoveryCodesPage({ ctx, codes, next }: { ctx: ViewContext; codes: string[]; next: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('account.totp.recovery.title')}>
      <h1 class="kern-heading-large">{t('account.totp.recovery.title')}</h1>
      <p class="kern-body">{t('account.totp.recovery.intro')}</p>
      <ul class="kern-list">
        {codes.map((c) => (
          <li>
            <code class="z-secret" dir="ltr">
              {c}
            </code>
          </li>
        ))}
      </ul>
      <p class="kern-body">
        <a class="kern-link" href={next}>
          {t('account.totp.recovery.continue')}
        </a>
      </p>
    </Layout>
  );
}

/** The QR code of a URI as an SVG data URI (the image stays on this server; CSP allows `data:` images). */
export async function qrDataUri(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

import type { ViewContext } from '../../../platform/views/context.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { PasswordField } from './register-page.tsx';

/** Asks for the e-mail address to send a reset link to. */
export function ForgotPage({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t, locale } = ctx;
  const labels = { email: t('account.field.email') };
  return (
    <Layout ctx={ctx} title={t('account.forgot.title')}>
      <h1 class="kern-heading-large">{t('account.forgot.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <p class="kern-body">{t('account.forgot.intro')}</p>
      <Form ctx={ctx} action={`/${locale}/password/forgot`}>
        <TextField
          ctx={ctx}
          state={state}
          name="email"
          type="email"
          label={labels.email}
          autocomplete="email"
          required
        />
        <SubmitButton>{t('account.forgot.submit')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** Choosing a new password from a reset link (the token is in the URL the form posts to). */
export function ResetPage({ ctx, state, token }: { ctx: ViewContext; state: FormState; token: string }) {
  const { t, locale } = ctx;
  const labels = { password: t('account.field.newPassword') };
  return (
    <Layout ctx={ctx} title={t('account.reset.title')}>
      <h1 class="kern-heading-large">{t('account.reset.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={`/${locale}/password/reset/${encodeURIComponent(token)}`}>
        <PasswordField ctx={ctx} state={state} label={labels.password} />
        <SubmitButton>{t('account.reset.submit')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** Accepting a staff invitation: confirm the name, choose a password. */
export function InvitationPage({
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
  const labels = { displayName: t('account.field.displayName'), password: t('account.field.password') };
  return (
    <Layout ctx={ctx} title={t('account.invitation.title')}>
      <h1 class="kern-heading-large">{t('account.invitation.title')}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <p class="kern-body">{t('account.invitation.intro', { email })}</p>
      <Form ctx={ctx} action={`/${locale}/invitation/${encodeURIComponent(token)}`}>
        <TextField
          ctx={ctx}
          state={state}
          name="displayName"
          label={labels.displayName}
          hint={t('account.field.displayNameHint')}
          autocomplete="name"
          required
        />
        <PasswordField ctx={ctx} state={state} label={labels.password} />
        <SubmitButton>{t('account.invitation.submit')}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** A reset or invitation link that is unknown, used or expired: say so, and what to do instead. */
export function InvalidLinkPage({ ctx, kind }: { ctx: ViewContext; kind: 'reset' | 'invitation' }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('account.link.invalidTitle')}>
      <h1 class="kern-heading-large">{t('account.link.invalidTitle')}</h1>
      <p class="kern-body">{t('account.link.invalidText')}</p>
      <p class="kern-body">
        {kind === 'reset' ? (
          <a class="kern-link" href={`/${locale}/password/forgot`}>
            {t('account.link.requestNew')}
          </a>
        ) : (
          t('account.link.askNewInvitation')
        )}
      </p>
    </Layout>
  );
}

import { isStaffRole, type PendingInvitation } from '../../../platform/auth/invitations.ts';
import { roleLabelKey } from '../../../platform/auth/session-user.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { AccountFormPage } from './fields.tsx';

/** Asks for the e-mail address to send a reset link to. */
export function ForgotPage({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.forgot.title')}
      state={state}
      intro={t('account.forgot.intro')}
      action={`/${locale}/password/forgot`}
      submit={t('account.forgot.submit')}
      fields={[['email', 'account.field.email']]}
    />
  );
}

/** Choosing a new password from a reset link (the token is in the URL the form posts to). */
export function ResetPage({ ctx, state, token }: { ctx: ViewContext; state: FormState; token: string }) {
  const { t, locale } = ctx;
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.reset.title')}
      state={state}
      action={`/${locale}/password/reset/${encodeURIComponent(token)}`}
      submit={t('account.reset.submit')}
      fields={[['newPassword', 'account.field.newPassword']]}
    />
  );
}

/** The role and where, as the invitation pages name it. */
function roleLine(ctx: ViewContext, inv: PendingInvitation): string {
  return `${ctx.t(roleLabelKey(inv.role))} (${inv.municipalityName ?? ctx.t('account.scope.state')})`;
}

/** Accepting an invitation without an account: confirm the name, choose a password. */
export function InvitationPage({
  ctx,
  state,
  token,
  invitation,
}: {
  ctx: ViewContext;
  state: FormState;
  token: string;
  invitation: PendingInvitation;
}) {
  const { t, locale } = ctx;
  const email = invitation.email;
  const intro = isStaffRole(invitation.role) ? 'account.invitation.intro' : 'account.invitation.welcomeIntro';
  return (
    <AccountFormPage
      ctx={ctx}
      title={t('account.invitation.title')}
      state={state}
      intro={t(intro, { email, role: roleLine(ctx, invitation) })}
      action={`/${locale}/invitation/${encodeURIComponent(token)}`}
      submit={t('account.invitation.submit')}
      fields={[
        ['displayName', 'account.field.displayName'],
        ['newPassword', 'account.field.password'],
      ]}
    />
  );
}

/** Confirming a role given to an existing account, by its holder (signed in). */
export function InvitationConfirmPage({
  ctx,
  token,
  invitation,
}: {
  ctx: ViewContext;
  token: string;
  invitation: PendingInvitation;
}) {
  const { t, locale } = ctx;
  return (
    <FormPage
      ctx={ctx}
      title={t('account.invitation.confirmTitle')}
      state={{ values: {}, errors: {} }}
      labels={{}}
      intro={t('account.invitation.confirmIntro', { role: roleLine(ctx, invitation) })}
      action={`/${locale}/invitation/${encodeURIComponent(token)}`}
      submit={t('account.invitation.confirmSubmit')}
    >
      {null}
    </FormPage>
  );
}

/** A reset or invitation link that is unknown, used or expired: say so, and what to do instead. */
export function InvalidLinkPage({ ctx, kind }: { ctx: ViewContext; kind: 'reset' | 'invitation' | 'confirm' }) {
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
        ) : kind === 'confirm' ? (
          <a class="kern-link" href={`/${locale}/login`}>
            {t('account.link.signInForNew')}
          </a>
        ) : (
          t('account.link.askNewInvitation')
        )}
      </p>
    </Layout>
  );
}

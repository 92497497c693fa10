import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { localeParams, TOKEN_PARAMS } from '../../platform/http/params.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { beginSession, keptValues, mailPost, noStore, tokenPost } from './account.http.ts';
import { afterPassword } from './account.policy.ts';
import { forgotSchema, invitationSchema, resetSchema } from './account.schema.ts';
import { findValidToken } from '../../platform/identity/tokens.repository.ts';
import { findPendingInvitation } from '../../platform/auth/invitations.ts';
import { acceptInvitationAs, requestPasswordReset, resetPassword } from './password.service.ts';
import { requestCall } from '../../platform/usecase/run-use-case.ts';
import {
  ForgotPage,
  InvalidLinkPage,
  InvitationConfirmPage,
  InvitationPage,
  ResetPage,
} from './views/password-pages.tsx';

type TokenParams = { Params: { locale: string; token: string } };

/** 410 Gone: the link existed once (or never) and cannot be used now. */
function goneLink(req: FastifyRequest, reply: FastifyReply, kind: 'reset' | 'invitation') {
  return sendPage(req, reply, (ctx) => InvalidLinkPage({ ctx, kind }), 410);
}

/** Forgotten password (request and reset) and accepting a staff invitation. */
export const passwordRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/:locale/password/forgot',
    { schema: { params: localeParams }, config: { access: PUBLIC } },
    async (req, reply) => sendPage(req, reply, (ctx) => ForgotPage({ ctx, state: emptyForm() })),
  );

  app.post('/:locale/password/forgot', mailPost(), async (req, reply) => {
    const form = parseForm(forgotSchema, req.body);
    if (!form.ok) {
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => ForgotPage({ ctx, state }), 422);
    }
    const { config, messages } = app.deps;
    const input = { email: form.data.email, locale: req.locale, baseUrl: config.baseUrl, messages };
    await requestPasswordReset(requestCall(req, null), input);
    // The same answer whether or not the address has an account.
    return redirectAfterPost(reply, `/${req.locale}/password/forgot`, { kind: 'info', key: 'account.forgot.sent' });
  });

  app.get<TokenParams>(
    '/:locale/password/reset/:token',
    { schema: { params: TOKEN_PARAMS }, config: { access: PUBLIC }, onSend: noStore },
    async (req, reply) => {
      const holder = await findValidToken(app.deps.db, req.params.token, 'password_reset', app.deps.now());
      if (!holder) return goneLink(req, reply, 'reset');
      return sendPage(req, reply, (ctx) => ResetPage({ ctx, state: emptyForm(), token: req.params.token }));
    },
  );

  app.post<TokenParams>('/:locale/password/reset/:token', tokenPost(), async (req, reply) => {
    const { token } = req.params;
    const now = app.deps.now();
    const form = parseForm(resetSchema, req.body);
    if (!form.ok) {
      if (!(await findValidToken(app.deps.db, token, 'password_reset', now))) return goneLink(req, reply, 'reset');
      const state = { values: {}, errors: form.errors };
      return sendPage(req, reply, (ctx) => ResetPage({ ctx, state, token }), 422);
    }
    const userId = await resetPassword(requestCall(req, null), token, form.data.password);
    if (!userId) return goneLink(req, reply, 'reset');
    return redirectAfterPost(reply, `/${req.locale}/login`, { kind: 'success', key: 'account.reset.done' });
  });

  // An invitation's own link. An address with a confirmed account: its holder signs in and confirms the role.
  // Any other address: the link proves it, and the person chooses a password.
  app.get<TokenParams>(
    '/:locale/invitation/:token',
    { schema: { params: TOKEN_PARAMS }, config: { access: PUBLIC }, onSend: noStore },
    async (req, reply) => {
      const { token } = req.params;
      const inv = await findPendingInvitation(app.deps.db, token, app.deps.now());
      if (!inv) return goneLink(req, reply, 'invitation');
      if (inv.account?.confirmed) {
        if (req.user?.id !== inv.account.id) return signInFirst(req, reply);
        return sendPage(req, reply, (ctx) => InvitationConfirmPage({ ctx, token, invitation: inv }));
      }
      const state = emptyForm({ displayName: inv.displayName });
      return sendPage(req, reply, (ctx) => InvitationPage({ ctx, state, token, invitation: inv }));
    },
  );

  app.post<TokenParams>('/:locale/invitation/:token', tokenPost(), async (req, reply) => {
    const { token } = req.params;
    const now = app.deps.now();
    const inv = await findPendingInvitation(app.deps.db, token, now);
    if (!inv) return goneLink(req, reply, 'invitation');
    if (inv.account?.confirmed) {
      if (req.user?.id !== inv.account.id) return signInFirst(req, reply);
      const call = { ...requestCall(req, null), actor: req.user.id };
      if (!(await acceptInvitationAs(call, token, { userId: req.user.id }))) return goneLink(req, reply, 'invitation');
      return redirectAfterPost(reply, `/${req.locale}/account`, {
        kind: 'success',
        key: 'account.invitation.roleConfirmed',
      });
    }
    const form = parseForm(invitationSchema, req.body);
    if (!form.ok) {
      const state: FormState = { values: keptValues(form.values), errors: form.errors };
      return sendPage(req, reply, (ctx) => InvitationPage({ ctx, state, token, invitation: inv }), 422);
    }
    // Recorded without an actor: the person acting has no account until this use case makes one.
    const userId = await acceptInvitationAs(requestCall(req, null), token, form.data);
    const user = userId && (await beginSession(req, reply, userId, 'invitation'));
    if (!user) return goneLink(req, reply, 'invitation');
    const target = afterPassword(user, req.locale, `/${req.locale}/account`);
    return redirectAfterPost(reply, target, { kind: 'success', key: 'account.invitation.done' });
  });
};

/** The role of a confirmed account is confirmed by its holder, signed in: to the sign-in page and back. */
function signInFirst(req: FastifyRequest, reply: FastifyReply) {
  return reply.redirect(`/${req.locale}/login?next=${encodeURIComponent(req.url)}`, 303);
}

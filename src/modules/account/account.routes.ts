import type { FastifyPluginAsync } from 'fastify';
import { markSecondFactor } from '../../platform/auth/sessions.ts';
import { groupSecret, totpUri } from '../../platform/auth/totp.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { beginSession, keptValues, noStore, registerLocaleGuard, STRICT_LIMIT, userOrSignIn } from './account.http.ts';
import { isStaff, safeNext } from './account.policy.ts';
import { countSessions, findAccountById, listGrantsWithNames } from './account.repository.ts';
import { codeSchema, registerSchema } from './account.schema.ts';
import { registerResident } from './account.service.ts';
import { confirmTotpSetup, pendingSecret } from './totp.service.ts';
import { AccountPage } from './views/account-page.tsx';
import { RegisterPage } from './views/register-page.tsx';
import { TotpActivePage, TotpSetupPage } from './views/totp-setup-page.tsx';

/** Registration, the account overview and the authenticator setup. */
export const accountRoutes: FastifyPluginAsync = async (app) => {
  registerLocaleGuard(app);

  app.get('/:locale/register', { config: { access: PUBLIC } }, async (req, reply) =>
    sendPage(req, reply, (ctx) => RegisterPage({ ctx, state: emptyForm() })),
  );

  app.post('/:locale/register', { config: { access: PUBLIC, rateLimit: STRICT_LIMIT } }, async (req, reply) => {
    const form = parseForm(registerSchema, req.body);
    const show = (errors: FormState['errors']) =>
      sendPage(req, reply, (ctx) => RegisterPage({ ctx, state: { values: keptValues(form.values), errors } }), 422);
    if (!form.ok) return show(form.errors);
    const created = await registerResident(app.deps.db, { ...form.data, locale: req.locale });
    if (!created) return show({ email: { key: 'account.register.emailUnavailable' } });
    await beginSession(req, reply, created.userId);
    return redirectAfterPost(reply, `/${req.locale}/me`, { kind: 'success', key: 'account.register.done' });
  });

  app.get('/:locale/account', { config: { access: SIGNED_IN } }, async (req, reply) => {
    const user = req.user!;
    const now = app.deps.now();
    const [account, grants, sessions] = await Promise.all([
      findAccountById(app.deps.db, user.id),
      listGrantsWithNames(app.deps.db, user.id),
      countSessions(app.deps.db, user.id, now),
    ]);
    const view = {
      displayName: user.displayName,
      email: user.email,
      grants,
      totpEnabledAt: account?.totp_enabled_at ? new Date(account.totp_enabled_at) : null,
      sessions,
    };
    return sendPage(req, reply, (ctx) => AccountPage({ ctx, account: view }));
  });

  app.get<{ Querystring: { next?: string } }>(
    '/:locale/account/totp',
    { config: { access: PUBLIC }, onSend: noStore },
    async (req, reply) => {
      const user = userOrSignIn(req, reply);
      if (!user) return reply;
      const next = safeNext(req.query.next, `/${req.locale}/account`);
      if (user.totpEnabled) {
        // Re-setting up needs the current factor first: a password alone must not replace it.
        if (!user.secondFactorDone)
          return reply.redirect(`/${req.locale}/login/totp?next=${encodeURIComponent(req.url)}`, 303);
        const account = await findAccountById(app.deps.db, user.id);
        const since = new Date(account?.totp_enabled_at ?? app.deps.now());
        return sendPage(req, reply, (ctx) => TotpActivePage({ ctx, since }));
      }
      return showSetup(req, reply, emptyForm(), next, 200);
    },
  );

  app.post(
    '/:locale/account/totp',
    { config: { access: PUBLIC, rateLimit: STRICT_LIMIT }, onSend: noStore },
    async (req, reply) => {
      const user = userOrSignIn(req, reply);
      if (!user) return reply;
      const form = parseForm(codeSchema, req.body);
      const next = safeNext(form.values.next, `/${req.locale}/account`);
      if (user.totpEnabled) return reply.redirect(`/${req.locale}/account/totp`, 303);
      const now = app.deps.now();
      if (form.ok && (await confirmTotpSetup(app.deps.db, user.id, form.data.code, now))) {
        await markSecondFactor(app.deps.db, req.sessionToken!, now);
        return redirectAfterPost(reply, next, { kind: 'success', key: 'account.totp.setup.done' });
      }
      const errors = form.ok ? { code: { key: 'account.totp.wrongCode' } } : form.errors;
      return showSetup(req, reply, { values: keptValues(form.values), errors }, next, 422);
    },
  );

  async function showSetup(
    req: Parameters<typeof sendPage>[0],
    reply: Parameters<typeof sendPage>[1],
    state: FormState,
    next: string,
    status: number,
  ) {
    const user = req.user!;
    const secret = await pendingSecret(app.deps.db, user.id);
    const setup = {
      secret: groupSecret(secret),
      uri: totpUri(secret, req.t('site.name'), user.email),
      required: isStaff(user) && !user.secondFactorDone,
      next,
    };
    return sendPage(req, reply, (ctx) => TotpSetupPage({ ctx, state, setup }), status);
  }
};

import type { FastifyPluginAsync } from 'fastify';
import { localeParams, TOKEN_PARAMS } from '../../platform/http/params.ts';
import { requestCall, runUseCase, type UseCase } from '../../platform/usecase/run-use-case.ts';
import { groupSecret, totpUri } from '../../platform/auth/totp.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import {
  beginSession,
  keptValues,
  mailEnv,
  mailPost,
  noStore,
  secondFactorGiven,
  STRICT_LIMIT,
  tokenPost,
  totpKeyOf,
  userOrSignIn,
} from './account.http.ts';
import { isStaff, safeNext } from './account.policy.ts';
import { countSessions, findAccountById } from '../../platform/identity/accounts.repository.ts';
import { codeSchema, confirmSchema, registerSchema } from './account.schema.ts';
import { grantsOfUser, registerResident } from './account.service.ts';
import { findValidToken } from '../../platform/identity/tokens.repository.ts';
import { confirmWith, passwordOfHolder } from './password.service.ts';
import { confirmTotpSetup, pendingSecret, startReplacement } from './totp.service.ts';
import { AccountPage } from './views/account-page.tsx';
import { InvalidLinkPage } from './views/password-pages.tsx';
import { ConfirmAddressPage, RegisterPage } from './views/register-page.tsx';
import { qrDataUri, RecoveryCodesPage, TotpActivePage, TotpSetupPage } from './views/totp-setup-page.tsx';

type TokenParams = { Params: { locale: string; token: string } };

/** Registration, the account overview and the authenticator setup. */
export const accountRoutes: FastifyPluginAsync = async (app) => {
  app.get('/:locale/register', { schema: { params: localeParams }, config: { access: PUBLIC } }, async (req, reply) =>
    sendPage(req, reply, (ctx) => RegisterPage({ ctx, state: emptyForm() })),
  );

  app.post('/:locale/register', mailPost(), async (req, reply) => {
    const form = parseForm(registerSchema, req.body);
    if (!form.ok) {
      const state = { values: keptValues(form.values), errors: form.errors };
      return sendPage(req, reply, (ctx) => RegisterPage({ ctx, state }), 422);
    }
    await registerResident(requestCall(req, null), { ...form.data, locale: req.locale }, mailEnv(app));
    // The same answer whether the address was new or taken: only its owner learns which, from the mail.
    return redirectAfterPost(reply, `/${req.locale}/login`, { kind: 'info', key: 'account.register.checkMail' });
  });

  app.get<TokenParams>(
    '/:locale/register/confirm/:token',
    { schema: { params: TOKEN_PARAMS }, config: { access: PUBLIC }, onSend: noStore },
    async (req, reply) => {
      const holder = await findValidToken(app.deps.db, req.params.token, 'email_verification', app.deps.now());
      if (!holder) return sendPage(req, reply, (ctx) => InvalidLinkPage({ ctx, kind: 'confirm' }), 410);
      const page = { token: req.params.token, email: holder.email };
      return sendPage(req, reply, (ctx) => ConfirmAddressPage({ ctx, state: emptyForm(), ...page }));
    },
  );

  app.post<TokenParams>('/:locale/register/confirm/:token', tokenPost(), async (req, reply) => {
    const { token } = req.params;
    const now = app.deps.now();
    const holder = await findValidToken(app.deps.db, token, 'email_verification', now);
    if (!holder) return sendPage(req, reply, (ctx) => InvalidLinkPage({ ctx, kind: 'confirm' }), 410);
    const form = parseForm(confirmSchema, req.body);
    const confirmed = form.ok && (await passwordOfHolder(app.deps.db, holder.userId, form.data.password));
    // The link is spent and the address confirmed in the transaction that opens the session.
    const user = confirmed && (await beginSession(req, reply, holder.userId, 'confirmation', confirmWith(token)));
    if (!user) {
      const state: FormState = { values: {}, errors: { password: { key: 'account.confirm.wrongPassword' } } };
      return sendPage(req, reply, (ctx) => ConfirmAddressPage({ ctx, state, token, email: holder.email }), 422);
    }
    return redirectAfterPost(reply, `/${req.locale}/me`, { kind: 'success', key: 'account.register.done' });
  });

  app.get(
    '/:locale/account',
    { schema: { params: localeParams }, config: { access: SIGNED_IN } },
    async (req, reply) => {
      const user = req.user!;
      const now = app.deps.now();
      const [account, grants, sessions] = await Promise.all([
        findAccountById(app.deps.db, user.id),
        grantsOfUser(app.deps.db, user.id),
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
    },
  );

  app.get<{ Querystring: { next?: string } }>(
    '/:locale/account/totp',
    { schema: { params: localeParams }, config: { access: PUBLIC }, onSend: noStore },
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
        return sendPage(req, reply, (ctx) => TotpActivePage({ ctx, since, state: emptyForm() }));
      }
      return showSetup(req, reply, emptyForm(), next, 200);
    },
  );

  app.post(
    '/:locale/account/totp',
    { schema: { params: localeParams }, config: { access: PUBLIC, rateLimit: STRICT_LIMIT }, onSend: noStore },
    async (req, reply) => {
      const user = userOrSignIn(req, reply);
      if (!user) return reply;
      const form = parseForm(codeSchema, req.body);
      const next = safeNext(form.values.next, `/${req.locale}/account`);
      if (user.totpEnabled) return reply.redirect(`/${req.locale}/account/totp`, 303);
      const now = app.deps.now();
      const key = await totpKeyOf(app);
      const enrol = async (uc: UseCase, code: string) => {
        const made = await confirmTotpSetup(uc.tx, user.id, code, key, now);
        if (!made) return uc.refuse(null);
        uc.record({ action: 'create', subjectType: 'account.totp', subjectId: user.id });
        await secondFactorGiven(uc, req, user.id);
        return made;
      };
      const call = { ...requestCall(req, null), actor: user.id };
      const codes: string[] | null = form.ok
        ? await runUseCase('account.totp.enrol', call, (uc) => enrol(uc, form.data.code))
        : null;
      if (codes) {
        // Shown once, on this answer only (no-store); stored hashed.
        return sendPage(req, reply, (ctx) => RecoveryCodesPage({ ctx, codes, next }));
      }
      const errors = form.ok ? { code: { key: 'account.totp.wrongCode' } } : form.errors;
      return showSetup(req, reply, { values: keptValues(form.values), errors }, next, 422);
    },
  );

  // A new phone or app: confirmed with a current code or a recovery code, then a fresh setup.
  app.post(
    '/:locale/account/totp/replace',
    { schema: { params: localeParams }, config: { access: SIGNED_IN }, onSend: noStore },
    async (req, reply) => {
      const user = req.user!;
      const form = parseForm(codeSchema, req.body);
      const env = { ...mailEnv(app), key: await totpKeyOf(app) };
      const call = { ...requestCall(req, null), actor: user.id };
      const result = form.ok ? await startReplacement(call, form.data.code, req.ip, env) : 'wrong';
      if (result === 'ok') {
        return redirectAfterPost(reply, `/${req.locale}/account/totp`, {
          kind: 'info',
          key: 'account.totp.replace.started',
        });
      }
      const account = await findAccountById(app.deps.db, user.id);
      const since = new Date(account?.totp_enabled_at ?? app.deps.now());
      const key = result === 'throttled' ? 'account.login.slowDown' : 'account.totp.wrongCode';
      const state: FormState = { values: {}, errors: { code: { key } } };
      return sendPage(req, reply, (ctx) => TotpActivePage({ ctx, since, state }), result === 'throttled' ? 429 : 422);
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
    const secret = await pendingSecret(app.deps.db, user.id, await totpKeyOf(app));
    const uri = totpUri(secret, req.t('site.name'), user.email);
    const setup = {
      secret: groupSecret(secret),
      uri,
      qr: await qrDataUri(uri),
      required: isStaff(user) && !user.secondFactorDone,
      next,
    };
    return sendPage(req, reply, (ctx) => TotpSetupPage({ ctx, state, setup }), status);
  }
};

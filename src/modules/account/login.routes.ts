import type { FastifyPluginAsync } from 'fastify';
import { localeParams, TOKEN_PARAMS } from '../../platform/http/params.ts';
import { requestCall, type UseCase } from '../../platform/usecase/run-use-case.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import {
  beginSession,
  endSession,
  keptValues,
  mailEnv,
  noStore,
  secondFactorGiven,
  totpKeyOf,
  userOrSignIn,
} from './account.http.ts';
import { afterPassword, inLocale, safeNext } from './account.policy.ts';
import { codeSchema, loginSchema } from './account.schema.ts';
import { authenticate, sendVerification } from './account.service.ts';
import { findValidToken } from '../../platform/identity/tokens.repository.ts';
import { verifySignInCode } from './totp.service.ts';
import { LoginPage, TotpPage } from './views/login-pages.tsx';

type NextQuery = { Querystring: { next?: string } };

const CODE_ERRORS: Record<string, string> = {
  wrong: 'account.totp.wrongCode',
  reused: 'account.totp.reusedCode',
  throttled: 'account.login.slowDown',
};

/** Sign-in (password, then TOTP where enabled or required) and sign-out. */
export const loginRoutes: FastifyPluginAsync = async (app) => {
  // Everyone lands on "My Zuhause" unless a page of this site sent them to sign in.
  const home = (locale: string) => `/${locale}/me`;

  app.get<NextQuery>(
    '/:locale/login',
    { schema: { params: localeParams }, config: { access: PUBLIC } },
    async (req, reply) => {
      const next = safeNext(req.query.next, home(req.locale));
      return sendPage(req, reply, (ctx) => LoginPage({ ctx, state: emptyForm(), next }));
    },
  );

  // The "was this you?" link from the mail: the sign-in form that lets the owner past the throttle.
  app.get<{ Params: { locale: string; token: string } }>(
    '/:locale/login/unlock/:token',
    { schema: { params: TOKEN_PARAMS }, config: { access: PUBLIC }, onSend: noStore },
    async (req, reply) => {
      const holder = await findValidToken(app.deps.db, req.params.token, 'unlock', app.deps.now());
      if (!holder) return reply.redirect(`/${req.locale}/login`, 303);
      const state = emptyForm({ email: holder.email });
      const unlock = req.params.token;
      return sendPage(req, reply, (ctx) => LoginPage({ ctx, state, next: home(req.locale), unlock }));
    },
  );

  // Not rate-limited per request: the throttle counts failed attempts only, so many people behind one address
  // (an office, a shelter's Wi-Fi, a demo tour) can all sign in.
  app.post('/:locale/login', { schema: { params: localeParams }, config: { access: PUBLIC } }, async (req, reply) => {
    const form = parseForm(loginSchema, req.body);
    const next = safeNext(form.values.next, home(req.locale));
    const unlock = form.ok ? form.data.unlock : undefined;
    const show = (errors: FormState['errors'], status: number) =>
      sendPage(
        req,
        reply,
        (ctx) => LoginPage({ ctx, state: { values: keptValues(form.values), errors }, next, unlock }),
        status,
      );
    if (!form.ok) return show(form.errors, 422);
    const env = mailEnv(app);
    const result = await authenticate(app.deps.db, { ...form.data, ip: req.ip }, env);
    if (result.kind === 'throttled') {
      reply.header('retry-after', String(Math.ceil(result.ms / 1000)));
      const key = result.coolDown ? 'account.login.coolDown' : 'account.login.slowDown';
      return show({ email: { key, values: { minutes: Math.ceil(result.ms / 60_000) } } }, 429);
    }
    if (result.kind === 'invalid') return show({ email: { key: 'account.login.invalid' } }, 422);
    if (result.kind === 'unverified') {
      await sendVerification(app.deps.db, result.account, req.locale, env);
      return show({ email: { key: 'account.login.unverified' } }, 422);
    }
    const user = await beginSession(req, reply, result.account.id, 'password', (uc) => result.finish(uc.tx));
    if (!user) return show({ email: { key: 'account.login.invalid' } }, 422);
    // The person's own language wins from here on: the same page, in the language they chose for their account.
    const lang = isLocale(result.account.locale) ? result.account.locale : req.locale;
    const target = afterPassword(user, lang, inLocale(next, req.locale, lang));
    return redirectAfterPost(
      reply,
      target,
      target.startsWith(`/${lang}/login/`) || target.startsWith(`/${lang}/account/totp`)
        ? undefined
        : { kind: 'success', key: 'account.login.done' },
    );
  });

  app.get<NextQuery>(
    '/:locale/login/totp',
    { schema: { params: localeParams }, config: { access: PUBLIC } },
    async (req, reply) => {
      const user = userOrSignIn(req, reply);
      if (!user) return reply;
      const next = safeNext(req.query.next, home(req.locale));
      if (user.secondFactorDone) return reply.redirect(next, 303);
      if (!user.totpEnabled) return reply.redirect(`/${req.locale}/account/totp?next=${encodeURIComponent(next)}`, 303);
      return sendPage(req, reply, (ctx) => TotpPage({ ctx, state: emptyForm(), next }));
    },
  );

  app.post(
    '/:locale/login/totp',
    { schema: { params: localeParams }, config: { access: PUBLIC } },
    async (req, reply) => {
      const user = userOrSignIn(req, reply);
      if (!user) return reply;
      const form = parseForm(codeSchema, req.body);
      const next = safeNext(form.values.next, home(req.locale));
      if (user.secondFactorDone) return reply.redirect(next, 303);
      const env = { ...mailEnv(app), key: await totpKeyOf(app) };
      const call = { ...requestCall(req, null), actor: user.id };
      const given = (uc: UseCase) => secondFactorGiven(uc, req, user.id);
      const result = form.ok ? await verifySignInCode(call, form.data.code, req.ip, env, given) : 'invalid';
      if (result === 'ok') return redirectAfterPost(reply, next, { kind: 'success', key: 'account.login.done' });
      const errors = form.ok ? { code: { key: CODE_ERRORS[result] ?? 'account.totp.wrongCode' } } : form.errors;
      const state = { values: keptValues(form.values), errors };
      return sendPage(req, reply, (ctx) => TotpPage({ ctx, state, next }), result === 'throttled' ? 429 : 422);
    },
  );

  app.post('/:locale/logout', { schema: { params: localeParams }, config: { access: PUBLIC } }, async (req, reply) => {
    await endSession(req, reply);
    return redirectAfterPost(reply, home(req.locale), { kind: 'info', key: 'account.logout.done' });
  });
};

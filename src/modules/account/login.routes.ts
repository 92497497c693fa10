import type { FastifyPluginAsync } from 'fastify';
import { markSecondFactor } from '../../platform/auth/sessions.ts';
import { PUBLIC } from '../../platform/http/access.ts';
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
  registerLocaleGuard,
  totpKeyOf,
  userOrSignIn,
} from './account.http.ts';
import { afterPassword, safeNext } from './account.policy.ts';
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
  registerLocaleGuard(app);
  const home = (locale: string) => `/${locale}/`;

  app.get<NextQuery>('/:locale/login', { config: { access: PUBLIC } }, async (req, reply) => {
    const next = safeNext(req.query.next, home(req.locale));
    return sendPage(req, reply, (ctx) => LoginPage({ ctx, state: emptyForm(), next }));
  });

  // The "was this you?" link from the mail: the sign-in form that lets the owner past the throttle.
  app.get<{ Params: { locale: string; token: string } }>(
    '/:locale/login/unlock/:token',
    { config: { access: PUBLIC }, onSend: noStore },
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
  app.post('/:locale/login', { config: { access: PUBLIC } }, async (req, reply) => {
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
    const user = await beginSession(req, reply, result.account.id);
    const target = afterPassword(user, req.locale, next);
    return redirectAfterPost(
      reply,
      target,
      target === next ? { kind: 'success', key: 'account.login.done' } : undefined,
    );
  });

  app.get<NextQuery>('/:locale/login/totp', { config: { access: PUBLIC } }, async (req, reply) => {
    const user = userOrSignIn(req, reply);
    if (!user) return reply;
    const next = safeNext(req.query.next, home(req.locale));
    if (user.secondFactorDone) return reply.redirect(next, 303);
    if (!user.totpEnabled) return reply.redirect(`/${req.locale}/account/totp?next=${encodeURIComponent(next)}`, 303);
    return sendPage(req, reply, (ctx) => TotpPage({ ctx, state: emptyForm(), next }));
  });

  app.post('/:locale/login/totp', { config: { access: PUBLIC } }, async (req, reply) => {
    const user = userOrSignIn(req, reply);
    if (!user) return reply;
    const form = parseForm(codeSchema, req.body);
    const next = safeNext(form.values.next, home(req.locale));
    if (user.secondFactorDone) return reply.redirect(next, 303);
    const now = app.deps.now();
    const env = { ...mailEnv(app), now, key: await totpKeyOf(app) };
    const result = form.ok ? await verifySignInCode(app.deps.db, user.id, form.data.code, req.ip, env) : 'invalid';
    if (result === 'ok') {
      await markSecondFactor(app.deps.db, req.sessionToken!, now);
      return redirectAfterPost(reply, next, { kind: 'success', key: 'account.login.done' });
    }
    const errors = form.ok ? { code: { key: CODE_ERRORS[result] ?? 'account.totp.wrongCode' } } : form.errors;
    const state = { values: keptValues(form.values), errors };
    return sendPage(req, reply, (ctx) => TotpPage({ ctx, state, next }), result === 'throttled' ? 429 : 422);
  });

  app.post('/:locale/logout', { config: { access: PUBLIC } }, async (req, reply) => {
    await endSession(req, reply);
    return redirectAfterPost(reply, home(req.locale), { kind: 'info', key: 'account.logout.done' });
  });
};

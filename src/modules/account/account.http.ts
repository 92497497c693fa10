import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import { secretFor } from '../../platform/auth/secrets.ts';
import { createSession, destroySession, loadSession } from '../../platform/auth/sessions.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { FormValues } from '../../platform/http/forms.ts';
import { cookieSecure, SESSION_COOKIE } from '../../platform/http/request-context.ts';
import type { MailEnv } from './account.service.ts';

/** Sensitive form posts: at most this many per client address in the window (login, codes, resets). */
export const STRICT_LIMIT = { max: 10, timeWindow: '15 minutes' } as const;
/** Mail-sending posts: fewer, so that the form cannot be used to flood someone's mailbox. */
export const MAIL_LIMIT = { max: 5, timeWindow: '15 minutes' } as const;

/** Where mail links point, the catalogs and the clock, from the app. */
export function mailEnv(app: FastifyInstance): MailEnv {
  return { baseUrl: app.deps.config.baseUrl, messages: app.deps.messages, now: app.deps.now() };
}

/** The key that encrypts TOTP secrets at rest: TOTP_KEY, or outside production one kept in the database. */
export function totpKeyOf(app: FastifyInstance): Promise<string> {
  return secretFor(app.deps.db, 'totp-encryption', app.deps.config.totpKey);
}

/** Route `onSend` hook for pages that show a secret or carry a token in their URL: no cache may keep them. */
export const noStore: onSendHookHandler = async (_req, reply, payload) => {
  reply.header('cache-control', 'no-store');
  return payload;
};

/** Pages of this module live under a locale prefix; any other first segment is not ours. */
export function registerLocaleGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    const locale = (req.params as { locale?: string } | undefined)?.locale;
    if (locale !== undefined && locale !== req.locale) throw notFound();
  });
}

/** The form values to show again: passwords and codes are never sent back. */
export function keptValues(values: FormValues): FormValues {
  const { password: _p, code: _c, _csrf: _t, ...rest } = values;
  return rest;
}

/**
 * Opens a new session for the user (ending the one the browser had, against session fixation), sets the cookie
 * and returns the user as the next request will see them.
 */
export async function beginSession(req: FastifyRequest, reply: FastifyReply, userId: string): Promise<SessionUser> {
  const { db, config } = req.server.deps;
  const now = req.server.deps.now();
  if (req.sessionToken) await destroySession(db, req.sessionToken);
  const token = await createSession(db, userId, now);
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(req.server),
  });
  const user = await loadSession(db, token, { demoMode: config.demoMode, now });
  if (!user) throw new Error('a session just created could not be loaded');
  req.user = user;
  req.sessionToken = token;
  return user;
}

/**
 * For the second-factor pages, which must stay reachable while the factor is missing (their access is PUBLIC,
 * since `decide()` sends half-signed-in users to them): the user, or null after redirecting to sign-in.
 */
export function userOrSignIn(req: FastifyRequest, reply: FastifyReply): SessionUser | null {
  if (req.user) return req.user;
  void reply.redirect(`/${req.locale}/login?next=${encodeURIComponent(req.url)}`, 303);
  return null;
}

/** Ends the browser's session, if any, and removes the cookie. */
export async function endSession(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (req.sessionToken) await destroySession(req.server.deps.db, req.sessionToken);
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure(req.server) });
  req.user = null;
  req.sessionToken = null;
}

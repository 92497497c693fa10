import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import { secretFor } from '../../platform/auth/secrets.ts';
import { createSession, destroySession, loadSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { requestCall, runUseCase, type UseCase } from '../../platform/usecase/run-use-case.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { FormValues } from '../../platform/http/forms.ts';
import { localeParams, TOKEN_PARAMS } from '../../platform/http/params.ts';
import { cookieSecure, SESSION_COOKIE } from '../../platform/http/request-context.ts';
import type { MailEnv } from './account.service.ts';

/** Sensitive form posts: at most this many per client address in the window (login, codes, resets). */
export const STRICT_LIMIT = { max: 10, timeWindow: '15 minutes' } as const;
/** Mail-sending posts: fewer, so that the form cannot be used to flood someone's mailbox. */
export const MAIL_LIMIT = { max: 5, timeWindow: '15 minutes' } as const;

/** Route options of a form posted to a one-time link's page (reset, invitation, confirmation): strict, not cached. */
export function tokenPost() {
  return {
    schema: { params: TOKEN_PARAMS },
    config: { access: PUBLIC, rateLimit: STRICT_LIMIT },
    onSend: noStore,
  };
}

/** Route options of a public form that sends mail (registration, forgotten password). */
export function mailPost() {
  return { schema: { params: localeParams }, config: { access: PUBLIC, rateLimit: MAIL_LIMIT } };
}

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

/** The form values to show again: passwords and codes are never sent back. */
export function keptValues(values: FormValues): FormValues {
  const { password: _p, code: _c, _csrf: _t, ...rest } = values;
  return rest;
}

/** More work of a sign-in, in its transaction (clearing the throttle, spending the link that let the person in). */
export type SignInWork = (uc: UseCase) => Promise<void>;

/**
 * Opens a new session for the user (ending the one the browser had, against session fixation) as a use case whose
 * audit row names the user as actor, sets the cookie and returns the user as the next request will see them.
 * `also` runs in the same transaction; when it refuses (a link used meanwhile) nothing changes and the answer is null.
 */
export async function beginSession(
  req: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  via: 'password' | 'invitation' | 'confirmation',
  also?: SignInWork,
): Promise<SessionUser | null> {
  const call = { ...requestCall(req, null), actor: userId };
  const token = await runUseCase<string | null>('account.session.begin', call, async (uc) => {
    if (req.sessionToken) await destroySession(uc.tx, req.sessionToken);
    const created = await createSession(uc.tx, userId, uc.now);
    await also?.(uc);
    uc.record({ action: 'create', subjectType: 'account.session', subjectId: userId, after: { via } });
    return created;
  });
  if (!token) return null;
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(req));
  const user = await loadSession(call.db, token, { demoMode: req.server.deps.config.demoMode, now: call.now });
  if (!user) throw new Error('a session just created could not be loaded');
  req.user = user;
  req.sessionToken = token;
  return user;
}

function cookieOptions(req: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure(req.server) } as const;
}

/** Records that the second factor was given in this session, in the use case that checked it. */
export async function secondFactorGiven(uc: UseCase, req: FastifyRequest, userId: string): Promise<void> {
  await markSecondFactor(uc.tx, req.sessionToken!, uc.now);
  uc.record({ action: 'update', subjectType: 'account.session', subjectId: userId, after: { secondFactor: true } });
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

/** Ends the browser's session, if any (recorded with its user as actor), and removes the cookie. */
export async function endSession(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = req.sessionToken;
  const userId = req.user?.id ?? null;
  if (token) {
    // A session that ended already (expired, signed out elsewhere) changes nothing: no row to record.
    await runUseCase('account.session.end', { ...requestCall(req, null), actor: userId }, async (uc) => {
      if (!(await destroySession(uc.tx, token))) return uc.refuse(undefined);
      uc.record({ action: 'delete', subjectType: 'account.session', subjectId: userId });
    });
  }
  reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
  req.user = null;
  req.sessionToken = null;
}

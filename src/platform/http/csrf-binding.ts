import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, newToken } from '../auth/sessions.ts';

const PRE_SESSION_COOKIE = 'zh_pre';

/**
 * What a form token is bound to: the session (by its hash) for a signed-in visitor, else an anonymous pre-session
 * cookie. A token made for one session is refused with another, so an attacker's own valid token pair is useless
 * with the victim's cookies. With `reply`, a missing pre-session is created (when a page makes a token).
 */
export function csrfBinding(req: FastifyRequest, reply?: FastifyReply): string {
  if (req.sessionToken) return `s:${hashToken(req.sessionToken)}`;
  const raw = req.cookies[PRE_SESSION_COOKIE];
  const un = raw ? req.unsignCookie(raw) : null;
  if (un?.valid && un.value) return `p:${un.value}`;
  if (!reply) return 'none';
  const id = newToken();
  // Secure cookies outside plain-http development (as cookieSecure in request-context, which imports this file).
  const secure = req.server.deps.config.baseUrl.startsWith('https://');
  reply.setCookie(PRE_SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', signed: true, secure });
  // Later calls in this request (several forms on one page) must bind to the same id.
  req.cookies[PRE_SESSION_COOKIE] = reply.signCookie(id);
  return `p:${id}`;
}

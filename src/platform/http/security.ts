import { createHash } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { secretFor } from '../auth/secrets.ts';
import { hashToken, newToken } from '../auth/sessions.ts';
import { cookieSecure } from './request-context.ts';

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
  const secure = cookieSecure(req.server);
  reply.setCookie(PRE_SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', signed: true, secure });
  // Later calls in this request (several forms on one page) must bind to the same id.
  req.cookies[PRE_SESSION_COOKIE] = reply.signCookie(id);
  return `p:${id}`;
}

/** Cookies, form bodies, security headers with a strict CSP, CSRF, rate limits, compression, ETags. */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  // Outside production without SESSION_SECRET, the secret lives in the database: shared by processes and restarts.
  const secret = await secretFor(app.deps.db, 'cookie-signing', app.deps.config.sessionSecret);
  await app.register(cookie, { secret });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: cookieSecure(app),
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'zh_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', signed: true, secure: cookieSecure(app) },
    csrfOpts: { hmacKey: secret },
    getUserInfo: (req) => csrfBinding(req),
    getToken: (req) =>
      (req.body as Record<string, string> | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string | undefined),
  });
  await app.register(rateLimit, { global: false });
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });

  // Every state-changing request carries the form token, checked before the handler (deny by default).
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => m === 'GET' || m === 'HEAD') || route.config?.csrf === false) return;
    const existing = route.preHandler ? (Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler]) : [];
    route.preHandler = [app.csrfProtection, ...existing];
  });

  // Pages carry an ETag, so that a revisit costs a 304 instead of the page.
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    // The CSRF token differs per visitor; it is part of the page and so part of the tag.
    const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 22)}"`;
    reply.header('etag', etag);
    if (req.headers['if-none-match'] === etag) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

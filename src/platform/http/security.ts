import { createHash } from 'node:crypto';
import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { secretFor } from '../auth/secrets.ts';
import { csrfBinding } from './csrf-binding.ts';
import { cookieSecure } from './request-context.ts';
import { registerSecurityHeaders } from './security-headers.ts';

/** Cookies, form bodies, security headers with a strict CSP, CSRF, rate limits, compression, ETags. */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  // Outside production without SESSION_SECRET, the secret lives in the database: shared by processes and restarts.
  const secret = await secretFor(app.deps.db, 'cookie-signing', app.deps.config.sessionSecret);
  await app.register(cookie, { secret });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  registerSecurityHeaders(app, {
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
  // What reaches this plugin is made for one visitor (shared pages come compressed from the page cache, at a higher
  // quality, once). For a page of a few kilobytes brotli's quality 4 spends most of its time setting up; quality 2
  // costs a fifth of that for about 15 % more bytes (docs/performance.md, "Compression of personal pages").
  const brotliOptions = {
    params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 2 },
  };
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions,
    zlibOptions: { level: 4 },
  });

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

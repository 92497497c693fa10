import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SessionCache } from '../auth/session-cache.ts';
import { loadSession } from '../auth/sessions.ts';
import { cacheLifetimeMs } from '../db/cache-lifetime.ts';
import { tenant } from '../db/tenant.ts';
import { TenantCache } from '../db/tenant-cache.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { localeFromPath, negotiate } from '../i18n/negotiate.ts';
import type { Flash } from '../views/context.ts';
import { z } from 'zod';
import { notFound } from './app-error.ts';
import { slug as slugSchema } from './params.ts';

// What the tenant hook reads of the raw path parameters (those of routes without a municipality pass).
const municipalityParam = z.object({ municipality: slugSchema.optional() }).loose();

export const SESSION_COOKIE = 'zh_sid';
export const LOCALE_COOKIE = 'zh_lang';
const FLASH_COOKIE = 'zh_flash';
const YEAR = 365 * 24 * 3600;

/** Secure cookies outside plain-http development. */
export function cookieSecure(app: FastifyInstance): boolean {
  return app.deps.config.baseUrl.startsWith('https://');
}

/** Locale (URL prefix → remembered cookie → Accept-Language → default), session user, flash, tenant. */
export function registerRequestContext(app: FastifyInstance): void {
  app.decorateRequest('locale', 'de');
  app.decorateRequest('t', null as never);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('tenant', null);
  app.decorateReply('flashMessage', null);
  app.decorateReply('flash', function (this: FastifyReply, kind: Flash['kind'], key: string) {
    this.setCookie(FLASH_COOKIE, JSON.stringify({ kind, key }), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      signed: true,
      secure: cookieSecure(app),
    });
    return this;
  });

  const sessions = new SessionCache(cacheLifetimeMs(app.deps.engine));
  app.addHook('onRequest', async (req, reply) => {
    req.locale = pickLocale(req, reply, app);
    req.t = app.deps.messages.translator(req.locale);
    readFlash(req, reply);
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const options = { demoMode: app.deps.config.demoMode, now: app.deps.now(), cache: sessions };
      req.user = await loadSession(app.deps.db, token, options);
      req.sessionToken = req.user ? token : null;
      if (!req.user) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  });

  // Resolve the municipality the URL names before the access check, which depends on it (cached per process).
  // This runs before the params schema: a value that is no slug at all is a 404 here, never a query.
  const tenants = new TenantCache(app.deps.db, cacheLifetimeMs(app.deps.engine));
  app.addHook('preValidation', async (req) => {
    const named = municipalityParam.safeParse(req.params ?? {});
    if (!named.success) throw notFound('municipality');
    const slug = named.data.municipality;
    if (slug === undefined) return;
    const m = await tenants.find(slug);
    if (!m) throw notFound('municipality');
    req.tenant = { ...tenant(m.id), slug: m.slug, name: m.name };
  });
}

function pickLocale(req: FastifyRequest, reply: FastifyReply, app: FastifyInstance): Locale {
  const fromPath = localeFromPath(req.url);
  const remembered = req.cookies[LOCALE_COOKIE];
  if (fromPath) {
    if (remembered !== fromPath) {
      reply.setCookie(LOCALE_COOKIE, fromPath, {
        path: '/',
        maxAge: YEAR,
        sameSite: 'lax',
        httpOnly: true,
        secure: cookieSecure(app),
      });
    }
    return fromPath;
  }
  if (isLocale(remembered)) return remembered;
  return negotiate(req.headers['accept-language'], app.deps.config.defaultLocale);
}

function readFlash(req: FastifyRequest, reply: FastifyReply): void {
  const raw = req.cookies[FLASH_COOKIE];
  if (!raw) return;
  const un = req.unsignCookie(raw);
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  if (!un.valid || !un.value) return;
  try {
    const f = JSON.parse(un.value) as Flash;
    if (typeof f.key === 'string' && ['success', 'info', 'warning', 'danger'].includes(f.kind)) reply.flashMessage = f;
  } catch {
    // A tampered or stale cookie is ignored.
  }
}

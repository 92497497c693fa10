import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { z } from 'zod';
import { PUBLIC } from './access.ts';
import { AppError, forbidden } from './app-error.ts';
import { cookieSecure } from './request-context.ts';

/**
 * Consent to third-party content (a video, map tiles): nothing is requested from a third party before the reader
 * says yes. The choice is a cookie `consent=<host>,<host>…` (storing it is strictly necessary for the service the
 * reader asked for, § 25 (2) no. 2 TDDDG: decision 0191). A page that embeds a host's content reads
 * `hasConsent(req, host)`, and opens its Content-Security-Policy to that host only for readers who chose it
 * (`allowConsentedHosts`).
 */

export const CONSENT_COOKIE = 'consent';
/** How long a choice is kept before the reader is asked again (the privacy notice states it). */
export const CONSENT_MAX_AGE_DAYS = 180;
const MAX_AGE_SECONDS = CONSENT_MAX_AGE_DAYS * 86_400;
const MAX_HOSTS = 10;
const HOST = /^(?=.{1,100}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
// Only a path of this site: no scheme, no `//host`, no backslash tricks.
const LOCAL_PATH = /^\/(?![/\\])[^\s\\]{0,500}$/;

/** The hosts this reader has agreed to. */
export function consentedHosts(req: FastifyRequest): string[] {
  const raw = req.cookies?.[CONSENT_COOKIE];
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((h) => HOST.test(h)))].slice(0, MAX_HOSTS);
}

/** Whether this reader has agreed to content from `host`. */
export function hasConsent(req: FastifyRequest, host: string): boolean {
  return consentedHosts(req).includes(host.toLowerCase());
}

/** The host name of an https URL (what the placeholder names and the cookie stores), or null. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && HOST.test(u.hostname) ? u.hostname : null;
  } catch {
    return null;
  }
}

const widened = new Map<string, string>();

/** `policy` with `sources` added to `directive` (which, when absent, starts from `default-src`). */
export function widenCsp(policy: string, directive: string, sources: readonly string[]): string {
  const key = `${policy}\u0000${directive}\u0000${sources.join(' ')}`;
  const known = widened.get(key);
  if (known) return known;
  const parts = policy.split(';').map((p) => p.trim());
  const at = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  if (at >= 0) parts[at] = `${parts[at]} ${sources.join(' ')}`;
  else {
    const base = parts
      .find((p) => p.split(/\s+/)[0] === 'default-src')
      ?.split(/\s+/)
      .slice(1) ?? ["'self'"];
    parts.push([directive, ...base, ...sources].join(' '));
  }
  const out = parts.filter(Boolean).join(';');
  if (widened.size < 1000) widened.set(key, out);
  return out;
}

/**
 * A route hook that opens `directive` (`img-src` for tiles, `frame-src` for a video) to the hosts `candidates`
 * names for this request — only those the reader has agreed to. It runs before the page cache answers, so a
 * cached page gets the same header as a fresh one.
 */
export function allowConsentedHosts(
  directive: 'img-src' | 'frame-src',
  candidates: (req: FastifyRequest) => readonly string[],
  /** The host serves from subdomains too (a tile template with `{s}.`). */
  subdomains = false,
): onRequestHookHandler {
  return (req, reply, done) => {
    const given = consentedHosts(req);
    const hosts = candidates(req).filter((h) => given.includes(h));
    const policy = reply.getHeader('content-security-policy');
    if (hosts.length > 0 && typeof policy === 'string') {
      const sources = hosts.flatMap((h) => (subdomains ? [`https://${h}`, `https://*.${h}`] : [`https://${h}`]));
      reply.header('content-security-policy', widenCsp(policy, directive, sources));
    }
    done();
  };
}

const consentForm = z.object({
  host: z.string().toLowerCase().regex(HOST),
  back: z.string().regex(LOCAL_PATH).optional(),
});
const forgetForm = z.object({ back: z.string().regex(LOCAL_PATH).optional() });

/**
 * A cross-site page may not give consent in the reader's name: the browser says where the form came from. Under
 * our `Referrer-Policy: no-referrer` a browser sends `Origin: null` with every form post, so Sec-Fetch-Site (sent by
 * every current browser) is asked first; the Origin is compared only where it is a real one.
 */
function sameSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (!origin) return true;
  if (origin === 'null') return false;
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}

function parse<S extends z.ZodType>(req: FastifyRequest, schema: S): z.infer<S> {
  if (!sameSite(req)) throw forbidden();
  const body = req.body && typeof req.body === 'object' ? req.body : {};
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('consent.invalid', 400, 'error.badRequest');
  return parsed.data;
}

function store(app: FastifyInstance, reply: FastifyReply, hosts: string[]) {
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: cookieSecure(app) };
  if (hosts.length === 0) reply.clearCookie(CONSENT_COOKIE, options);
  else reply.setCookie(CONSENT_COOKIE, hosts.join(','), { ...options, maxAge: MAX_AGE_SECONDS });
}

/**
 * `POST /consent` (host, back) remembers the reader's yes to one host and goes back; `POST /consent/forget` (host
 * or none: all) withdraws it. Without a form token: the pages with a placeholder stay the same for every
 * visitor (and so cacheable); a cross-site post is refused by its Origin instead (decision 0191).
 */
export function registerConsent(app: FastifyInstance): void {
  const config = { access: PUBLIC, csrf: false, pageCache: false };
  app.post('/consent', { config }, async (req, reply) => {
    const { host, back } = parse(req, consentForm);
    const hosts = [...new Set([...consentedHosts(req), host])].slice(-MAX_HOSTS);
    store(app, reply, hosts);
    return reply.redirect(back ?? '/', 303);
  });
  app.post('/consent/forget', { config }, async (req, reply) => {
    const { back } = parse(req, forgetForm);
    const host = consentForm.shape.host.safeParse((req.body as Record<string, unknown> | undefined)?.host);
    store(app, reply, host.success ? consentedHosts(req).filter((h) => h !== host.data) : []);
    return reply.redirect(back ?? '/', 303);
  });
}

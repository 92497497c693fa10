import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cacheLifetimeMs } from '../db/cache-lifetime.ts';
import { type Dependencies, dataVersions, dependenciesOf } from '../db/query-observer.ts';
import { isPersonal } from './personal-page.ts';
import { LOCALE_COOKIE } from './request-context.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set false for a public GET whose answer must be computed every time (health checks). */
    pageCache?: boolean;
  }
}

type Encoding = 'br' | 'gzip';
type Kind = 'shared' | 'personal';

interface Entry {
  type: string;
  etag: string;
  cacheControl: string | undefined;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  deps: Dependencies;
  expires: number;
}

const MAX_ENTRIES = 5000;
// A page that shows the date or counts days is stale a minute at most, even where no write says so.
const MAX_AGE_MS = 60_000;
// Read by every request of a signed-in visitor to check the session, and written once a minute to note when it
// was last seen: the session itself is checked on every request, so what a personal page shows does not depend on
// this table, unless the page itself reads it (then it is read after the session check and counts).
const SESSION_TABLE = 'sessions';
const PERSONAL_CACHE_CONTROL = 'private, no-cache';
const CACHEABLE_TYPE = /^(text\/html|application\/(json|geo\+json))\b/;
// The locale cookie and the clearing of a stale flash are per request, set again on every hit; any other cookie
// (the CSRF secret above all) makes the answer personal.
const HARMLESS_COOKIE = new RegExp(`^(${LOCALE_COOKIE}|zh_flash)=`);
const VARY = 'Accept-Encoding, Accept-Language, Cookie';

const fromCache = new WeakSet<FastifyRequest>();

/** The encoding a client takes, brotli first. */
function pickEncoding(req: FastifyRequest): Encoding | undefined {
  const accept = String(req.headers['accept-encoding'] ?? '');
  return accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : undefined;
}

function encoded(e: Entry, enc: Encoding): Buffer {
  if (enc === 'br') {
    e.br ??= brotliCompressSync(e.identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } });
    return e.br;
  }
  e.gzip ??= gzipSync(e.identity, { level: 6 });
  return e.gzip;
}

// Cookies that never change a page without a form: the language (part of the key), the form-token secret and the
// pre-session its tokens are bound to, and the one-time message (a page showing one is not eligible). A visitor
// with any other cookie (a session, a consent a future page may read) gets a page made for them.
const NEUTRAL_COOKIES = new Set([LOCALE_COOKIE, 'zh_csrf', 'zh_pre', 'zh_flash']);

/**
 * Which cache a GET may be answered from, without a one-time message to show: `shared` for an anonymous visitor of
 * a public route, `personal` for a signed-in visitor (kept for this visitor's cookies and identity only).
 */
function kindOf(req: FastifyRequest, reply: FastifyReply): Kind | null {
  const config = req.routeOptions.config;
  if (req.method !== 'GET' || config.pageCache === false || reply.flashMessage !== null) return null;
  if (req.user !== null) return req.sessionToken ? 'personal' : null;
  if (config.access?.kind !== 'public') return null;
  for (const name in req.cookies) if (!NEUTRAL_COOKIES.has(name)) return null;
  return 'shared';
}

// A personal page is the same again for the same cookies (session, form-token secret, language) and the same
// person as the session shows them (name, roles, second factor): all of it is part of the key — as a digest, so
// that no session token sits in the process's memory as a map key.
function keyOf(req: FastifyRequest, kind: Kind): string {
  const base = `${req.locale}\u0000${req.url}`;
  if (kind === 'shared') return base;
  const who = createHash('sha256')
    .update(req.headers.cookie ?? '')
    .update('\u0000')
    .update(JSON.stringify(req.user))
    .digest('base64url');
  return `${base}\u0000${who}`;
}

function storable(req: FastifyRequest, reply: FastifyReply, payload: unknown, kind: Kind): payload is string {
  if (reply.statusCode !== 200 || typeof payload !== 'string') return false;
  if (kind === 'shared' && isPersonal(req)) return false;
  if (!CACHEABLE_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return false;
  const cacheControl = String(reply.getHeader('cache-control') ?? '');
  if (/no-store/.test(cacheControl) || (kind === 'shared' && /private/.test(cacheControl))) return false;
  const cookies = reply.getHeader('set-cookie');
  const list = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)];
  if (list.some((c) => !HARMLESS_COOKIE.test(c))) return false;
  // A read that wrote (an audit entry, say) is not the same for the next visitor.
  return req.queryScope !== null && req.queryScope.writes.size === 0;
}

/**
 * Keeps the answers of GETs in memory, compressed (and served in the encoding asked for), with an ETag and
 * conditional 304: anonymous public pages keyed by URL and locale for everyone, a signed-in visitor's pages for that
 * visitor alone. An entry lives while no table it was built from has been written since (see `query-observer.ts`),
 * a minute at most, and on a PostgreSQL server at most `cacheLifetimeMs`.
 */
export function registerPageCache(app: FastifyInstance): void {
  const entries = new Map<string, Entry>();
  const lifetime = Math.min(cacheLifetimeMs(app.deps.engine), MAX_AGE_MS);
  const kinds = new WeakMap<FastifyRequest, { kind: Kind; key: string; context?: string[] }>();

  // One request builds a page that was stored before and has gone stale; identical requests meanwhile wait for it
  // instead of building it too. Pages never stored (they carry a form) are not waited for.
  const known = new Set<string>();
  const building = new Map<string, Promise<void>>();
  const finishers = new WeakMap<FastifyRequest, () => void>();
  const finish = (req: FastifyRequest) => {
    finishers.get(req)?.();
    finishers.delete(req);
  };
  const current = (key: string): Entry | undefined => {
    const e = entries.get(key);
    if (e && (e.expires <= Date.now() || !dataVersions.current(e.deps))) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };

  app.addHook('preHandler', async (req, reply) => {
    const kind = kindOf(req, reply);
    if (!kind) return;
    const key = keyOf(req, kind);
    const scope = req.queryScope;
    if (kind === 'personal' && scope) {
      // What the session check read counts without the session table; what the page reads from here on counts all.
      kinds.set(req, { kind, key, context: [...scope.reads].filter((t) => t !== SESSION_TABLE) });
      scope.reads = new Set();
    } else {
      kinds.set(req, { kind, key });
    }
    let e = current(key);
    if (!e && !known.has(key)) return;
    const pending = e ? undefined : building.get(key);
    if (pending) {
      await pending;
      e = current(key);
    }
    if (!e) {
      if (!building.has(key)) {
        let resolve = () => {};
        const promise = new Promise<void>((r) => {
          resolve = r;
        });
        building.set(key, promise);
        finishers.set(req, () => {
          if (building.get(key) === promise) building.delete(key);
          resolve();
        });
      }
      return;
    }
    fromCache.add(req);
    reply.header('content-type', e.type).header('etag', e.etag).header('vary', VARY);
    if (e.cacheControl) reply.header('cache-control', e.cacheControl);
    if (req.headers['if-none-match'] === e.etag) return reply.code(304).send();
    const enc = pickEncoding(req);
    if (!enc) return reply.send(e.identity);
    return reply.header('content-encoding', enc).send(encoded(e, enc));
  });
  app.addHook('onResponse', async (req) => finish(req));
  app.addHook('onRequestAbort', async (req) => finish(req));

  // Runs after the ETag hook of security.ts and before compression (a route hook), so it sees the page as text.
  app.addHook('onSend', async (req, reply, payload) => {
    const seen = kinds.get(req);
    if (fromCache.has(req) || !seen) return payload;
    // A signed-in visitor's page is for their browser only; a page that must not be kept at all says so itself.
    if (seen.kind === 'personal' && !/no-store/.test(String(reply.getHeader('cache-control') ?? ''))) {
      reply.header('cache-control', PERSONAL_CACHE_CONTROL);
    }
    if (kindOf(req, reply) !== seen.kind || !storable(req, reply, payload, seen.kind)) {
      finish(req);
      return payload;
    }
    const identity = Buffer.from(payload);
    const etag =
      String(reply.getHeader('etag') ?? '') ||
      `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`;
    const deps = dependenciesOf(req.queryScope!);
    const e: Entry = {
      type: String(reply.getHeader('content-type')),
      etag,
      cacheControl: reply.getHeader('cache-control') as string | undefined,
      identity,
      deps: seen.context ? { ...deps, tables: [...new Set([...seen.context, ...deps.tables])] } : deps,
      expires: Date.now() + lifetime,
    };
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(seen.key, e);
    if (known.size >= 2 * MAX_ENTRIES) known.clear();
    known.add(seen.key);
    finish(req);
    reply.header('etag', etag).header('vary', VARY);
    const enc = pickEncoding(req);
    if (!enc) return payload;
    reply.header('content-encoding', enc);
    return encoded(e, enc);
  });
}

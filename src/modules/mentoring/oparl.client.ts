import { z } from 'zod';
import {
  checkedAddresses,
  type OutboundOptions,
  OutboundRefused,
  type OutboundResponse,
  outboundGet,
} from '../../platform/http/outbound.ts';

// A client for OParl 1.0/1.1 endpoints as they are in the wild: each request has its own timeout, 5xx answers and
// broken JSON are retried a bounded number of times with growing pauses, and the objects are read tolerantly
// ("N/A" and empty strings are no value, a list sent as one object is a list of one, an object sent as a list is
// its first element). What cannot be read at all ends the run with an `OParlError` whose code names the cause.
// Every request (the endpoint, the bodies, each page along `links.next`, each referenced object, every redirect)
// goes through `outboundGet`, which refuses addresses of this machine and the internal network (decision 0227).

/** Why a run stopped; `mentoring.sessions.oparl.error.<code>` says it to staff. */
export const OPARL_ERROR_CODES = [
  'timeout',
  'network',
  'http',
  'json',
  'notFound',
  'notOParl',
  'noBody',
  'forbiddenAddress',
  'forbiddenScheme',
] as const;
export type OParlErrorCode = (typeof OPARL_ERROR_CODES)[number];

export class OParlError extends Error {
  constructor(
    readonly code: OParlErrorCode,
    readonly detail: string,
  ) {
    super(`OParl ${code}: ${detail}`);
  }
}

export interface ClientOptions {
  /** Per request. */
  timeoutMs: number;
  /** Further attempts after the first, on 5xx, broken JSON, timeouts and network errors. */
  retries: number;
  /** The first pause before a retry; doubled each time. */
  backoffMs: number;
  /** At most this many pages of meetings per run. */
  maxPages: number;
  /**
   * Requests may reach private, loopback and other non-public addresses (`OUTBOUND_ALLOW_PRIVATE`, for a council
   * system inside the municipality's own network, and for tests). Absent: refused.
   */
  allowPrivateAddresses?: boolean;
  /** Non-public addresses let through one by one (a test's own server); see `OutboundOptions`. */
  allowAddresses?: readonly string[];
  /** How host names are resolved (default: the system's resolver); tests name their own. */
  resolve?: OutboundOptions['resolve'];
}

export const DEFAULT_CLIENT: ClientOptions = { timeoutMs: 10_000, retries: 2, backoffMs: 500, maxPages: 200 };

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether an error is worth another attempt. */
const retryable = (e: OParlError) =>
  e.code === 'timeout' || e.code === 'network' || e.code === 'json' || e.code === 'http';

/** An OParlError for a failed request: refused addresses and schemes by name, the rest as network trouble. */
function requestError(err: unknown, url: string, aborted: boolean): OParlError {
  if (err instanceof OutboundRefused) {
    // The detail names the URL only, never the address it resolved to (that would map the internal network).
    if (err.reason === 'address') return new OParlError('forbiddenAddress', err.url.slice(0, 400));
    if (err.reason === 'scheme') return new OParlError('forbiddenScheme', err.url.slice(0, 400));
    return new OParlError('network', err.message.slice(0, 400));
  }
  if (aborted) return new OParlError('timeout', url);
  return new OParlError('network', `${url}: ${(err as Error)?.message ?? String(err)}`.slice(0, 400));
}

async function once(url: string, o: ClientOptions): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    let res: OutboundResponse;
    try {
      res = await outboundGet(url, {
        allowPrivateAddresses: o.allowPrivateAddresses === true,
        headers: { accept: 'application/json' },
        signal: controller.signal,
        ...(o.allowAddresses ? { allowAddresses: o.allowAddresses } : {}),
        ...(o.resolve ? { resolve: o.resolve } : {}),
      });
    } catch (err) {
      throw requestError(err, url, controller.signal.aborted);
    }
    if (res.status === 404 || res.status === 410) return undefined;
    if (res.status >= 500) throw new OParlError('http', `${res.status} ${url}`);
    if (res.status >= 400) throw new OParlError('notOParl', `${res.status} ${url}`);
    try {
      return JSON.parse(res.body);
    } catch {
      throw new OParlError('json', url);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why `url` would be refused before any request (its scheme, or an address of this machine or the internal
 * network, its host name resolved), or null. A name that does not resolve now is not refused: the import says so.
 */
export async function refusedUrl(
  url: string,
  o: Pick<ClientOptions, 'allowPrivateAddresses' | 'resolve'>,
): Promise<'forbiddenAddress' | 'forbiddenScheme' | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'forbiddenScheme';
  }
  try {
    await checkedAddresses(parsed, {
      allowPrivateAddresses: o.allowPrivateAddresses === true,
      ...(o.resolve ? { resolve: o.resolve } : {}),
    });
    return null;
  } catch (err) {
    if (err instanceof OutboundRefused && err.reason === 'address') return 'forbiddenAddress';
    if (err instanceof OutboundRefused && err.reason === 'scheme') return 'forbiddenScheme';
    return null;
  }
}

/**
 * GET a JSON document: undefined on 404/410 (some servers answer an empty list that way); 5xx, broken JSON,
 * timeouts and network errors are retried `retries` times with pauses of `backoffMs`, 2×, 4× …; a 4xx other than
 * 404 is no OParl endpoint and is not retried, nor is a refused address or scheme.
 */
export async function getJson(url: string, o: ClientOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(url, o);
    } catch (err) {
      if (!(err instanceof OParlError) || !retryable(err) || attempt >= o.retries) throw err;
      await pause(o.backoffMs * 2 ** attempt);
    }
  }
}

// Tolerant readers: what a field holds when servers disagree on its shape.

const NONE = new Set(['', 'n/a', 'na', 'null', '-', 'none', 'unknown']);

/** A text value, or null for "N/A", empty strings and anything that is no string. */
export const text = z.preprocess((v) => {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return NONE.has(s.toLowerCase()) ? null : s;
}, z.string().nullable());

/** A point in time with its offset, or null (microseconds and missing seconds are read as well). */
export const instant = z.preprocess((v) => {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) return null;
  const d = new Date(s.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d;
}, z.date().nullable());

/** A yes/no, from booleans and the strings servers send. */
export const flag = z.preprocess((v) => {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1' || s === 'yes') return true;
    if (s === 'false' || s === '0' || s === 'no') return false;
  }
  if (v === 1) return true;
  if (v === 0) return false;
  return null;
}, z.boolean().nullable());

/** A list: an array as it is, one object as a list of one, no value as an empty list. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((v) => (Array.isArray(v) ? v : v !== null && typeof v === 'object' ? [v] : []), z.array(z.unknown()))
    .transform((items) =>
      items.flatMap((i) => {
        const r = item.safeParse(i);
        return r.success ? [r.data as z.infer<T>] : [];
      }),
    );

/** One object (or a URL naming it): a list sent where one was meant gives its first element. */
const oneOf = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** An OParl reference: the object embedded, or its URL. */
const reference = z.preprocess(
  oneOf,
  z.union([
    z.string().transform((url) => ({ url, object: null as Record<string, unknown> | null })),
    z.record(z.string(), z.unknown()).transform((object) => ({ url: null as string | null, object })),
  ]),
);

const locationObject = z.object({
  id: text.optional(),
  description: text.optional(),
  streetAddress: text.optional(),
  room: text.optional(),
  postalCode: text.optional(),
  locality: text.optional(),
});

const organizationObject = z.object({ id: text.optional(), name: text.optional(), shortName: text.optional() });
const agendaItem = z.object({ public: flag.optional() });

/** A Meeting as we read it (OParl 1.0 and 1.1). */
export const meetingSchema = z.object({
  id: z.string().min(1).max(1000),
  type: text.optional(),
  name: text.optional(),
  meetingState: text.optional(),
  cancelled: flag.optional(),
  start: instant.optional(),
  end: instant.optional(),
  location: reference.optional().catch(undefined),
  organization: listOf(reference).optional(),
  agendaItem: listOf(agendaItem).optional(),
  web: text.optional(),
  modified: instant.optional(),
  deleted: flag.optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const isMeeting = (o: { type?: string | null }) => !o.type || /\/Meeting$/.test(o.type);

/** The place of a meeting in one line, from a Location object. */
export function locationLine(o: Record<string, unknown> | null): string | null {
  if (!o) return null;
  const l = locationObject.safeParse(o);
  if (!l.success) return null;
  const town = [l.data.postalCode, l.data.locality].filter(Boolean).join(' ');
  const parts = [l.data.description, l.data.room, l.data.streetAddress, town].filter(
    (p): p is string => typeof p === 'string' && p.length > 0,
  );
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.length ? unique.join(', ').slice(0, 500) : null;
}

/** The name of an Organization object. */
export function organizationName(o: Record<string, unknown> | null): string | null {
  if (!o) return null;
  const r = organizationObject.safeParse(o);
  return r.success ? (r.data.name ?? r.data.shortName ?? null) : null;
}

/** The items of a list page: `{data: [...]}`, a bare array, or one object standing for a list of one. */
export function pageItems(doc: unknown): unknown[] {
  if (doc === undefined || doc === null) return [];
  if (Array.isArray(doc)) return doc;
  if (typeof doc !== 'object') return [];
  const data = (doc as { data?: unknown }).data;
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') return [data];
  if ('id' in doc) return [doc];
  return [];
}

/** The next page's URL of a list page, if any. */
export function nextOf(doc: unknown): string | null {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const links = (doc as { links?: unknown }).links;
  if (!links || typeof links !== 'object') return null;
  const next = (links as { next?: unknown }).next;
  return typeof next === 'string' && /^https?:\/\//.test(next) ? next : null;
}

/** A time as OParl filters take it: seconds, UTC, no fraction (some servers refuse microseconds). */
export const filterTime = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** `url` with `modified_since` set (added again when a server's `links.next` dropped it). */
export function withSince(url: string, since: Date | null): string {
  if (!since) return url;
  const u = new URL(url);
  if (!u.searchParams.has('modified_since')) u.searchParams.set('modified_since', filterTime(since));
  return u.toString();
}

/** Warnings of a run: keys `mentoring.sessions.oparl.warning.<code>` with numbers. */
export interface Warning {
  code: 'repeatedPage' | 'pageLimit' | 'unreadable' | 'untitled' | 'filterReadded';
  count: number;
}

export interface MeetingPages {
  meetings: Meeting[];
  warnings: Warning[];
  pages: number;
}

function warn(warnings: Warning[], code: Warning['code'], n = 1) {
  const w = warnings.find((x) => x.code === code);
  if (w) w.count += n;
  else warnings.push({ code, count: n });
}

/**
 * Every meeting of a list, page by page along `links.next` until it is absent: the filter re-added where `next`
 * dropped it, a page URL seen before ends the paging with a warning (each meeting is read once), and at most
 * `maxPages` pages are read. The same meeting on two pages is kept once (the later copy).
 */
export async function meetingPages(first: string, since: Date | null, o: ClientOptions): Promise<MeetingPages> {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const byId = new Map<string, Meeting>();
  let url: string | null = withSince(first, since);
  let pages = 0;
  const keyOf = (u: string) => {
    const x = new URL(u);
    x.searchParams.sort();
    x.hash = '';
    return x.toString();
  };
  while (url) {
    if (seen.has(keyOf(url))) {
      warn(warnings, 'repeatedPage');
      break;
    }
    if (pages >= o.maxPages) {
      warn(warnings, 'pageLimit');
      break;
    }
    seen.add(keyOf(url));
    pages++;
    const doc = await getJson(url, o);
    for (const item of pageItems(doc)) {
      const m = meetingSchema.safeParse(item);
      if (!m.success || !isMeeting(m.data)) {
        warn(warnings, 'unreadable');
        continue;
      }
      byId.delete(m.data.id);
      byId.set(m.data.id, m.data);
    }
    const next = nextOf(doc);
    if (next && since && !new URL(next).searchParams.has('modified_since')) warn(warnings, 'filterReadded');
    url = next ? withSince(next, since) : null;
  }
  return { meetings: [...byId.values()], warnings, pages };
}

/** The type of an OParl object, by suffix (`…/System`, `…/Body`), or null. */
export function typeOf(doc: unknown): string | null {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const type = (doc as { type?: unknown }).type;
  if (typeof type !== 'string') return null;
  return /\/(System|Body|Meeting)$/.exec(type)?.[1] ?? null;
}

/**
 * The URL of the meeting list of a body: from a System (its `body` list, the body named `bodyId` or the first)
 * or from a Body entered directly.
 */
export async function meetingListOf(endpoint: string, bodyId: string | null, o: ClientOptions): Promise<string> {
  const doc = await getJson(endpoint, o);
  if (doc === undefined) throw new OParlError('notFound', endpoint);
  let body: unknown = doc;
  if (typeOf(doc) === 'System') {
    const list = (doc as { body?: unknown }).body;
    const bodies =
      typeof list === 'string'
        ? pageItems(await getJson(list, o))
        : Array.isArray(list)
          ? list
          : list && typeof list === 'object'
            ? [list]
            : [];
    const refs = bodies.map((b) => (typeof b === 'string' ? { id: b } : (b as { id?: unknown })));
    const chosen = bodyId ? refs.find((b) => b && b.id === bodyId) : refs[0];
    if (!chosen) throw new OParlError('noBody', endpoint);
    body = typeof chosen.id === 'string' && Object.keys(chosen).length === 1 ? await getJson(chosen.id, o) : chosen;
  } else if (typeOf(doc) !== 'Body') {
    throw new OParlError('notOParl', endpoint);
  }
  const meeting = oneOf((body as { meeting?: unknown } | undefined)?.meeting);
  if (typeof meeting !== 'string' || !/^https?:\/\//.test(meeting)) throw new OParlError('noBody', endpoint);
  return meeting;
}

/** Fetches the object a reference names (cached per run); null when it cannot be read. */
export async function resolve(
  ref: { url: string | null; object: Record<string, unknown> | null } | undefined,
  cache: Map<string, Record<string, unknown> | null>,
  o: ClientOptions,
): Promise<Record<string, unknown> | null> {
  if (!ref) return null;
  if (ref.object) return ref.object;
  if (!ref.url || !/^https?:\/\//.test(ref.url)) return null;
  if (cache.has(ref.url)) return cache.get(ref.url) ?? null;
  let found: Record<string, unknown> | null = null;
  if (cache.size < 200) {
    try {
      const doc = await getJson(ref.url, { ...o, retries: 0 });
      found = doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
    } catch {
      found = null;
    }
  }
  cache.set(ref.url, found);
  return found;
}

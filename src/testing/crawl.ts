import type { Client } from './app.ts';

/** A POST form found on a page: where it posts and the names of its fields (hidden ones included). */
export interface FoundForm {
  page: string;
  action: string;
  fields: { name: string; type: string }[];
}

const LINK = /<a\b[^>]*\bhref="([^"#]+)"/g;
const FORM = /<form\b[^>]*\bmethod="post"[^>]*>([\s\S]*?)<\/form>/gi;
const ACTION = /\baction="([^"]+)"/;
const FIELD = /<(input|textarea|select)\b[^>]*\bname="([^"]+)"[^>]*>/gi;
const TYPE = /\btype="([^"]+)"/;

function decode(s: string): string {
  return s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * What a URL is an instance of: its path with record ids replaced, and the names (not the values) of its query
 * parameters. `/rooms/<id>?week=2026-W50` and `/rooms/<other id>?week=2026-W51` have one shape.
 */
export function shapeOf(url: string): string {
  const [path = '', query = ''] = url.split('?');
  const names = [...new URLSearchParams(query).keys()].sort().join('&');
  return `${path.replace(ID, ':id')}?${names}`;
}

/**
 * Follows same-site links breadth-first from the start pages (only paths under `prefix`) and collects every
 * POST form the client is shown. Bounded by `maxPages`; links matching `skip` are not followed. With `sameShape`,
 * at most that many links of one shape are followed and that many forms of one shape (action and fields) kept:
 * every kind of page and form is still found, but the crawl no longer grows with the data (each date of each
 * event, each week of a room).
 */
export async function crawlForms(
  client: Client,
  starts: string[],
  options: { prefix: string; maxPages: number; skip?: RegExp; sameShape?: number },
): Promise<{ pages: string[]; forms: FoundForm[] }> {
  const limit = options.sameShape ?? Number.POSITIVE_INFINITY;
  const shapes = new Map<string, number>();
  const within = (shape: string) => {
    const n = shapes.get(shape) ?? 0;
    if (n >= limit) return false;
    shapes.set(shape, n + 1);
    return true;
  };
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const forms = new Map<string, FoundForm>();
  const pages: string[] = [];
  while (queue.length > 0 && pages.length < options.maxPages) {
    const url = queue.shift()!;
    const res = await client.get(url);
    if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/html')) continue;
    pages.push(url);
    for (const m of res.body.matchAll(FORM)) {
      const open = m[0].slice(0, m[0].indexOf('>') + 1);
      const action = decode(ACTION.exec(open)?.[1] ?? url);
      const fields = [...(m[1] ?? '').matchAll(FIELD)].map((f) => ({
        name: decode(f[2]!),
        type: f[1]!.toLowerCase() === 'input' ? (TYPE.exec(f[0])?.[1] ?? 'text') : f[1]!.toLowerCase(),
      }));
      const key = `${action} ${fields.map((f) => f.name).join(',')}`;
      if (!forms.has(key) && within(`form ${shapeOf(action)} ${fields.map((f) => f.name).join(',')}`))
        forms.set(key, { page: url, action, fields });
    }
    for (const m of res.body.matchAll(LINK)) {
      const href = decode(m[1]!).split('#')[0]!;
      if (!href.startsWith(options.prefix) || seen.has(href) || options.skip?.test(href)) continue;
      seen.add(href);
      if (!within(`link ${shapeOf(href)}`)) continue;
      queue.push(href);
    }
  }
  return { pages, forms: [...forms.values()] };
}

/** Turns a route pattern into a regular expression matching its concrete paths. */
export function routePattern(url: string): RegExp {
  const body = url
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}/?(\\?.*)?$`);
}

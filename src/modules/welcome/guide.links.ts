import type { FastifyInstance } from 'fastify';

/** Whether a path of this site (`/de/m/meppen/places`) is a page the application serves. */
export type KnownPath = (path: string) => boolean;

/**
 * A check of the site's own links against the registered GET routes, built once per application. A guide text may
 * link to a page of another part (places, the welcome page) that is not there (yet, or any more): readers get the
 * words without a link rather than a 404.
 */
export function knownPaths(app: FastifyInstance): KnownPath {
  let patterns: RegExp[] | undefined;
  return (path) => {
    patterns ??= app.routeTable
      .filter((r) => r.method === 'GET')
      .map((r) => {
        const body = r.url
          .split('/')
          .map((s) => (s.startsWith(':') ? '[^/]+' : s === '*' ? '.*' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/');
        return new RegExp(`^${body}/?$`);
      });
    const bare = path.split(/[?#]/)[0] ?? path;
    return patterns.some((p) => p.test(bare));
  };
}

/**
 * A clean guide body with its links to pages of this site that do not exist turned into plain words. The body has
 * been through cleanHtml: its links are `<a href="…">` with quoted, entity-encoded values and are never nested.
 */
export function unlinkMissing(cleanBody: string, known: KnownPath): string {
  return cleanBody.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attrs: string, words: string) => {
    const href = (/\bhref="([^"]*)"/.exec(attrs)?.[1] ?? '').replaceAll('&amp;', '&');
    const internal = href.startsWith('/') && !href.startsWith('//');
    return internal && !known(href) ? `<span>${words}</span>` : whole;
  });
}

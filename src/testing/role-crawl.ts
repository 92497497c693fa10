import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { RoleGrant, SessionUser } from '../platform/auth/session-user.ts';
import '../platform/auth/auth-tables.ts';
import type { Database } from '../platform/db/types.ts';
import { decide } from '../platform/http/access.ts';
import type { RouteEntry } from '../platform/http/route-table.ts';
import { queueMail } from '../platform/mail/outbox.ts';
import { probedRoutes } from './access-matrix.ts';
import { routePattern } from './crawl.ts';

/** One visit of the crawl: the status the person saw, where a redirect led, and the links on the page. */
export interface Visit {
  status: number;
  location?: string;
  links: string[];
}

/** What a crawl found: every page with its status, in the order visited. */
export interface CrawlResult {
  visited: { url: string; status: number }[];
}

const LINK = /<a\b[^>]*\bhref="([^"#]+)"/g;

/** The `href`s of a page's links, decoded. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(LINK)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/**
 * Follows links breadth-first from `start`, by links only: same origin, paths under `prefix` (the person's
 * language), never the JSON API. Each distinct URL is visited once, and at most `variants` URLs per path (the
 * feedback link carries the page it was on, which would otherwise multiply every page), and at most `sameShape`
 * paths per shape of path with its ids taken out (every date of every event has its page: a few of them show the
 * page works; all of them would make the crawl grow with the data). Bounded by `maxPages`.
 */
export async function crawlLinks(
  visit: (url: string) => Promise<Visit>,
  start: string,
  options: { prefix: string; maxPages: number; variants?: number; sameShape?: number },
): Promise<CrawlResult> {
  const seen = new Set<string>([start]);
  const perPath = new Map<string, number>([[pathOf(start), 1]]);
  const perShape = new Map<string, Set<string>>([[shapeOf(start), new Set([pathOf(start)])]]);
  const queue = [start];
  const visited: CrawlResult['visited'] = [];
  while (queue.length > 0 && visited.length < options.maxPages) {
    const url = queue.shift()!;
    const v = await visit(url);
    visited.push({ url, status: v.status });
    for (const href of v.location ? [v.location] : v.links) {
      const path = pathOf(href);
      const n = perPath.get(path) ?? 0;
      if (!href.startsWith(options.prefix) || path.includes('/api/') || seen.has(href)) continue;
      if (n >= (options.variants ?? 3)) continue;
      const paths = perShape.get(shapeOf(href)) ?? new Set<string>();
      if (!paths.has(path) && paths.size >= (options.sameShape ?? 4)) continue;
      paths.add(path);
      perShape.set(shapeOf(href), paths);
      seen.add(href);
      perPath.set(path, n + 1);
      queue.push(href);
    }
  }
  return { visited };
}

const pathOf = (href: string) => href.split(/[?#]/)[0] ?? href;
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const shapeOf = (href: string) => pathOf(href).replace(ID, ':id');

/** The signed-in person as the access check sees them, with the second factor done (the demo waiver). */
export async function grantsOf(db: Kysely<Database>, email: string): Promise<SessionUser> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('role_assignments')
    .select(['role', 'municipality_id', 'quartier_id', 'provider_id'])
    .where('user_id', '=', user.id)
    .execute();
  const roles: RoleGrant[] = rows.map((r) => ({
    role: r.role as RoleGrant['role'],
    municipalityId: r.municipality_id,
    quartierId: r.quartier_id,
    providerId: r.provider_id,
  }));
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    roles,
    secondFactorDone: true,
    totpEnabled: false,
    isDemo: true,
  };
}

/**
 * The pages a person may use, from the route table alone: every GET page (not the JSON API, not public pages,
 * which everyone has) whose `config.access` lets this person in, for routes naming a municipality in the one where
 * they hold their roles.
 */
export function allowedPages(app: FastifyInstance, user: SessionUser): RouteEntry[] {
  const home = user.roles.find((r) => r.municipalityId !== null)?.municipalityId ?? null;
  return probedRoutes(app).filter(
    (r) =>
      r.method === 'GET' &&
      r.url.startsWith('/:locale/') &&
      r.access !== undefined &&
      r.access.kind !== 'public' &&
      !r.participantsOnly &&
      decide(r.access, user, /:municipality\b/.test(r.url) ? home : null) === 'allow',
  );
}

/** The allowed pages that no visited URL matched. */
export function unreached(expected: readonly RouteEntry[], visited: CrawlResult['visited']): RouteEntry[] {
  return expected.filter((r) => {
    const pattern = routePattern(r.url);
    return !visited.some((v) => v.status === 200 && pattern.test(v.url));
  });
}

/**
 * A mail in the outbox of each municipality and of the state, so that the outbox links to a record (otherwise a
 * record's page could be reached by no link at all). Feedback comes with the demo seed (the site module's step).
 */
export async function mailsToRead(db: Kysely<Database>): Promise<void> {
  const ms = await db.selectFrom('municipalities').select('id').execute();
  for (const m of [...ms.map((x) => x.id), null]) {
    await queueMail(db, { to: 'someone@example.org', subject: 'Crawl', text: 'Hello.', municipalityId: m });
  }
}

import type { FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { ComponentChild } from 'preact';
import type { Role, SessionUser } from '../auth/session-user.ts';
import type { Database, Tx } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { JobHandler } from '../jobs/queue.ts';
import type { SeedContext } from './seed-context.ts';

/**
 * Where a navigation entry lives: on a municipality's staff pages (`/:locale/m/:municipality/admin/…`), on the
 * state's staff pages (`/:locale/state/…`), or on the public pages of a municipality (`/:locale/m/:municipality/…`).
 */
export type NavScope = 'municipality' | 'state' | 'public';

/** What an entry's `href` is built from. `municipality` is the slug; absent in the state scope. */
export interface NavContext {
  locale: Locale;
  municipality?: string;
}

/** One link of a navigation, shown to those holding one of `roles` in the scope (empty roles: everyone). */
export interface NavEntry {
  /** Stable id, also the `current` marker of the page that belongs to it (`directory.quartiere`). */
  id: string;
  scope: NavScope;
  /** Message key of the link text. */
  label: string;
  href: (ctx: NavContext) => string;
  roles: readonly Role[];
  /** Sort order within the navigation (lower first). */
  order?: number;
}

/**
 * A tile on "My Zuhause" (`/:locale/me`): what a person can do, and optionally how much waits for them
 * (a count that the module computes for this person within the scope; only shown when > 0).
 */
export interface MeEntry {
  id: string;
  /**
   * The place it shows in: the state, a municipality (for holders of `roles` there), or `personal`: the person's
   * own part of the page, for every signed-in person (`roles` empty).
   */
  scope: Exclude<NavScope, 'public'> | 'personal';
  label: string;
  /** Message key of a one-line description. */
  hint?: string;
  href: (ctx: NavContext) => string;
  roles: readonly Role[];
  waiting?: (q: { db: Kysely<Database>; user: SessionUser; municipalityId: string | null }) => Promise<number>;
  order?: number;
}

/** A recurring run of a job kind: `cron` (5 fields: minute hour day-of-month month day-of-week) in Europe/Berlin. */
export interface ScheduleEntry {
  /** Unique name; one run per slot across all processes is keyed by (name, slot time). */
  name: string;
  cron: string;
  /** The job kind enqueued at each slot (a key of some manifest's `jobs`). */
  job: string;
  payload?: unknown;
}

/** One module's part of the demo seed (see ./seed-context.ts for what steps share). */
export interface ManifestSeedStep<Ctx = SeedContext> {
  name: string;
  run(tx: Tx, ctx: Ctx): Promise<void>;
  /**
   * When the step runs: steps run by `order` (default 100), then in manifest order. A step that needs what later
   * manifests seed (e.g. every municipality) takes a higher number.
   */
  order?: number;
}

/** What a Quartier section is loaded for: the Quartier of the public page, in the reader's language. */
export interface QuartierQuery {
  db: Kysely<Database>;
  municipality: { id: string; slug: string; name: string };
  quartier: { id: string; slug: string; name: string };
  locale: Locale;
  /** The reader's translator (the section's texts are in its module's catalogs). */
  t: Translate;
  user: SessionUser | null;
  now: Date;
  /** The site's public address (for links read outside the site: calendar subscriptions). */
  baseUrl: string;
  /**
   * Whether the application answers GET at a route pattern (`/:locale/m/:municipality/events`): a section links
   * to another module's (or part's) page only once that page exists.
   */
  hasPage(pattern: string): boolean;
}

/**
 * A module's part of the public Quartier page (`/:locale/m/:municipality/q/:quartier`): the module reads what it
 * shows for the Quartier and draws it (its own `h2` first), or answers null when it has nothing to show there.
 * The page that owns the route places the sections in `order` (lower first).
 */
export interface QuartierSection {
  /** Stable id, also the section's HTML id (`community-this-week`). */
  id: string;
  order?: number;
  load(q: QuartierQuery): Promise<ComponentChild | null>;
}

/** What a search source is asked: one municipality, the reader's language, the query and its glossary forms. */
export interface SearchQuery {
  municipality: { id: string; slug: string };
  /** The reader's language: a hit in it ranks first. */
  locale: Locale;
  /** What the reader typed (trimmed, at most 200 characters). */
  query: string;
  /**
   * The query and the words the glossary gives for it in every language (`Wohnberechtigungsschein`, `WBS`,
   * `شهادة أحقية السكن` …): a source matches any of them.
   */
  terms: readonly string[];
  /** At most this many hits. */
  limit: number;
  now: Date;
}

/** One public entry a source found: shown as a link with its text; `rank` between 0 (weak) and 1 (best). */
export interface SearchHit {
  title: string;
  /** Plain text (never HTML): the search page escapes it and marks the matched words itself. */
  snippet: string;
  /** The entry's public page, a path starting with `/`. */
  url: string;
  /** The language the title and snippet are written in. */
  locale: string;
  rank: number;
}

/**
 * A module's public entries in the one search of a municipality (`/:locale/m/:municipality/search`): events,
 * flats … The search page asks every manifest's sources without naming a module.
 */
export interface SearchSource {
  /** Stable id (`community.events`). */
  id: string;
  /** Message key naming what the hits are ("Event"). */
  label: string;
  search(db: Kysely<Database>, q: SearchQuery): Promise<SearchHit[]>;
}

/**
 * A module's public face: everything the platform needs to assemble the app from it. A module's `index.ts`
 * exports exactly one manifest (plus the few functions other modules may call); the platform names no module.
 */
export interface ModuleManifest {
  name: string;
  /** The Fastify plugin with the module's routes. */
  routes?: FastifyPluginAsync;
  /** Links on staff pages and public pages, per scope and role. */
  nav?: readonly NavEntry[];
  /** Tiles on "My Zuhause" for the roles that use the module. */
  me?: readonly MeEntry[];
  /** Job handlers by kind. */
  jobs?: Readonly<Record<string, JobHandler>>;
  /** Recurring jobs. */
  schedules?: readonly ScheduleEntry[];
  /** Demo seed steps, run in manifest order, then step order. */
  seed?: readonly ManifestSeedStep[];
  /** Folder with `<locale>.json` message catalogs (e.g. `new URL('./locales/', import.meta.url)`). */
  locales?: URL;
  /** Audit subjects this module writes (`directory.quartier`, …). */
  auditSubjects?: readonly string[];
  /** The tables this module owns; its SQL may touch only these. */
  tables?: readonly string[];
  /** Sections this module adds to the public page of every Quartier. */
  quartierSections?: readonly QuartierSection[];
  /** Sources of public entries for the search across a municipality's pages. */
  search?: readonly SearchSource[];
}

/** A module's routes made of several route plugins, registered in order (for a manifest's `routes`). */
export function routesOf(...plugins: readonly FastifyPluginAsync[]): FastifyPluginAsync {
  return async (app) => {
    for (const plugin of plugins) await app.register(plugin);
  };
}

/** What one part of a module contributes to its manifest (a module of several concerns has one per concern). */
export type ManifestPart = Omit<ModuleManifest, 'name' | 'locales'>;

/**
 * A module's manifest from its parts, each owning its routes, navigation, tiles, jobs, seed steps, audit subjects
 * and tables, so that the parts of a module can grow side by side without one file naming everything.
 */
export function composeManifest(name: string, locales: URL, parts: readonly ManifestPart[]): ModuleManifest {
  const all = <K extends keyof ManifestPart>(key: K) => parts.flatMap((p) => (p[key] ?? []) as unknown[]);
  return {
    name,
    locales,
    routes: routesOf(...parts.flatMap((p) => (p.routes ? [p.routes] : []))),
    nav: all('nav') as NavEntry[],
    me: all('me') as MeEntry[],
    jobs: Object.assign({}, ...parts.map((p) => p.jobs ?? {})),
    schedules: all('schedules') as ScheduleEntry[],
    seed: all('seed') as ManifestSeedStep[],
    auditSubjects: all('auditSubjects') as string[],
    tables: all('tables') as string[],
    quartierSections: all('quartierSections') as QuartierSection[],
    search: all('search') as SearchSource[],
  };
}

import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Engine } from '../db/connection.ts';
import type { PageTenant } from '../db/tenant.ts';
import type { Database } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Messages, Translate } from '../i18n/messages.ts';
import type { ModuleManifest } from '../modules/manifest.ts';
import type { AssetStore } from '../views/assets/assets.ts';
import type { Flash } from '../views/context.ts';
import type { Access } from './access.ts';
import type { RouteEntry } from './route-table.ts';

/** What the application is built from; tests pass their own. */
export interface AppDeps {
  config: Config;
  db: Kysely<Database>;
  engine: Engine;
  messages: Messages;
  /** The clock, so that tests can move time. */
  now: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    assets: AssetStore;
    /** The modules the application was assembled from (navigation, "My Zuhause" and checks read them). */
    manifests: readonly ModuleManifest[];
    /** Every registered route with its access policy (for the access-matrix test). */
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    user: SessionUser | null;
    /** The session token from the cookie, when a session is open. */
    sessionToken: string | null;
    /** The municipality the URL names (`:municipality`), resolved; null where the route has none. */
    tenant: PageTenant | null;
  }
  interface FastifyReply {
    flashMessage: Flash | null;
    /** Sets a one-time message shown on the next page. */
    flash(kind: Flash['kind'], key: string): FastifyReply;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Set false only for machine endpoints that do not use the session cookie. */
    csrf?: boolean;
    /**
     * The page shows one record to the people who take part in it (a conversation's two sides) and is a 404 for
     * everyone else, whatever their role: no role reaches it by a link as such, so the role-journey crawl does not
     * expect it (the module's own tests prove who may open it).
     */
    participantsOnly?: boolean;
  }
}

import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Access } from './access.ts';

/** One registered route as the access-matrix test and the docs see it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
  /** The route declares a schema for its path parameters (`params.ts`). */
  params: boolean;
  /** Opened only by the people of the record it shows (route config `participantsOnly`). */
  participantsOnly: boolean;
}

/** Records every route registered after this call in `app.routeTable` (Fastify keeps no public list). */
export function collectRoutes(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = (route.config as { access?: Access } | undefined)?.access;
    const params = route.schema?.params !== undefined;
    const participantsOnly = (route.config as { participantsOnly?: boolean } | undefined)?.participantsOnly === true;
    for (const method of methods) table.push({ method, url: route.url, access, params, participantsOnly });
  });
}

/** The routes that declare no access policy (denied to everyone at run time, and a bug). */
export function routesWithoutAccess(routes: readonly RouteEntry[]): RouteEntry[] {
  return routes.filter((r) => r.access === undefined);
}

/** The routes with path parameters (`:x`) that declare no params schema: their values would reach the handler unchecked. */
export function routesWithUncheckedParams(routes: readonly RouteEntry[]): RouteEntry[] {
  return routes.filter((r) => /:[A-Za-z]/.test(r.url) && !r.params);
}

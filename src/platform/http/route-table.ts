import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Access } from './access.ts';

/** One registered route as the access-matrix test and the docs see it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

/** Records every route registered after this call in `app.routeTable` (Fastify keeps no public list). */
export function collectRoutes(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = (route.config as { access?: Access } | undefined)?.access;
    for (const method of methods) table.push({ method, url: route.url, access });
  });
}

/** The routes that declare no access policy (denied to everyone at run time, and a bug). */
export function routesWithoutAccess(routes: readonly RouteEntry[]): RouteEntry[] {
  return routes.filter((r) => r.access === undefined);
}

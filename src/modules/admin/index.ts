import type { ModuleEntry } from '../../platform/http/module.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { adminMe, adminNav } from './admin.nav.ts';
import type { FastifyPluginAsync } from 'fastify';
import { adminRoutes } from './admin.routes.ts';
import { startRoutes } from './start.routes.ts';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(startRoutes);
  await app.register(adminRoutes);
};

/**
 * Staff start pages, and staff pages over the platform's records: the mail outbox and the audit log, per
 * municipality and state-wide, and the background jobs.
 */
export const admin: ModuleEntry & ModuleManifest = { name: 'admin', routes, nav: adminNav, me: adminMe };

// The staff list frame, for other modules' staff lists (the feedback inbox) until the platform has one.
export type { Paged } from './admin.service.ts';
export { type AdminArea, AdminNav, ListFrame, type ListPageProps } from './views/parts.tsx';

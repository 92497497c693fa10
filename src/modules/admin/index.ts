import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { adminMe, adminNav } from './admin.nav.ts';
import { adminRoutes } from './admin.routes.ts';
import { startRoutes } from './start.routes.ts';

/** Staff start pages, and staff pages over the platform's records: the mail outbox and the audit log, per municipality and state-wide. */
export const admin: ModuleManifest = {
  name: 'admin',
  routes: routesOf(startRoutes, adminRoutes),
  nav: adminNav,
  me: adminMe,
  locales: new URL('./locales/', import.meta.url),
  // Reading the outbox and the log is itself recorded (the tables are the platform's; see PLATFORM_TABLES).
  auditSubjects: ['mail', 'audit_log'],
  tables: [],
};

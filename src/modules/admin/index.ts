import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { adminRoutes } from './admin.routes.ts';

// The staff lists of this module, in the municipality's area and the state's (jobs are the platform's: state only).
const ADMIN = ['municipality_admin'] as const;
const STATE = ['state_admin'] as const;
const nav = [
  staffEntry('admin.outbox', 'municipality', 'outbox', ADMIN, { label: 'admin.nav.outbox', order: 50 }),
  staffEntry('admin.audit', 'municipality', 'audit', ADMIN, { label: 'admin.nav.audit', order: 51 }),
  staffEntry('admin.outbox', 'state', 'outbox', STATE, { label: 'admin.nav.outbox', order: 50 }),
  staffEntry('admin.audit', 'state', 'audit', STATE, { label: 'admin.nav.audit', order: 51 }),
  staffEntry('admin.jobs', 'state', 'jobs', STATE, { label: 'admin.nav.jobs', order: 60 }),
];

/** Staff pages over the platform's records: the mail outbox and the audit log, per municipality and state-wide. */
export const admin: ModuleManifest = {
  name: 'admin',
  routes: adminRoutes,
  nav,
  locales: new URL('./locales/', import.meta.url),
  // Reading the outbox and the log is itself recorded (the tables are the platform's; see PLATFORM_TABLES).
  auditSubjects: ['mail', 'audit_log'],
  tables: [],
};

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import type { NavEntry } from '../../platform/modules/manifest.ts';
import { adminRoutes } from './admin.routes.ts';

// The staff lists of this module, in the municipality's area and the state's (jobs are the platform's: state only).
const nav: NavEntry[] = [
  ...(['outbox', 'audit'] as const).flatMap((list, i): NavEntry[] => [
    {
      id: `admin.${list}`,
      scope: 'municipality',
      label: `admin.nav.${list}`,
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/${list}`,
      roles: ['municipality_admin'],
      order: 50 + i,
    },
    {
      id: `admin.${list}`,
      scope: 'state',
      label: `admin.nav.${list}`,
      href: (c) => `/${c.locale}/state/${list}`,
      roles: ['state_admin'],
      order: 50 + i,
    },
  ]),
  {
    id: 'admin.jobs',
    scope: 'state',
    label: 'admin.nav.jobs',
    href: (c) => `/${c.locale}/state/jobs`,
    roles: ['state_admin'],
    order: 60,
  },
];

/** Staff pages over the platform's records: the mail outbox and the audit log, per municipality and state-wide. */
export const admin: ModuleManifest = {
  name: 'admin',
  routes: adminRoutes,
  nav,
  me: [],
  locales: new URL('./locales/', import.meta.url),
  // Reading the outbox and the log is itself recorded (the tables are the platform's; see PLATFORM_TABLES).
  auditSubjects: ['mail', 'audit_log'],
  tables: [],
};

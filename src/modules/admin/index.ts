import type { ModuleEntry } from '../../platform/http/module.ts';
import { adminRoutes } from './admin.routes.ts';

/** Staff pages over the platform's records: the mail outbox and the audit log, per municipality and state-wide. */
export const admin: ModuleEntry = { name: 'admin', routes: adminRoutes };

// The staff list frame, for other modules' staff lists (the feedback inbox) until the platform has one.
export type { Paged } from './admin.service.ts';
export { type AdminArea, AdminNav, ListFrame, type ListPageProps } from './views/parts.tsx';

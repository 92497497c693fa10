import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { practiceMe, practiceNav } from './practice.nav.ts';
import { practicePublicRoutes } from './practice.public.routes.ts';
import { practiceSeed } from './practice.seed.ts';
import { practiceStaffRoutes } from './practice.staff.routes.ts';
import { practiceStateRoutes } from './practice.state.routes.ts';

/**
 * The state-wide good-practice library: submitted by municipalities and providers, published by state editors;
 * searchable; "adapt this for my Quartier" copies an example into a draft guide page or a draft event.
 */
export const practicePart: ManifestPart = {
  routes: routesOf(practicePublicRoutes, practiceStaffRoutes, practiceStateRoutes),
  nav: practiceNav,
  me: practiceMe,
  seed: [practiceSeed],
  tables: ['welcome_practices', 'welcome_practice_texts'],
  auditSubjects: ['welcome.practice'],
};

import { type ManifestPart, routesOf } from '../../platform/modules/manifest.ts';
import { interpretersAdminRoutes } from './interpreters.admin.routes.ts';
import { interpretersMe, interpretersNav } from './interpreters.nav.ts';
import { interpretersRoutes } from './interpreters.routes.ts';
import { interpretersAcceptSeed, interpretersSeed } from './interpreters.seed.ts';

/** Interpreters: a municipality's pool with languages and hours, requests from appointments and their acceptance. */
export const interpretersPart: ManifestPart = {
  routes: routesOf(interpretersAdminRoutes, interpretersRoutes),
  nav: interpretersNav,
  me: interpretersMe,
  seed: [interpretersSeed, interpretersAcceptSeed],
  tables: ['counselling_interpreters', 'counselling_interpreter_hours', 'counselling_interpreter_requests'],
  auditSubjects: ['counselling.interpreter', 'counselling.interpreter_request'],
};

import { type ModuleManifest, routesOf } from '../../platform/modules/manifest.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { siteRoutes } from './site.routes.ts';

/** The platform's own pages: portal start, accessibility statement, feedback, Leichte Sprache, privacy. */
export const site: ModuleManifest = {
  name: 'site',
  routes: routesOf(siteRoutes, feedbackRoutes),
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: ['site.feedback'],
  tables: ['feedback'],
};

import type { ModuleEntry } from '../../platform/http/module.ts';
import { siteRoutes } from './site.routes.ts';

/** The platform's own pages: portal start, about, accessibility statement, feedback, plain language. */
export const site: ModuleEntry = { name: 'site', routes: siteRoutes };

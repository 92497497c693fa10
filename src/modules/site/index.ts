import type { FastifyPluginAsync } from 'fastify';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { siteRoutes } from './site.routes.ts';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(siteRoutes);
  await app.register(feedbackRoutes);
};

/** The platform's own pages: portal start, accessibility statement, feedback, Leichte Sprache, privacy. */
export const site: ModuleManifest = {
  name: 'site',
  routes,
  nav: [],
  me: [],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: ['site.feedback'],
  tables: ['feedback'],
};

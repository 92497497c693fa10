import type { FastifyPluginAsync } from 'fastify';
import type { ModuleEntry } from '../../platform/http/module.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { siteRoutes } from './site.routes.ts';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(siteRoutes);
  await app.register(feedbackRoutes);
};

/** The platform's own pages: portal start, accessibility statement, feedback, Leichte Sprache, privacy. */
export const site: ModuleEntry = { name: 'site', routes };

import type { FastifyPluginAsync } from 'fastify';
import { apiRoutes } from './api.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { providersRoutes } from './providers.routes.ts';
import { publicRoutes } from './public.routes.ts';
import { quartiereRoutes } from './quartiere.routes.ts';
import { stateRoutes } from './state.routes.ts';
import { translationsRoutes } from './translations.routes.ts';

/** Every route of the directory module. */
export const directoryRoutes: FastifyPluginAsync = async (app) => {
  await app.register(publicRoutes);
  await app.register(quartiereRoutes);
  await app.register(translationsRoutes);
  await app.register(providersRoutes);
  await app.register(peopleRoutes);
  await app.register(stateRoutes);
  await app.register(apiRoutes);
};

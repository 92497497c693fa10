import type { FastifyPluginAsync } from 'fastify';

/** A module as the application sees it: a name and its routes plugin. */
export interface ModuleEntry {
  name: string;
  routes: FastifyPluginAsync;
}

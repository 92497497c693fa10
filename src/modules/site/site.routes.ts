import type { FastifyPluginAsync } from 'fastify';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { sendPage } from '../../platform/views/render.ts';
import { HomePage } from './views/home-page.tsx';

/** Portal pages. `/` answers in the negotiated language; `/:locale/` in the chosen one. */
export const siteRoutes: FastifyPluginAsync = async (app) => {
  const home = async (req: Parameters<typeof sendPage>[0], reply: Parameters<typeof sendPage>[1]) => {
    const municipalities = await listMunicipalities(app.deps.db);
    return sendPage(req, reply, (ctx) => HomePage({ ctx, municipalities }));
  };
  app.get('/', { config: { access: PUBLIC } }, home);
  app.get('/:locale', { config: { access: PUBLIC } }, async (req, reply) => {
    if (req.locale !== (req.params as { locale: string }).locale) return reply.callNotFound();
    return home(req, reply);
  });
};

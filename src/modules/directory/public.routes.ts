import type { FastifyPluginAsync } from 'fastify';
import { notFound } from '../../platform/http/app-error.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { sendPage } from '../../platform/views/render.ts';
import { municipalityOverview } from './municipalities.service.ts';
import { checkLocale } from './route-helpers.ts';
import { MunicipalityPage, QuartierPage } from './views/municipality-page.tsx';

/** A municipality's public start page and its Quartier pages. */
export const publicRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;

  app.get('/:locale/m/:municipality', { config: { access: PUBLIC } }, async (req, reply) => {
    checkLocale(req);
    const o = await municipalityOverview(db, req.tenant!.slug);
    if (!o) throw notFound('municipality');
    return sendPage(req, reply, (ctx) => MunicipalityPage({ ctx, o }));
  });

  app.get<{ Params: { quartier: string } }>(
    '/:locale/m/:municipality/q/:quartier',
    { config: { access: PUBLIC } },
    async (req, reply) => {
      checkLocale(req);
      const o = await municipalityOverview(db, req.tenant!.slug);
      const q = o?.quartiere.find((x) => x.slug === req.params.quartier);
      if (!o || !q) throw notFound('quartier');
      return sendPage(req, reply, (ctx) => QuartierPage({ ctx, o, q }));
    },
  );
};

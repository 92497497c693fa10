import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../platform/http/app-error.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { municipalityParams, pageTenant, slug } from '../../platform/http/params.ts';
import { loadQuartierSections } from '../../platform/modules/quartier-sections.ts';
import { sendPage } from '../../platform/views/render.ts';
import { municipalityOverview } from './municipalities.service.ts';
import { MunicipalityPage, QuartierPage } from './views/municipality-page.tsx';

/** A municipality's public start page and its Quartier pages (with the sections modules contribute). */
export const publicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/m/:municipality',
    { config: { access: PUBLIC }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const o = await municipalityOverview(db, pageTenant(req).slug);
      if (!o) throw notFound('municipality');
      return sendPage(req, reply, (ctx) => MunicipalityPage({ ctx, o }));
    },
  );

  app.get(
    '/:locale/m/:municipality/q/:quartier',
    { config: { access: PUBLIC }, schema: { params: municipalityParams.extend({ quartier: slug }) } },
    async (req, reply) => {
      const o = await municipalityOverview(db, pageTenant(req).slug);
      const q = o?.quartiere.find((x) => x.slug === req.params.quartier);
      if (!o || !q) throw notFound('quartier');
      // What the modules add for this Quartier (events, rooms, help …), each under its own heading.
      const sections = await loadQuartierSections(app.manifests, {
        db,
        municipality: { id: o.municipality.id, slug: o.municipality.slug, name: o.municipality.name },
        quartier: { id: q.id, slug: q.slug, name: q.name },
        locale: req.locale,
        t: req.t,
        user: req.user,
        now: app.deps.now(),
        baseUrl: app.deps.config.baseUrl,
        hasPage: (url) => app.hasRoute({ method: 'GET', url }),
      });
      return sendPage(req, reply, (ctx) => QuartierPage({ ctx, o, q, sections }));
    },
  );
};

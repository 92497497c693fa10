import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { figuresCsv, figureTables } from './day.figures.ts';
import { contactGroups, noShowGroups, servicesWithTitles } from './day.figures.repository.ts';
import { FIGURES_ROLES } from './day.policy.ts';
import { DAY_ZONE } from './day.routes.ts';
import { figuresQuery } from './day.schema.ts';
import { localDay } from './slots.ts';
import { FiguresPage } from './views/day-figures.tsx';

const base = '/:locale/m/:municipality/admin/counselling/figures';

/** The anonymous contact figures: per month and service, small cells shown as "< 5"; also as CSV. */
export const figuresRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const route = {
    config: { access: inMunicipality(...FIGURES_ROLES) },
    schema: { params: municipalityParams, querystring: figuresQuery },
  };

  async function figures(req: FastifyRequest, t: PageTenant, q: { year?: number; service?: string }) {
    const year = q.year ?? Number(localDay(app.deps.now(), DAY_ZONE).slice(0, 4));
    const serviceId = q.service ?? null;
    const services = await servicesWithTitles(db, t, req.locale);
    const [groups, noShows] = await Promise.all([
      contactGroups(db, t, { year, serviceId }),
      noShowGroups(db, t, { year, serviceId }),
    ]);
    return { year, serviceId, services, tables: figureTables(services, groups, noShows) };
  }

  app.get(base, route, async (req, reply) => {
    const t = pageTenant(req);
    const f = await figures(req, t, req.query);
    return sendPage(req, reply, (ctx) => FiguresPage({ ctx, tenant: t, ...f }));
  });

  app.get(`${base}.csv`, route, async (req, reply) => {
    const t = pageTenant(req);
    const f = await figures(req, t, req.query);
    // Counts only leave the platform, but an export is recorded all the same.
    await audit(db, {
      actor: req.user!.id,
      municipalityId: t.municipalityId,
      action: 'export',
      subjectType: 'counselling.contact',
      subjectId: f.serviceId,
      reason: 'counselling.day.figures.exported',
      requestId: req.id,
      at: app.deps.now(),
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="beratungskontakte-${f.year}.csv"`)
      .header('cache-control', 'no-store')
      .send(figuresCsv(req.t, f.year, f.tables));
  });
};

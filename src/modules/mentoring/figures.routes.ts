import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { cyclesOf, findProgramme, findProgrammeTitle, isProgrammeStaff } from './core.repository.ts';
import { computeFigures, figureLines, figuresCsv, PLAIN_FORMAT } from './figures.ts';
import { feedbackOf, heldPairingsOf, menteesOf, outcomesOf } from './figures.repository.ts';
import { figuresParams, figuresQuery } from './figures.schema.ts';
import { RUN_PROGRAMMES } from './mentoring.policy.ts';
import { FiguresPage } from './views/figures-page.tsx';

const base = '/:locale/m/:municipality/admin/mentoring/:programme/figures';

/** A programme's figures for its staff: counts only, small cells suppressed, for all cycles or one; also as CSV. */
export const figuresRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const route = { config: { access: RUN_PROGRAMMES }, schema: { params: figuresParams, querystring: figuresQuery } };

  async function figures(req: FastifyRequest, t: PageTenant, slug: string, cycleId: string | undefined) {
    const programme = await findProgramme(db, t, slug);
    if (!programme) throw notFound('mentoring.programme');
    // The role admits the municipality's staff; only the programme's own staff see its figures.
    if (!(await isProgrammeStaff(db, t, programme.id, req.user!.id))) throw forbidden();
    const cycles = await cyclesOf(db, t, programme.id);
    const cycle = cycleId ? (cycles.find((c) => c.id === cycleId) ?? null) : null;
    if (cycleId && !cycle) throw notFound('mentoring.cycle');
    const scope = { programmeId: programme.id, cycleId: cycle?.id ?? null };
    const [title, mentees, pairings, feedback, outcomes] = await Promise.all([
      findProgrammeTitle(db, t, programme.id, req.locale),
      menteesOf(db, t, scope),
      heldPairingsOf(db, t, scope),
      feedbackOf(db, t, scope),
      outcomesOf(db, t, scope),
    ]);
    return {
      programme,
      title: title ?? programme.slug,
      cycles,
      cycle,
      figures: computeFigures({ mentees, pairings, feedback, outcomes }),
    };
  }

  app.get(base, route, async (req, reply) => {
    const t = pageTenant(req);
    const f = await figures(req, t, req.params.programme, req.query.cycle);
    return sendPage(req, reply, (ctx) => FiguresPage({ ctx, tenant: t, ...f }));
  });

  app.get(`${base}.csv`, route, async (req, reply) => {
    const t = pageTenant(req);
    const f = await figures(req, t, req.params.programme, req.query.cycle);
    const lines = figureLines(req.t, f.figures, PLAIN_FORMAT);
    // Counts only leave the platform, but an export is recorded all the same.
    await audit(db, {
      actor: req.user!.id,
      municipalityId: t.municipalityId,
      action: 'export',
      subjectType: 'mentoring.figures',
      subjectId: f.cycle?.id ?? f.programme.id,
      reason: 'mentoring.figures.exported',
      requestId: req.id,
      at: app.deps.now(),
    });
    const name = `${f.programme.slug}${f.cycle ? `-${f.cycle.name.replace(/[^A-Za-z0-9]+/g, '-')}` : ''}`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="mentoring-figures-${name}.csv"`)
      .header('cache-control', 'no-store')
      .send(figuresCsv(req.t, lines));
  });
};

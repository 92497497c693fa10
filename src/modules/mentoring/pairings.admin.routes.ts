import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { municipalityParams, pageTenant, slug, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { sendPage } from '../../platform/views/render.ts';
import { findCycle, findProgramme, isProgrammeStaff } from './core.repository.ts';
import { RUN_PROGRAMMES } from './mentoring.policy.ts';
import { activitiesOfCycle, pairingsOfCycle } from './pairings.admin.repository.ts';
import { finishCycleUseCase } from './pairings.admin.service.ts';
import { PairingsAdminPage } from './views/pairings-admin.tsx';
import { cycleCertificateCounts } from './certificates.read.ts';

const cycleParams = municipalityParams.extend({ programme: slug, cycle: uuid });
const staffOnly = { config: { access: RUN_PROGRAMMES }, schema: { params: cycleParams } };

/** The staff's page of a cycle's pairings (attended activities, the logs) and the cycle's end. */
export const pairingsAdminRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  /** The programme and cycle, for the programme's own staff only (anyone else: 404, as for an unknown id). */
  async function staffCycle(req: FastifyRequest, t: PageTenant, programmeKey: string, cycleId: string) {
    const programme = await findProgramme(db, t, programmeKey);
    if (!programme || !(await isProgrammeStaff(db, t, programme.id, req.user!.id)))
      throw notFound('mentoring_programme');
    const cycle = await findCycle(db, t, cycleId);
    if (!cycle || cycle.programmeId !== programme.id) throw notFound('mentoring_cycle');
    const url = `/${req.locale}/m/${t.slug}/admin/mentoring/${programme.slug}/cycles/${cycle.id}/pairings`;
    return { programme, cycle, url };
  }

  app.get(
    '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/pairings',
    staffOnly,
    async (req, reply) => {
      const t = pageTenant(req);
      const { programme, cycle } = await staffCycle(req, t, req.params.programme, req.params.cycle);
      const [pairings, activities, certificates] = await Promise.all([
        pairingsOfCycle(db, t, cycle.id),
        activitiesOfCycle(db, t, cycle.id),
        cycleCertificateCounts(db, t, cycle.id),
      ]);
      return sendPage(req, reply, (ctx) =>
        PairingsAdminPage({ ctx, tenant: t, programme, cycle, pairings, activities, certificates }),
      );
    },
  );

  app.post(
    '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/finish',
    staffOnly,
    async (req, reply) => {
      const t = pageTenant(req);
      const { cycle, url } = await staffCycle(req, t, req.params.programme, req.params.cycle);
      const v = { cycleId: cycle.id, required: cycle.activitiesRequired };
      try {
        await runUseCase('mentoring.workspace.finish', requestCall(req, t), (uc) => finishCycleUseCase(uc, v));
      } catch (err) {
        if (err instanceof AppError && err.status === 409)
          return redirectAfterPost(reply, url, { kind: 'danger', key: err.messageKey });
        throw err;
      }
      return redirectAfterPost(reply, url, { kind: 'success', key: 'mentoring.workspace.finish.done' });
    },
  );
};

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { AppError, forbidden, notFound } from '../../platform/http/app-error.ts';
import { municipalityParams, pageTenant, slug, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { findCycle, findProgramme, isProgrammeStaff, programmeTitle } from './core.repository.ts';
import { balanceFigures, cycleMentors, pairingsOfCycle, unpairedMentees } from './matching.repository.ts';
import { fixedPairForm } from './matching.schema.ts';
import { dropProposal, fixPair, type MatchingMailEnv, publishProposals, runMatching } from './matching.service.ts';
import { balanceReport } from './matching.solve.ts';
import { RUN_PROGRAMMES } from './mentoring.policy.ts';
import { MatchingPage } from './views/matching-page.tsx';

const cycleParams = municipalityParams.extend({ programme: slug, cycle: uuid });
const proposalParams = cycleParams.extend({ id: uuid });
const staff = { config: { access: RUN_PROGRAMMES }, schema: { params: cycleParams } };
const PATH = '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/matching';

/** The programme and cycle of the URL, for a person on the programme's staff list (others: 403; unknown ids: 404). */
async function staffCycle(req: FastifyRequest, p: { programme: string; cycle: string }) {
  const db = req.server.deps.db;
  const t = pageTenant(req);
  const programme = await findProgramme(db, t, p.programme);
  const cycle = programme ? await findCycle(db, t, p.cycle) : null;
  if (!programme || !cycle || cycle.programmeId !== programme.id) throw notFound('mentoring_cycle');
  if (!(await isProgrammeStaff(db, t, programme.id, req.user!.id))) throw forbidden();
  const url = `/${req.locale}/m/${t.slug}/admin/mentoring/${programme.slug}/cycles/${cycle.id}/matching`;
  return { t, programme, cycle, url };
}

type StaffCycle = Awaited<ReturnType<typeof staffCycle>>;

export function matchingMailEnv(req: FastifyRequest, t: PageTenant): MatchingMailEnv {
  return { baseUrl: req.server.deps.config.baseUrl, messages: req.server.deps.messages, slug: t.slug };
}

/** The matching page of a cycle: fixed pairs, a run, the proposals with their reasons, the balance report, publish. */
export const matchingRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  async function page(req: FastifyRequest, c: StaffCycle) {
    const { t, programme, cycle } = c;
    const [title, pairings, pool, mentors, figures] = await Promise.all([
      programmeTitle(db, t, programme.id, req.locale),
      pairingsOfCycle(db, t, cycle.id),
      unpairedMentees(db, t, cycle.id),
      cycleMentors(db, t, cycle.id),
      balanceFigures(db, t, cycle.id),
    ]);
    const balance = balanceReport({ targetPercent: programme.womenTargetPercent, places: cycle.places, ...figures });
    const props = { tenant: t, title, cycle, url: c.url, pairings, pool, mentors, balance };
    return (state: FormState) => (ctx: Parameters<typeof MatchingPage>[0]['ctx']) =>
      MatchingPage({ ctx, ...props, state });
  }

  app.get(PATH, staff, async (req, reply) => {
    const c = await staffCycle(req, req.params);
    return sendPage(req, reply, (await page(req, c))(emptyForm()));
  });

  app.post(`${PATH}/fixed`, staff, async (req, reply) => {
    const c = await staffCycle(req, req.params);
    const view = await page(req, c);
    return submitForm(req, reply, fixedPairForm, view, 'mentoring.matching.fixed.done', async (input) => {
      await runUseCase('mentoring.matching.fixed', requestCall(req, c.t), (uc) =>
        fixPair(uc, { cycleId: c.cycle.id, menteeId: input.menteeId, mentorId: input.mentorId }),
      );
      return c.url;
    });
  });

  app.post(`${PATH}/run`, staff, async (req, reply) => {
    const c = await staffCycle(req, req.params);
    await runUseCase('mentoring.matching.run', requestCall(req, c.t), (uc) => runMatching(uc, c.programme, c.cycle.id));
    return redirectAfterPost(reply, `${c.url}#proposals`, { kind: 'success', key: 'mentoring.matching.run.done' });
  });

  app.post(`${PATH}/publish`, staff, async (req, reply) => {
    const c = await staffCycle(req, req.params);
    const env = matchingMailEnv(req, c.t);
    const r = await runUseCase('mentoring.matching.publish', requestCall(req, c.t), (uc) =>
      publishProposals(uc, c.cycle.id, env),
    );
    const key =
      r.published === 0
        ? 'mentoring.matching.publish.nothing'
        : r.skipped > 0
          ? 'mentoring.matching.publish.partly'
          : 'mentoring.matching.publish.done';
    return redirectAfterPost(reply, `${c.url}#proposals`, { kind: r.published === 0 ? 'warning' : 'success', key });
  });

  app.post(
    `${PATH}/proposals/:id/drop`,
    { config: { access: RUN_PROGRAMMES }, schema: { params: proposalParams } },
    async (req, reply) => {
      const c = await staffCycle(req, req.params);
      try {
        await runUseCase('mentoring.matching.drop', requestCall(req, c.t), (uc) =>
          dropProposal(uc, c.cycle.id, req.params.id),
        );
      } catch (err) {
        if (err instanceof AppError && err.status === 409) {
          return redirectAfterPost(reply, `${c.url}#proposals`, { kind: 'warning', key: err.messageKey });
        }
        throw err;
      }
      return redirectAfterPost(reply, `${c.url}#proposals`, { kind: 'success', key: 'mentoring.matching.drop.done' });
    },
  );
};

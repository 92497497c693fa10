import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { conflict, notFound } from '../../platform/http/app-error.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityIdParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { freeFlats, waitingList } from './office.repository.ts';
import { OFFICE } from './office.routes.ts';
import { confirmProposals } from './rounds.confirm.ts';
import { explainForHousehold } from './rounds.explain.ts';
import { householdOfOwner } from './rounds.offers.ts';
import { confirmForm, confirmOneForm, roundForm, runForm } from './rounds.schema.ts';
import { createRound, previewRound, runRound } from './rounds.service.ts';
import { proposalView, roundView } from './rounds.views-data.ts';
import { HouseholdWhyPage } from './views/round-household.tsx';
import { ProposalPage } from './views/round-proposal.tsx';
import { RoundNewPage } from './views/round-new.tsx';
import { RoundPage } from './views/round-page.tsx';

const list = { config: { access: OFFICE }, schema: { params: municipalityParams } };
const one = { config: { access: OFFICE }, schema: { params: municipalityIdParams } };
const proposalParams = municipalityIdParams.extend({ householdId: uuid });
const proposal = { config: { access: OFFICE }, schema: { params: proposalParams } };

/** Matching rounds: choose, preview, run (inline or as a job), compare, explain, confirm; the household's "why". */
export const roundsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/housing/rounds';
  const href = (req: FastifyRequest, t: PageTenant, id: string) =>
    `/${req.locale}/m/${t.slug}/admin/housing/rounds/${id}`;
  const translatorFor = (l: Parameters<typeof app.deps.messages.translator>[0]) => app.deps.messages.translator(l);

  app.get(`${base}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    const [waiting, flats] = await Promise.all([waitingList(db, t), freeFlats(db, t)]);
    const state = emptyForm({ householdScope: 'all', flatScope: 'all' });
    return sendPage(req, reply, (ctx) => RoundNewPage({ ctx, tenant: t, state, waiting, flats }));
  });

  app.post(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const [waiting, flats] = await Promise.all([waitingList(db, t), freeFlats(db, t)]);
    const page = (state: FormState) => (ctx: ViewContext) => RoundNewPage({ ctx, tenant: t, state, waiting, flats });
    return submitForm(req, reply, roundForm, page, 'housing.office.round.created', async (input) => {
      const id = await runUseCase('housing.round.create', requestCall(req, t), (uc) => createRound(uc, input));
      return href(req, t, id);
    });
  });

  app.get(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const v = await roundView(db, t, req.params.id);
    if (!v) throw notFound('housing.round');
    return sendPage(req, reply, (ctx) => RoundPage({ ctx, tenant: t, v, state: emptyForm() }));
  });

  app.post(`${base}/:id/preview`, one, async (req, reply) => {
    const t = pageTenant(req);
    await runUseCase('housing.round.preview', requestCall(req, t), (uc) => previewRound(uc, req.params.id));
    return redirectAfterPost(reply, href(req, t, req.params.id), {
      kind: 'success',
      key: 'housing.office.round.previewed',
    });
  });

  app.post(`${base}/:id/run`, one, async (req, reply) => {
    const t = pageTenant(req);
    const v = await roundView(db, t, req.params.id);
    if (!v) throw notFound('housing.round');
    const page = (state: FormState) => (ctx: ViewContext) => RoundPage({ ctx, tenant: t, v, state });
    return submitForm(req, reply, runForm, page, 'housing.office.round.started', async (input) => {
      await runUseCase('housing.round.run', requestCall(req, t), (uc) => runRound(uc, req.params.id, input.policy));
      return href(req, t, req.params.id);
    });
  });

  app.post(`${base}/:id/confirm`, one, async (req, reply) => {
    const t = pageTenant(req);
    const v = await roundView(db, t, req.params.id);
    if (!v) throw notFound('housing.round');
    const page = (state: FormState) => (ctx: ViewContext) => RoundPage({ ctx, tenant: t, v, state });
    return submitForm(req, reply, confirmForm, page, 'housing.office.proposals.done', async (input) => {
      const ids = Array.isArray(input.household) ? input.household : [input.household];
      const items = ids.map((householdId) => ({ householdId }));
      await runUseCase('housing.round.confirm', requestCall(req, t), (uc) =>
        confirmProposals(uc, req.params.id, items, translatorFor),
      );
      return href(req, t, req.params.id);
    });
  });

  app.get(`${base}/:id/proposals/:householdId`, proposal, async (req, reply) => {
    const t = pageTenant(req);
    const v = await proposalView(db, t, req.params.id, req.params.householdId);
    if (!v) throw notFound('housing.proposal');
    return sendPage(req, reply, (ctx) => ProposalPage({ ctx, tenant: t, v, state: emptyForm() }));
  });

  app.post(`${base}/:id/proposals/:householdId/confirm`, proposal, async (req, reply) => {
    const t = pageTenant(req);
    const { id, householdId } = req.params;
    const v = await proposalView(db, t, id, householdId);
    if (!v) throw notFound('housing.proposal');
    // Decided once: a second confirmation of the same proposal is a conflict, not a form to correct.
    if (v.confirmed || !v.confirmable) throw conflict('housing.round.decided', 'housing.office.confirm.already');
    const page = (state: FormState) => (ctx: ViewContext) => ProposalPage({ ctx, tenant: t, v, state });
    return submitForm(req, reply, confirmOneForm, page, 'housing.office.proposals.done', async (input) => {
      const item = { householdId, flatId: input.flatId, reason: input.reason };
      await runUseCase('housing.round.confirm', requestCall(req, t), (uc) =>
        confirmProposals(uc, id, [item], translatorFor),
      );
      return href(req, t, id);
    });
  });

  // The household's own "why this flat / why not yet", for a resident owning a household profile (the household
  // page of the apply part renders the same section; this page stands until it does).
  app.get(
    '/:locale/m/:municipality/housing/round',
    { config: { access: inMunicipality('resident') }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const household = req.user ? await householdOfOwner(db, t, req.user.id) : undefined;
      const explanation = household ? await explainForHousehold(db, t, household.id, req.locale) : null;
      return sendPage(req, reply, (ctx) =>
        HouseholdWhyPage({ ctx, tenant: t, explanation, hasHousehold: household !== undefined }),
      );
    },
  );
};

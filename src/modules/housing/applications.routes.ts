import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant, Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { inMunicipality, SIGNED_IN } from '../../platform/http/access.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { fitOf } from './applications.fit.ts';
import type { NotifyEnv } from './applications.notify.ts';
import {
  applicantsOfFlat,
  applicationsOfHousehold,
  findApplication,
  findFlatForApplication,
  flatsWithApplicants,
} from './applications.repository.ts';
import {
  acceptError,
  acceptOffer,
  applyToFlat,
  flatInScope,
  householdStep,
  landlordScope,
  landlordStep,
} from './applications.service.ts';
import { householdIdOfOwner, recentNotices } from './households.repository.ts';
import type { HouseholdView } from './households.service.ts';
import { bookForm, bookViewing, createSlot, slotForm } from './viewings.service.ts';
import { slotsOfFlat } from './viewings.repository.ts';
import { ApplicantsOverviewPage, ApplicantsPage, ApplyPage } from './views/application-pages.tsx';
import type { HouseholdPageData } from './views/household-page.tsx';

const LANDLORDS = inMunicipality('landlord', 'municipality_admin');
const applyForm = z.object({ message: z.string().max(2000).optional() });
const offerForm = z.object({ offerReason: z.string().min(1).max(2000) });
const stepParams = municipalityIdParams.extend({ step: z.enum(['shortlist', 'viewing', 'reject']) });
const householdStepParams = municipalityIdParams.extend({ step: z.enum(['accept', 'decline', 'withdraw']) });

/** What the household's page shows besides the profile: its applications, what's new, the slots it may book. */
export async function householdPageData(
  db: Executor,
  t: Tenant,
  view: HouseholdView,
  now: Date,
): Promise<HouseholdPageData> {
  const [applications, notices] = await Promise.all([
    applicationsOfHousehold(db, t, view.household.id),
    recentNotices(db, t, view.household.id),
  ]);
  const slots: HouseholdPageData['slots'] = {};
  // Slots still to come, and the one the household booked (a past free slot cannot be booked any more).
  for (const a of applications.filter((x) => x.status === 'viewing')) {
    const all = await slotsOfFlat(db, t, a.flat_id);
    slots[a.flat_id] = all.filter((s) => s.application_id === a.id || (!s.application_id && s.starts_at > now));
  }
  return { view, applications, notices, slots };
}

/** Applying to flats, the household's answers, and the landlord's applicant pages and steps. */
export const applicationsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const env = (t: PageTenant): NotifyEnv => ({
    baseUrl: app.deps.config.baseUrl,
    messages: app.deps.messages,
    slug: t.slug,
  });
  const home = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/housing/household`;
  const ownHousehold = async (req: FastifyRequest, t: PageTenant) => householdIdOfOwner(db, t, req.user!.id);
  const one = { config: { access: SIGNED_IN }, schema: { params: municipalityIdParams } };

  /** A conflict on the household's own step (offer gone, slot taken): back to its page with the clear message. */
  async function householdAct(
    req: FastifyRequest,
    reply: FastifyReply,
    t: PageTenant,
    flash: string,
    act: () => Promise<unknown>,
  ) {
    try {
      await act();
    } catch (err) {
      const e = acceptError(err);
      if (e instanceof AppError && e.status === 409)
        return redirectAfterPost(reply, home(req, t), { kind: 'danger', key: e.messageKey });
      throw e;
    }
    return redirectAfterPost(reply, home(req, t), { kind: 'success', key: flash });
  }

  async function applyPage(req: FastifyRequest, t: PageTenant, flatId: string) {
    const flat = await findFlatForApplication(db, t, flatId);
    if (flat?.status !== 'published') throw notFound('flat');
    return { flat, householdId: await ownHousehold(req, t) };
  }

  app.get('/:locale/m/:municipality/flats/:id/apply', one, async (req, reply) => {
    const t = pageTenant(req);
    const { flat, householdId } = await applyPage(req, t, req.params.id);
    const state = emptyForm();
    return sendPage(req, reply, (ctx) =>
      ApplyPage({ ctx, tenant: t, flat, hasHousehold: householdId !== null, state }),
    );
  });

  app.post('/:locale/m/:municipality/flats/:id/apply', one, async (req, reply) => {
    const t = pageTenant(req);
    const { flat, householdId } = await applyPage(req, t, req.params.id);
    if (!householdId) return reply.redirect(`${home(req, t)}/new`, 303);
    const page = (state: FormState) => (ctx: ViewContext) =>
      ApplyPage({ ctx, tenant: t, flat, hasHousehold: true, state });
    return submitForm(req, reply, applyForm, page, 'housing.apply.submitted', async (input) => {
      const v = { flatId: flat.id, householdId, message: input.message ?? null };
      try {
        await runUseCase('housing.apply', requestCall(req, t), (uc) => applyToFlat(uc, env(t), v));
      } catch (err) {
        if (!(err instanceof AppError && err.status === 409)) throw err;
        throw new AppError(err.code, 422, err.messageKey, {}, { message: { key: err.messageKey } });
      }
      return `${home(req, t)}#applications`;
    });
  });

  app.post(
    '/:locale/m/:municipality/housing/applications/:id/:step',
    { ...one, schema: { params: householdStepParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const householdId = await ownHousehold(req, t);
      if (!householdId) throw notFound('application');
      const { id: applicationId, step } = req.params;
      const call = requestCall(req, t);
      return householdAct(req, reply, t, `housing.apply.done.${step}`, () =>
        step === 'accept'
          ? runUseCase('housing.apply.accept', call, (uc) => acceptOffer(uc, env(t), { applicationId, householdId }))
          : runUseCase(`housing.apply.${step}`, call, (uc) =>
              householdStep(uc, env(t), { applicationId, householdId, step }),
            ),
      );
    },
  );

  app.post('/:locale/m/:municipality/housing/applications/:id/book', one, async (req, reply) => {
    const t = pageTenant(req);
    const householdId = await ownHousehold(req, t);
    if (!householdId) throw notFound('application');
    const parsed = bookForm.safeParse(req.body);
    if (!parsed.success)
      return redirectAfterPost(reply, home(req, t), { kind: 'danger', key: 'housing.apply.error.chooseSlot' });
    const v = { applicationId: req.params.id, householdId, slotId: parsed.data.slotId };
    return householdAct(req, reply, t, 'housing.apply.done.book', () =>
      runUseCase('housing.viewing.book', requestCall(req, t), (uc) => bookViewing(uc, env(t), v)),
    );
  });

  // The landlord's side: its flats with applicants, one flat's applicants, the steps, the viewing slots.
  const admin = '/:locale/m/:municipality/admin/housing';
  const flatUrl = (req: FastifyRequest, t: PageTenant, id: string) =>
    `/${req.locale}/m/${t.slug}/admin/housing/flats/${id}/applicants`;

  app.get(
    `${admin}/applicants`,
    { config: { access: LANDLORDS }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const flats = await flatsWithApplicants(db, t, landlordScope(req.user, t));
      return sendPage(req, reply, (ctx) => ApplicantsOverviewPage({ ctx, tenant: t, flats }));
    },
  );

  async function applicantsData(req: FastifyRequest, t: PageTenant, flatId: string) {
    const flat = await flatInScope(db, t, landlordScope(req.user, t), flatId);
    const [rows, slots] = await Promise.all([applicantsOfFlat(db, t, flat.id), slotsOfFlat(db, t, flat.id)]);
    const now = app.deps.now();
    return { flat, slots, applicants: rows.map((row) => ({ row, fit: fitOf(flat, row, now) })) };
  }

  const landlordOne = { config: { access: LANDLORDS }, schema: { params: municipalityIdParams } };
  app.get(`${admin}/flats/:id/applicants`, landlordOne, async (req, reply) => {
    const t = pageTenant(req);
    const data = await applicantsData(req, t, req.params.id);
    return sendPage(req, reply, (ctx) => ApplicantsPage({ ctx, tenant: t, data, state: emptyForm(), active: null }));
  });

  app.post(`${admin}/flats/:id/slots`, landlordOne, async (req, reply) => {
    const t = pageTenant(req);
    const data = await applicantsData(req, t, req.params.id);
    const page = (state: FormState) => (ctx: ViewContext) =>
      ApplicantsPage({ ctx, tenant: t, data, state, active: 'slot' });
    return submitForm(req, reply, slotForm, page, 'housing.apply.slotCreated', async (input) => {
      const v = { flatId: data.flat.id, scope: landlordScope(req.user, t), input };
      await runUseCase('housing.viewing.slot', requestCall(req, t), (uc) => createSlot(uc, v));
      return flatUrl(req, t, data.flat.id);
    });
  });

  /** Finds the flat of an application the landlord may act on (404 otherwise, before anything else). */
  async function flatOfApplication(req: FastifyRequest, t: PageTenant, applicationId: string) {
    const a = await findApplication(db, t, applicationId);
    if (!a) throw notFound('application');
    return applicantsData(req, t, a.flat_id);
  }

  app.post(`${admin}/applications/:id/offer`, landlordOne, async (req, reply) => {
    const t = pageTenant(req);
    const data = await flatOfApplication(req, t, req.params.id);
    const page = (state: FormState) => (ctx: ViewContext) =>
      ApplicantsPage({ ctx, tenant: t, data, state, active: req.params.id });
    return submitForm(req, reply, offerForm, page, 'housing.apply.done.offer', async (input) => {
      const v = {
        applicationId: req.params.id,
        step: 'offer' as const,
        scope: landlordScope(req.user, t),
        offerReason: input.offerReason,
      };
      await runUseCase('housing.apply.offer', requestCall(req, t), (uc) => landlordStep(uc, env(t), v));
      return flatUrl(req, t, data.flat.id);
    });
  });

  app.post(
    `${admin}/applications/:id/:step`,
    { config: { access: LANDLORDS }, schema: { params: stepParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { flat } = await flatOfApplication(req, t, req.params.id);
      const v = { applicationId: req.params.id, step: req.params.step, scope: landlordScope(req.user, t) };
      await runUseCase(`housing.apply.${v.step}`, requestCall(req, t), (uc) => landlordStep(uc, env(t), v));
      return redirectAfterPost(reply, flatUrl(req, t, flat.id), {
        kind: 'success',
        key: `housing.apply.done.${v.step}`,
      });
    },
  );
};

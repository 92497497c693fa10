import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { inMunicipality, SIGNED_IN } from '../../platform/http/access.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { findHousehold, householdIdOfOwner, listHouseholds } from './households.repository.ts';
import { counselledHouseholdForm, householdForm, prefillFromCheck, urgencyForm } from './households.schema.ts';
import {
  changeOwnHousehold,
  changeUrgency,
  createCounselledHousehold,
  createOwnHousehold,
  mayCounsel,
  readHousehold,
} from './households.service.ts';
import { householdPageData } from './applications.routes.ts';
import { profileValues } from './households.values.ts';
import { CounselledHouseholdFormPage, HouseholdFormPage } from './views/household-form.tsx';
import { explainForHousehold } from './rounds.explain.ts';
import { HouseholdPage, NoHouseholdPage } from './views/household-page.tsx';
import { HouseholdAdminPage, HouseholdsAdminPage, urgencyValues } from './views/households-admin.tsx';

const COUNSEL = inMunicipality('counsellor', 'municipality_admin');
const own = { config: { access: SIGNED_IN }, schema: { params: municipalityParams } };
const staff = { config: { access: COUNSEL }, schema: { params: municipalityParams } };
const staffOne = { config: { access: COUNSEL }, schema: { params: municipalityIdParams } };

/** A household's own profile, and the profiles counsellors create with households. */
export const householdsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const mine = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/housing/household`;
  const reader = (req: FastifyRequest) => ({ userId: req.user!.id, requestId: req.id });
  const choices = async (t: PageTenant) => (await quartiereOf(db, t)).map((q) => ({ id: q.id, name: q.name }));

  app.get('/:locale/m/:municipality/housing/household', own, async (req, reply) => {
    const t = pageTenant(req);
    const id = await householdIdOfOwner(db, t, req.user!.id);
    // Without a profile yet, the page says so and leads to the form (no redirect: the page is the place to come to).
    if (!id) return sendPage(req, reply, (ctx) => NoHouseholdPage({ ctx, tenant: t }));
    const view = await readHousehold(db, t, id, reader(req));
    if (!view) throw notFound('household');
    const data = await householdPageData(db, t, view, app.deps.now());
    // Why this flat, or why not yet: the household's place in the housing office's latest round, in its language.
    const round = await explainForHousehold(db, t, id, req.locale);
    return sendPage(req, reply, (ctx) => HouseholdPage({ ctx, tenant: t, data, round }));
  });

  /**
   * The profile form: a new profile, or the stored one to change. Answers carried over from the eligibility check
   * (`?from=check&…`) are laid over either, and only what the person then confirms is stored.
   */
  app.get('/:locale/m/:municipality/housing/household/new', own, async (req, reply) => {
    const t = pageTenant(req);
    const id = await householdIdOfOwner(db, t, req.user!.id);
    const view = id ? await readHousehold(db, t, id, reader(req)) : null;
    const stored = view
      ? profileValues(view)
      : { preferredLocale: req.locale, contactName: req.user!.displayName, contactEmail: req.user!.email };
    const fromCheck = prefillFromCheck(req.query as Record<string, unknown>);
    // The check's member rows replace the stored ones as a whole (never half of each).
    const base = Object.keys(fromCheck).some((k) => /^m\d+Role$/.test(k))
      ? Object.fromEntries(Object.entries(stored).filter(([k]) => !/^m\d+[A-Z]/.test(k)))
      : stored;
    const state = emptyForm({ ...base, ...fromCheck });
    const quartiere = await choices(t);
    return sendPage(req, reply, (ctx) => HouseholdFormPage({ ctx, tenant: t, state, quartiere, edit: view !== null }));
  });

  app.post('/:locale/m/:municipality/housing/household/new', own, async (req, reply) => {
    const t = pageTenant(req);
    const edit = (await householdIdOfOwner(db, t, req.user!.id)) !== null;
    const quartiere = await choices(t);
    const page = (state: FormState) => (ctx: ViewContext) =>
      HouseholdFormPage({ ctx, tenant: t, state, quartiere, edit });
    const flash = edit ? 'housing.households.saved' : 'housing.households.created';
    return submitForm(req, reply, householdForm, page, flash, async (input) => {
      const call = requestCall(req, t);
      await (edit
        ? runUseCase('housing.household.change', call, (uc) => changeOwnHousehold(uc, input))
        : runUseCase('housing.household.create', call, (uc) => createOwnHousehold(uc, input)));
      return mine(req, t);
    });
  });

  const admin = '/:locale/m/:municipality/admin/housing/households';
  const adminUrl = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/admin/housing/households`;
  const isOffice = (req: FastifyRequest, t: PageTenant) =>
    req.user!.roles.some((r) => r.role === 'municipality_admin' && r.municipalityId === t.municipalityId);

  app.get(admin, staff, async (req, reply) => {
    const t = pageTenant(req);
    const rows = await listHouseholds(db, t, isOffice(req, t) ? null : req.user!.id);
    return sendPage(req, reply, (ctx) => HouseholdsAdminPage({ ctx, tenant: t, rows }));
  });

  app.get(`${admin}/new`, staff, async (req, reply) => {
    const t = pageTenant(req);
    const quartiere = await choices(t);
    const state = emptyForm({ preferredLocale: req.locale, consentOn: app.deps.now().toISOString().slice(0, 10) });
    return sendPage(req, reply, (ctx) => CounselledHouseholdFormPage({ ctx, tenant: t, state, quartiere }));
  });

  app.post(`${admin}/new`, staff, async (req, reply) => {
    const t = pageTenant(req);
    const quartiere = await choices(t);
    const page = (state: FormState) => (ctx: ViewContext) =>
      CounselledHouseholdFormPage({ ctx, tenant: t, state, quartiere });
    return submitForm(req, reply, counselledHouseholdForm, page, 'housing.households.created', async (input) => {
      const id = await runUseCase('housing.household.counsel', requestCall(req, t), (uc) =>
        createCounselledHousehold(uc, input),
      );
      return `${adminUrl(req, t)}/${id}`;
    });
  });

  /** A staff member's view of one household: only the office, or the counsellor who created it. */
  async function staffView(req: FastifyRequest, t: PageTenant, id: string) {
    const h = await findHousehold(db, t, id);
    if (!h || !mayCounsel(req.user, t, h)) throw notFound('household');
    const view = await readHousehold(db, t, h.id, reader(req));
    if (!view) throw notFound('household');
    return view;
  }

  app.get(`${admin}/:id`, staffOne, async (req, reply) => {
    const t = pageTenant(req);
    const view = await staffView(req, t, req.params.id);
    const state = emptyForm(urgencyValues(view));
    return sendPage(req, reply, (ctx) => HouseholdAdminPage({ ctx, tenant: t, view, state }));
  });

  app.post(`${admin}/:id/urgency`, staffOne, async (req, reply) => {
    const t = pageTenant(req);
    const id = req.params.id;
    const view = await staffView(req, t, id);
    const page = (state: FormState) => (ctx: ViewContext) => HouseholdAdminPage({ ctx, tenant: t, view, state });
    return submitForm(req, reply, urgencyForm, page, 'housing.households.urgencySaved', async (input) => {
      await runUseCase('housing.household.urgency', requestCall(req, t), (uc) =>
        changeUrgency(uc, id, input, req.user),
      );
      return `${adminUrl(req, t)}/${id}`;
    });
  });
};

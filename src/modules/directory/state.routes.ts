import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stateWide } from '../../platform/http/access.ts';
import { localeParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { municipalityForm } from './directory.schema.ts';
import { allMunicipalities, createMunicipality } from './municipalities.service.ts';
import { INVITE_LIMIT, submitInvite } from './route-helpers.ts';
import { InviteAdminPage, StateMunicipalitiesPage } from './views/state-municipalities.tsx';

const STATE = { access: stateWide('state_admin') };

/** The state administrator's municipality register. */
export const stateRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const url = '/:locale/state/municipalities';
  const register = { config: STATE, schema: { params: localeParams } };
  const one = { config: STATE, schema: { params: municipalityParams } };

  app.get(url, register, async (req, reply) => {
    const municipalities = await allMunicipalities(db);
    return sendPage(req, reply, (ctx) => StateMunicipalitiesPage({ ctx, municipalities, state: emptyForm() }));
  });

  app.post(url, register, async (req, reply) => {
    const municipalities = await allMunicipalities(db);
    const page = (state: FormState) => (ctx: ViewContext) => StateMunicipalitiesPage({ ctx, municipalities, state });
    return submitForm(req, reply, municipalityForm, page, 'directory.state.created', async (data) => {
      await runUseCase('directory.municipality.create', requestCall(req, null), (uc) => createMunicipality(uc, data));
      return `/${req.locale}/state/municipalities`;
    });
  });

  // A new municipality has nobody who could invite its staff: the state invites its administrator.
  app.get(`${url}/:municipality/invite`, one, async (req, reply) => {
    const m = pageTenant(req);
    const state = emptyForm({ locale: req.locale });
    return sendPage(req, reply, (ctx) => InviteAdminPage({ ctx, municipality: m, state }));
  });

  app.post(
    `${url}/:municipality/invite`,
    { ...one, config: { ...STATE, rateLimit: INVITE_LIMIT } },
    async (req, reply) => {
      const m = pageTenant(req);
      const page = (state: FormState) => (ctx: ViewContext) => InviteAdminPage({ ctx, municipality: m, state });
      const to = `/${req.locale}/state/municipalities`;
      return submitInvite(req, reply, page, { tenant: m, to, role: 'municipality_admin' });
    },
  );
};

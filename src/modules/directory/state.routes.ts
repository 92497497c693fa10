import type { FastifyPluginAsync } from 'fastify';
import { stateWide } from '../../platform/http/access.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { municipalityForm } from './directory.schema.ts';
import { allMunicipalities, createMunicipality } from './municipalities.service.ts';
import { checkLocale, INVITE_LIMIT, pageTenant, submitForm, submitInvite } from './route-helpers.ts';
import { InviteAdminPage, StateMunicipalitiesPage } from './views/state-municipalities.tsx';

const STATE = { access: stateWide('state_admin') };

/** The state administrator's municipality register. */
export const stateRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;
  const url = '/:locale/state/municipalities';

  app.get(url, { config: STATE }, async (req, reply) => {
    checkLocale(req);
    const municipalities = await allMunicipalities(db);
    return sendPage(req, reply, (ctx) => StateMunicipalitiesPage({ ctx, municipalities, state: emptyForm() }));
  });

  app.post(url, { config: STATE }, async (req, reply) => {
    checkLocale(req);
    const municipalities = await allMunicipalities(db);
    return submitForm(
      req,
      reply,
      municipalityForm,
      (state) => (ctx) => StateMunicipalitiesPage({ ctx, municipalities, state }),
      'directory.state.created',
      async (data) => {
        await createMunicipality(db, data);
        return `/${req.locale}/state/municipalities`;
      },
    );
  });

  // A new municipality has nobody who could invite its staff: the state invites its administrator.
  app.get(`${url}/:municipality/invite`, { config: STATE }, async (req, reply) => {
    const m = pageTenant(req);
    const state = emptyForm({ locale: req.locale });
    return sendPage(req, reply, (ctx) => InviteAdminPage({ ctx, municipality: m, state }));
  });

  app.post(`${url}/:municipality/invite`, { config: { ...STATE, rateLimit: INVITE_LIMIT } }, async (req, reply) => {
    const m = pageTenant(req);
    const page = (state: FormState) => (ctx: ViewContext) => InviteAdminPage({ ctx, municipality: m, state });
    const to = `/${req.locale}/state/municipalities`;
    return submitInvite(app, req, reply, page, { municipalityId: m.municipalityId, to, role: 'municipality_admin' });
  });
};

import type { FastifyPluginAsync } from 'fastify';
import { stateWide } from '../../platform/http/access.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { municipalityForm } from './directory.schema.ts';
import { allMunicipalities, createMunicipality } from './municipalities.service.ts';
import { checkLocale, submitForm } from './route-helpers.ts';
import { StateMunicipalitiesPage } from './views/state-municipalities.tsx';

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
      async (data) => {
        await createMunicipality(db, data);
        return `/${req.locale}/state/municipalities`;
      },
      'directory.state.created',
    );
  });
};

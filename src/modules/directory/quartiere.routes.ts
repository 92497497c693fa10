import type { FastifyPluginAsync } from 'fastify';
import { inMunicipality } from '../../platform/http/access.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { quartierForm } from './directory.schema.ts';
import { changeQuartier, createQuartier, getQuartier, quartiereOf } from './quartiere.service.ts';
import { pageTenant, pathId, submitForm } from './route-helpers.ts';
import { translationStates, translationsOf } from './translations.service.ts';
import { QuartierFormPage, QuartiereListPage, quartierFormValues } from './views/quartiere-admin.tsx';

const ADMIN = { access: inMunicipality('municipality_admin') };

/** Staff pages for a municipality's Quartiere: administrators edit, Quartier managers read. */
export const quartiereRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/quartiere';

  app.get(base, { config: { access: inMunicipality(...DIRECTORY_READERS) } }, async (req, reply) => {
    const pt = pageTenant(req);
    const quartiere = await quartiereOf(db, tenant(pt.municipalityId));
    return sendPage(req, reply, (ctx) => QuartiereListPage({ ctx, tenant: pt, quartiere }));
  });

  app.get(`${base}/new`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    return sendPage(req, reply, (ctx) => QuartierFormPage({ ctx, tenant: pt, state: emptyForm() }));
  });

  app.post(base, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const list = `/${req.locale}/m/${pt.slug}/admin/quartiere`;
    return submitForm(
      req,
      reply,
      quartierForm,
      (state) => (ctx) => QuartierFormPage({ ctx, tenant: pt, state }),
      async (data) => {
        await createQuartier(db, tenant(pt.municipalityId), data);
        return list;
      },
      'directory.quartier.created',
    );
  });

  app.get(`${base}/:id/edit`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const id = pathId(req);
    const t = tenant(pt.municipalityId);
    const q = await getQuartier(db, t, id);
    const state = emptyForm(quartierFormValues(q));
    const translations = translationStates(q, await translationsOf(db, t, id));
    return sendPage(req, reply, (ctx) => QuartierFormPage({ ctx, tenant: pt, state, id, translations }));
  });

  app.post(`${base}/:id`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const id = pathId(req);
    const t = tenant(pt.municipalityId);
    // The Quartier must be this tenant's before the form is even looked at: another tenant's id is a 404.
    const q = await getQuartier(db, t, id);
    const translations = translationStates(q, await translationsOf(db, t, id));
    return submitForm(
      req,
      reply,
      quartierForm,
      (state) => (ctx) => QuartierFormPage({ ctx, tenant: pt, state, id, translations }),
      async (data) => {
        await changeQuartier(db, t, id, data);
        return `/${req.locale}/m/${pt.slug}/admin/quartiere`;
      },
      'directory.quartier.saved',
    );
  });
};

import type { FastifyPluginAsync } from 'fastify';
import { inMunicipality } from '../../platform/http/access.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { providerForm } from './directory.schema.ts';
import { changeProvider, createProvider, getProvider, providersOf } from './providers.service.ts';
import { pageTenant, pathId, submitForm } from './route-helpers.ts';
import { ProviderFormPage, ProvidersListPage, providerFormValues } from './views/providers-admin.tsx';

const ADMIN = { access: inMunicipality('municipality_admin') };

/** Staff pages for a municipality's providers (Träger). */
export const providersRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/providers';

  app.get(base, { config: { access: inMunicipality(...DIRECTORY_READERS) } }, async (req, reply) => {
    const pt = pageTenant(req);
    const providers = await providersOf(db, tenant(pt.municipalityId));
    return sendPage(req, reply, (ctx) => ProvidersListPage({ ctx, tenant: pt, providers }));
  });

  app.get(`${base}/new`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    return sendPage(req, reply, (ctx) => ProviderFormPage({ ctx, tenant: pt, state: emptyForm() }));
  });

  app.post(base, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    return submitForm(
      req,
      reply,
      providerForm,
      (state) => (ctx) => ProviderFormPage({ ctx, tenant: pt, state }),
      async (data) => {
        await createProvider(db, tenant(pt.municipalityId), data);
        return `/${req.locale}/m/${pt.slug}/admin/providers`;
      },
      'directory.provider.created',
    );
  });

  app.get(`${base}/:id/edit`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const id = pathId(req);
    const p = await getProvider(db, tenant(pt.municipalityId), id);
    const state = emptyForm(providerFormValues(p));
    return sendPage(req, reply, (ctx) => ProviderFormPage({ ctx, tenant: pt, state, id }));
  });

  app.post(`${base}/:id`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const id = pathId(req);
    const t = tenant(pt.municipalityId);
    await getProvider(db, t, id);
    return submitForm(
      req,
      reply,
      providerForm,
      (state) => (ctx) => ProviderFormPage({ ctx, tenant: pt, state, id }),
      async (data) => {
        await changeProvider(db, t, id, data);
        return `/${req.locale}/m/${pt.slug}/admin/providers`;
      },
      'directory.provider.saved',
    );
  });
};

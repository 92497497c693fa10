import type { FastifyPluginAsync } from 'fastify';
import { providerForm } from './directory.schema.ts';
import { changeProvider, createProvider, getProvider, providersOf } from './providers.service.ts';
import { staffResourceRoutes } from './staff-resource.ts';
import { ProviderFormPage, ProvidersListPage, providerFormValues } from './views/providers-admin.tsx';

/** Staff pages for a municipality's providers (Träger). */
export const providersRoutes: FastifyPluginAsync = async (app) => {
  staffResourceRoutes(app, {
    section: 'providers',
    schema: providerForm,
    flash: { created: 'directory.provider.created', saved: 'directory.provider.saved' },
    listPage: async (db, t, pt) => {
      const providers = await providersOf(db, t);
      return (ctx) => ProvidersListPage({ ctx, tenant: pt, providers });
    },
    load: async (db, t, id) => ({ values: providerFormValues(await getProvider(db, t, id)), extra: null }),
    formPage: (pt, state, edit) => (ctx) => ProviderFormPage({ ctx, tenant: pt, state, id: edit?.id }),
    create: createProvider,
    change: changeProvider,
  });
};

import type { FastifyPluginAsync } from 'fastify';
import { inMunicipality } from '../../platform/http/access.ts';
import { staffResourceRoutes } from '../../platform/http/staff-resource.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { providerForm } from './directory.schema.ts';
import { changeProvider, createProvider, getProvider, providersOf } from './providers.service.ts';
import { ProviderFormPage, ProvidersListPage, providerFormValues } from './views/providers-admin.tsx';

/** Staff pages for a municipality's providers (Träger). */
export const providersRoutes: FastifyPluginAsync = async (app) => {
  staffResourceRoutes(app, {
    section: 'providers',
    names: { create: 'directory.provider.create', change: 'directory.provider.change' },
    readers: inMunicipality(...DIRECTORY_READERS),
    editors: inMunicipality('municipality_admin'),
    schema: providerForm,
    flash: { created: 'directory.provider.created', saved: 'directory.provider.saved' },
    listPage: async (db, t) => {
      const providers = await providersOf(db, t);
      return (ctx) => ProvidersListPage({ ctx, tenant: t, providers });
    },
    load: async (db, t, id) => ({ values: providerFormValues(await getProvider(db, t, id)), extra: null }),
    formPage: (t, state, edit) => (ctx) => ProviderFormPage({ ctx, tenant: t, state, id: edit?.id }),
    create: createProvider,
    change: changeProvider,
  });
};

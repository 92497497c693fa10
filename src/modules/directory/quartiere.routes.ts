import type { FastifyPluginAsync } from 'fastify';
import { inMunicipality } from '../../platform/http/access.ts';
import { staffResourceRoutes } from '../../platform/http/staff-resource.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { canEditQuartier, QUARTIER_EDITORS } from './directory.policy.ts';
import { quartierForm } from './directory.schema.ts';
import { changeQuartier, createQuartier, getQuartier, quartiereOf } from './quartiere.service.ts';
import { translationStates, translationsOf } from './translations.service.ts';
import { QuartierFormPage, QuartiereListPage, quartierFormValues } from './views/quartiere-admin.tsx';

/** Staff pages for a municipality's Quartiere: administrators edit, Quartier managers read. */
export const quartiereRoutes: FastifyPluginAsync = async (app) => {
  staffResourceRoutes(app, {
    section: 'quartiere',
    names: { create: 'directory.quartier.create', change: 'directory.quartier.change' },
    readers: inMunicipality(...DIRECTORY_READERS),
    editors: inMunicipality('municipality_admin'),
    schema: quartierForm,
    flash: { created: 'directory.quartier.created', saved: 'directory.quartier.saved' },
    listPage: async (db, t) => {
      const quartiere = await quartiereOf(db, t);
      return (ctx) => QuartiereListPage({ ctx, tenant: t, quartiere });
    },
    // The edit form lists the Quartier's translations (and which of them are outdated).
    load: async (db, t, id) => {
      const q = await getQuartier(db, t, id);
      return { values: quartierFormValues(q), extra: translationStates(q, await translationsOf(db, t, id)) };
    },
    formPage: (t, state, edit) => (ctx) =>
      QuartierFormPage({ ctx, tenant: t, state, id: edit?.id, translations: edit?.extra }),
    create: createQuartier,
    change: changeQuartier,
    // A Quartier manager keeps their own Quartier's page up to date; the others are the administrators'.
    rowEditors: { access: inMunicipality(...QUARTIER_EDITORS), may: canEditQuartier },
  });
};

import type { FastifyPluginAsync } from 'fastify';
import { canEditQuartier, QUARTIER_EDITORS } from './directory.policy.ts';
import { quartierForm } from './directory.schema.ts';
import { changeQuartier, createQuartier, getQuartier, quartiereOf } from './quartiere.service.ts';
import { staffResourceRoutes } from './staff-resource.ts';
import { translationStates, translationsOf } from './translations.service.ts';
import { QuartierFormPage, QuartiereListPage, quartierFormValues } from './views/quartiere-admin.tsx';

/** Staff pages for a municipality's Quartiere: administrators edit, Quartier managers read. */
export const quartiereRoutes: FastifyPluginAsync = async (app) => {
  staffResourceRoutes(app, {
    section: 'quartiere',
    schema: quartierForm,
    flash: { created: 'directory.quartier.created', saved: 'directory.quartier.saved' },
    listPage: async (db, t, pt) => {
      const quartiere = await quartiereOf(db, t);
      return (ctx) => QuartiereListPage({ ctx, tenant: pt, quartiere });
    },
    // The edit form lists the Quartier's translations (and which of them are outdated).
    load: async (db, t, id) => {
      const q = await getQuartier(db, t, id);
      return { values: quartierFormValues(q), extra: translationStates(q, await translationsOf(db, t, id)) };
    },
    formPage: (pt, state, edit) => (ctx) =>
      QuartierFormPage({ ctx, tenant: pt, state, id: edit?.id, translations: edit?.extra }),
    create: createQuartier,
    change: changeQuartier,
    // A Quartier manager keeps their own Quartier's page up to date; the others are the administrators'.
    editors: { roles: QUARTIER_EDITORS, may: canEditQuartier },
  });
};

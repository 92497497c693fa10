import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { tenant } from '../../platform/db/tenant.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { canEditQuartier, QUARTIER_EDITORS } from './directory.policy.ts';
import { translationForm } from './directory.schema.ts';
import { getQuartier } from './quartiere.service.ts';
import { pageTenant, pathId, submitForm } from './route-helpers.ts';
import { saveTranslation, translationsOf } from './translations.service.ts';
import { TranslationFormPage } from './views/quartier-translations.tsx';

// Administrators and the Quartier's own manager (checked per Quartier below).
const EDITORS = { access: inMunicipality(...QUARTIER_EDITORS) };

function targetLocale(req: FastifyRequest): Locale {
  const lang = (req.params as { lang?: string }).lang;
  if (!isLocale(lang)) throw notFound();
  return lang;
}

/** Translations of a Quartier's description, one language at a time. */
export const translationsRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;
  const url = '/:locale/m/:municipality/admin/quartiere/:id/translations/:lang';

  app.get(url, { config: EDITORS }, async (req, reply) => {
    const pt = pageTenant(req);
    const lang = targetLocale(req);
    const t = tenant(pt.municipalityId);
    const q = await getQuartier(db, t, pathId(req));
    if (!canEditQuartier(req.user, pt.municipalityId, q.id)) throw forbidden();
    if (lang === q.sourceLocale) throw notFound();
    const existing = (await translationsOf(db, t, q.id)).find((x) => x.locale === lang);
    const state = emptyForm({ areaDescription: existing?.areaDescription ?? '' });
    return sendPage(req, reply, (ctx) => TranslationFormPage({ ctx, tenant: pt, q, lang, state }));
  });

  app.post(url, { config: EDITORS }, async (req, reply) => {
    const pt = pageTenant(req);
    const lang = targetLocale(req);
    const t = tenant(pt.municipalityId);
    const q = await getQuartier(db, t, pathId(req));
    if (!canEditQuartier(req.user, pt.municipalityId, q.id)) throw forbidden();
    return submitForm(
      req,
      reply,
      translationForm,
      (state) => (ctx) => TranslationFormPage({ ctx, tenant: pt, q, lang, state }),
      'directory.translation.saved',
      async (data) => {
        await saveTranslation(db, t, q.id, lang, data.areaDescription, app.deps.now());
        return `/${req.locale}/m/${pt.slug}/admin/quartiere/${q.id}/edit`;
      },
    );
  });
};

import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inMunicipality } from '../../platform/http/access.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { locale, municipalityIdParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { canEditQuartier, QUARTIER_EDITORS } from './directory.policy.ts';
import { translationForm } from './directory.schema.ts';
import { getQuartier } from './quartiere.service.ts';
import { saveTranslation, translationsOf } from './translations.service.ts';
import { TranslationFormPage } from './views/quartier-translations.tsx';

// Administrators and the Quartier's own manager (checked per Quartier below).
const EDITORS = {
  config: { access: inMunicipality(...QUARTIER_EDITORS) },
  schema: { params: municipalityIdParams.extend({ lang: locale }) },
};

/** Translations of a Quartier's description, one language at a time. */
export const translationsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const url = '/:locale/m/:municipality/admin/quartiere/:id/translations/:lang';

  app.get(url, EDITORS, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang } = req.params;
    const q = await getQuartier(db, t, id);
    if (!canEditQuartier(req.user, t.municipalityId, q.id)) throw forbidden();
    if (lang === q.sourceLocale) throw notFound();
    const existing = (await translationsOf(db, t, q.id)).find((x) => x.locale === lang);
    const state = emptyForm({ areaDescription: existing?.areaDescription ?? '' });
    return sendPage(req, reply, (ctx) => TranslationFormPage({ ctx, tenant: t, q, lang, state }));
  });

  app.post(url, EDITORS, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang } = req.params;
    const q = await getQuartier(db, t, id);
    if (!canEditQuartier(req.user, t.municipalityId, q.id)) throw forbidden();
    return submitForm(
      req,
      reply,
      translationForm,
      (state) => (ctx) => TranslationFormPage({ ctx, tenant: t, q, lang, state }),
      'directory.translation.saved',
      async (data) => {
        const save = (uc: Parameters<typeof saveTranslation>[0]) =>
          saveTranslation(uc, q.id, lang, data.areaDescription);
        await runUseCase('directory.translation.save', requestCall(req, t), save);
        return `/${req.locale}/m/${t.slug}/admin/quartiere/${q.id}/edit`;
      },
    );
  });
};

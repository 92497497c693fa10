import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost, sendInvalidForm } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { contentHash } from './guide.segments.ts';
import { overview } from './translations.overview.ts';
import { escapeText, ProviderError, providerLanguage, translateHtml } from './translations.provider.ts';
import { buttonForm, overviewQuery, translateParams, translationForm } from './translations.schema.ts';
import {
  approveTranslation,
  type EditorData,
  loadEditor,
  saveTranslation,
  storeMachineDraft,
} from './translations.service.ts';
import type { TranslationLocale } from './translations.state.ts';
import { type EditorAlert, TranslationEditorPage } from './views/translations-editor.tsx';
import { TranslationsOverviewPage } from './views/translations-overview.tsx';
import { htmlToText } from './welcome.html.ts';
import { EDIT_CONTENT } from './welcome.policy.ts';

/** The status overview's URL pattern (fixed in docs/modules/welcome.md). */
export const OVERVIEW = '/:locale/m/:municipality/admin/guide/translations';
/** The side-by-side editor's URL pattern. */
export const EDITOR = '/:locale/m/:municipality/admin/guide/:id/translate/:lang';

const editorUrl = (locale: string, t: PageTenant, id: string, lang: string) =>
  `/${locale}/m/${t.slug}/admin/guide/${id}/translate/${lang}`;

/** The status overview and the editor with its three forms: save, machine draft, approve. */
export const translationsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const list = { config: { access: EDIT_CONTENT }, schema: { params: municipalityParams } };
  const one = { config: { access: EDIT_CONTENT }, schema: { params: translateParams } };

  app.get(OVERVIEW, list, async (req, reply) => {
    const t = pageTenant(req);
    const form = parseForm(overviewQuery, req.query);
    if (!form.ok) {
      const data = { rows: [], total: 0, page: 1, pageSize: 1 };
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => TranslationsOverviewPage({ ctx, tenant: t, data, state }), 422);
    }
    const data = await overview(db, t, form.data);
    const state = { values: form.values, errors: {} };
    return sendPage(req, reply, (ctx) => TranslationsOverviewPage({ ctx, tenant: t, data, state }));
  });

  const editor =
    (t: PageTenant, data: EditorData, alert?: EditorAlert) =>
    (state: FormState): Page =>
    (ctx) =>
      TranslationEditorPage({
        ctx,
        tenant: t,
        data,
        state,
        machineOn: app.deps.config.translationUrl !== undefined,
        ...(alert ? { alert } : {}),
      });
  const textValues = (d: EditorData) => ({ title: d.text?.title ?? '', body: d.text?.body ?? '' });

  app.get(EDITOR, one, async (req, reply) => {
    const t = pageTenant(req);
    const data = await loadEditor(db, t, req.params.id, req.params.lang);
    return sendPage(req, reply, editor(t, data)(emptyForm(textValues(data))));
  });

  app.post(EDITOR, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang } = req.params;
    const page = editor(t, await loadEditor(db, t, id, lang));
    const form = parseForm(translationForm, req.body);
    if (!form.ok) return sendInvalidForm(req, reply, page, { values: form.values, errors: form.errors });
    try {
      const call = requestCall(req, t);
      const outcome = await runUseCase('welcome.translation.save', call, (uc) =>
        saveTranslation(uc, id, lang, form.data),
      );
      // Nothing stored (the same words, not confirmed): said so, the state stays as it was.
      return redirectAfterPost(reply, editorUrl(req.locale, t, id, lang), outcome === 'saved' ? saved : unchanged);
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      return sendInvalidForm(req, reply, page, { values: form.values, errors: err.fields });
    }
  });

  app.post(`${EDITOR}/machine`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang } = req.params;
    const data = await loadEditor(db, t, id, lang);
    parseForm(buttonForm, req.body);
    const fail = (status: number, key: string) =>
      sendPage(req, reply, editor(t, data, { key })(emptyForm(textValues(data))), status);
    const draft = await machineDraft(req, data, lang);
    if (typeof draft === 'string') return fail(draft === 'timeout' || draft === 'failed' ? 502 : 409, failKey[draft]);
    await runUseCase('welcome.translation.machine', requestCall(req, t), (uc) =>
      storeMachineDraft(uc, id, lang, draft),
    );
    return redirectAfterPost(reply, editorUrl(req.locale, t, id, lang), machineDone);
  });

  app.post(`${EDITOR}/approve`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang } = req.params;
    await loadEditor(db, t, id, lang);
    parseForm(buttonForm, req.body);
    await runUseCase('welcome.translation.approve', requestCall(req, t), (uc) => approveTranslation(uc, id, lang));
    return redirectAfterPost(reply, editorUrl(req.locale, t, id, lang), approved);
  });
};

const saved = { kind: 'success', key: 'welcome.translations.flash.saved' } as const;
const unchanged = { kind: 'info', key: 'welcome.translations.flash.unchanged' } as const;
const machineDone = { kind: 'success', key: 'welcome.translations.flash.machine' } as const;
const approved = { kind: 'success', key: 'welcome.translations.flash.approved' } as const;

type DraftFailure = 'off' | 'language' | 'noSource' | 'timeout' | 'failed';
const failKey: Record<DraftFailure, string> = {
  off: 'welcome.translations.machine.off',
  language: 'welcome.translations.machine.noLanguage',
  noSource: 'welcome.translations.error.noSource',
  timeout: 'welcome.translations.machine.timeout',
  failed: 'welcome.translations.machine.failed',
};

/**
 * Asks the provider for a draft of the German title and body, outside any transaction (the service may take
 * seconds). Returns why there is none instead, so that the editor says it and nothing is stored.
 */
async function machineDraft(req: FastifyRequest, data: EditorData, lang: TranslationLocale) {
  const c = req.server.deps.config;
  if (!c.translationUrl) return 'off' as const;
  const target = providerLanguage(lang);
  if (!target) return 'language' as const;
  const source = data.source;
  if (!source) return 'noSource' as const;
  const settings = { url: c.translationUrl, apiKey: c.translationApiKey, timeoutMs: c.translationTimeoutMs };
  try {
    const title = htmlToText(await translateHtml(settings, `<p>${escapeText(source.title)}</p>`, target))
      .replace(/\s+/g, ' ')
      .slice(0, 200)
      .trim();
    const body = source.body.trim() === '' ? '' : await translateHtml(settings, source.body, target);
    if (title === '') return 'failed' as const;
    return { title, body, sourceHash: contentHash(source.title, source.body), sourceVersion: source.version };
  } catch (err) {
    if (err instanceof ProviderError) return err.reason;
    throw err;
  }
}

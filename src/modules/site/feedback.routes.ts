import type { FastifyPluginAsync } from 'fastify';
import { listMunicipalities, type MunicipalitySummary } from '../../platform/db/municipalities.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost, sendInvalidForm } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { feedbackSchema } from './feedback.schema.ts';
import { submitFeedback } from './feedback.service.ts';
import { knownLocale } from './site.routes.ts';
import { FeedbackPage } from './views/feedback-page.tsx';

/** `?page=` prefills the page field when it names a path on this site (the footer link passes it). */
function pageFromQuery(query: unknown): string | undefined {
  const page = (query as { page?: unknown } | undefined)?.page;
  return typeof page === 'string' && /^\/[^\s/][^\s]{0,1998}$|^\/$/.test(page) ? page : undefined;
}

/** The municipality a page of this site belongs to (`/de/m/meppen/…`), if it is one we know. */
function municipalityOfPage(page: string | undefined, known: readonly MunicipalitySummary[]): string | undefined {
  const slug = page ? /^\/[a-z]{2}\/m\/([a-z0-9-]+)(?:[/?#]|$)/.exec(page)?.[1] : undefined;
  return known.some((m) => m.slug === slug) ? slug : undefined;
}

/** The feedback form: GET shows it, POST stores the message, notifies the team and redirects with thanks. */
export const feedbackRoutes: FastifyPluginAsync = async (app) => {
  app.get('/:locale/feedback', { config: { access: PUBLIC } }, async (req, reply) => {
    if (!knownLocale(req)) return reply.callNotFound();
    const municipalities = await listMunicipalities(app.deps.db);
    const page = pageFromQuery(req.query);
    const municipality = municipalityOfPage(page, municipalities);
    const state = emptyForm({ ...(page ? { page } : {}), ...(municipality ? { municipality } : {}) });
    return sendPage(req, reply, (ctx) => FeedbackPage({ ctx, state, municipalities }));
  });

  app.post(
    '/:locale/feedback',
    { config: { access: PUBLIC, rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (req, reply) => {
      if (!knownLocale(req)) return reply.callNotFound();
      const municipalities = await listMunicipalities(app.deps.db);
      const form = parseForm(feedbackSchema, req.body);
      const chosen = form.ok ? municipalities.find((m) => m.slug === form.data.municipality) : undefined;
      if (!form.ok || (form.data.municipality && !chosen)) {
        const state: FormState = form.ok
          ? { values: form.values, errors: { municipality: { key: 'validation.choice' } } }
          : { values: form.values, errors: form.errors };
        return sendInvalidForm(req, reply, (s) => (ctx) => FeedbackPage({ ctx, state: s, municipalities }), state);
      }
      const { config } = app.deps;
      await submitFeedback(app.deps.db, { ...form.data, municipalityId: chosen?.id ?? null }, req.locale, {
        fallback: config.feedbackEmail,
        sender: config.mailFrom,
        t: app.deps.messages.translator('de'),
      });
      return redirectAfterPost(reply, `/${req.locale}/feedback`, { kind: 'success', key: 'site.feedback.thanks' });
    },
  );
};

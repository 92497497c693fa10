import type { FastifyPluginAsync } from 'fastify';
import { localeParams } from '../../platform/http/params.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost, sendInvalidForm } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { feedbackSchema } from './feedback.schema.ts';
import { mailAddress, submitFeedback } from './feedback.service.ts';
import { FeedbackPage } from './views/feedback-page.tsx';

/** `?page=` prefills the page field when it names a path on this site (the footer link passes it). */
function pageFromQuery(query: unknown): string | undefined {
  const page = (query as { page?: unknown } | undefined)?.page;
  return typeof page === 'string' && /^\/[^\s/][^\s]{0,1998}$|^\/$/.test(page) ? page : undefined;
}

/** The feedback form: GET shows it, POST stores the message, notifies the team and redirects with thanks. */
export const feedbackRoutes: FastifyPluginAsync = async (app) => {
  app.get('/:locale/feedback', { schema: { params: localeParams }, config: { access: PUBLIC } }, async (req, reply) => {
    const page = pageFromQuery(req.query);
    const state = emptyForm(page ? { page } : {});
    return sendPage(req, reply, (ctx) => FeedbackPage({ ctx, state }));
  });

  app.post(
    '/:locale/feedback',
    { schema: { params: localeParams }, config: { access: PUBLIC, rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const form = parseForm(feedbackSchema, req.body);
      if (!form.ok) {
        const state: FormState = { values: form.values, errors: form.errors };
        return sendInvalidForm(req, reply, (s) => (ctx) => FeedbackPage({ ctx, state: s }), state);
      }
      const notice = { to: mailAddress(app.deps.config.mailFrom), t: app.deps.messages.translator('de') };
      const data = form.data;
      await runUseCase('site.feedback', requestCall(req, null), (uc) => submitFeedback(uc, data, req.locale, notice));
      return redirectAfterPost(reply, `/${req.locale}/feedback`, { kind: 'success', key: 'site.feedback.thanks' });
    },
  );
};

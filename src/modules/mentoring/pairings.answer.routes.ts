import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SIGNED_IN } from '../../platform/http/access.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { pairingForAnswer } from './matching.repository.ts';
import { answerForm } from './matching.schema.ts';
import { answerPath } from './matching.service.ts';
import { answerPairing } from './pairings.answer.service.ts';
import { AnswerPage } from './views/answer-page.tsx';

// Only the two people of a pairing open it (anyone else: the same 404 as for an id that does not exist).
const one = { config: { access: SIGNED_IN, participantsOnly: true }, schema: { params: municipalityIdParams } };

/** The answer page of a published pairing: each side accepts or declines. */
export const answerRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  async function load(req: FastifyRequest, id: string) {
    const t = pageTenant(req);
    const p = await pairingForAnswer(db, t, id);
    const userId = req.user!.id;
    const side = p?.menteeUserId === userId ? 'mentee' : p?.mentorUserId === userId ? 'mentor' : null;
    if (!p || !side || p.status === 'proposed') throw notFound('mentoring_pairing');
    const url = answerPath(req.locale, t.slug, p.id);
    // The form is on the page only while the pairing waits for this side's answer (as the page draws it).
    const open = p.status === 'published' && (side === 'mentee' ? p.menteeAnswer : p.mentorAnswer) === null;
    return {
      t,
      url,
      open,
      view: (state: FormState) => (ctx: ViewContext) => AnswerPage({ ctx, tenant: t, pairing: p, side, url, state }),
    };
  }

  app.get('/:locale/m/:municipality/mentoring/pairings/:id/answer', one, async (req, reply) => {
    const c = await load(req, req.params.id);
    return sendPage(req, reply, c.view(emptyForm()));
  });

  app.post('/:locale/m/:municipality/mentoring/pairings/:id/answer', one, async (req, reply) => {
    const c = await load(req, req.params.id);
    // Sent from a page that is no longer current (answered meanwhile, or no longer waiting): back to the page, which
    // says so, instead of a 422 without the form.
    if (!c.open) return redirectAfterPost(reply, c.url, { kind: 'warning', key: 'mentoring.answer.closed' });
    try {
      return await submitForm(req, reply, answerForm, c.view, 'mentoring.answer.saved', async (input) => {
        const v = { pairingId: req.params.id, userId: req.user!.id, answer: input.answer };
        await runUseCase('mentoring.pairing.answer', requestCall(req, c.t), (uc) => answerPairing(uc, v));
        return c.url;
      });
    } catch (err) {
      if (err instanceof AppError && err.status === 409) {
        return redirectAfterPost(reply, c.url, { kind: 'warning', key: err.messageKey });
      }
      throw err;
    }
  });
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { MailEnv } from './appointments.mail.ts';
import { type AppointmentView, viewByCode, viewByToken } from './appointments.read.ts';
import { rebook, rebookChoices } from './appointments.rebook.ts';
import { CODE_LIMIT, tokenParams } from './appointments.routes.ts';
import { codeRebookForm, parseSlot, rebookForm } from './appointments.schema.ts';
import { SlotTakenError } from './appointments.service.ts';
import { CodePage } from './views/appointments-page.tsx';
import { RebookPage } from './views/appointments-rebook.tsx';

const k = (key: string) => `counselling.appointments.${key}`;

/** Where the rebooking page posts, and what it carries: by link (the token in the URL) or by code (in the form). */
type Holder = { token: string; code: null } | { token: null; code: string };

/**
 * The person chooses another time for their appointment, from its page by link or after entering its code. The
 * old appointment is cancelled and the new one booked in one use case; the link and the code stay the same.
 */
export const appointmentsRebookRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const mailEnv = (t: PageTenant): MailEnv => ({
    baseUrl: app.deps.config.baseUrl,
    messages: app.deps.messages,
    slug: t.slug,
  });
  const base = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/appointments`;

  /** The page of other times, with the slots read now (again after a refusal: the offer is current). */
  async function show(req: FastifyRequest, view: AppointmentView, h: Holder, state: FormState) {
    const t = pageTenant(req);
    const now = app.deps.now();
    const zone = view.f?.time_zone ?? 'Europe/Berlin';
    const slots = await rebookChoices(db, t, { id: view.a.service_id, time_zone: zone }, now);
    const action = h.token ? `${base(req, t)}/${h.token}/rebook` : `${base(req, t)}/code/rebook`;
    const back = h.token ? `${base(req, t)}/${h.token}` : null;
    return (ctx: Parameters<typeof RebookPage>[0]['ctx']) =>
      RebookPage({ ctx, tenant: t, view, slots, state, now, action, back, code: h.code });
  }

  /** Runs the rebooking; a refusal (slot taken, past the cut-off, not booked any more) is the same page with why. */
  async function move(req: FastifyRequest, reply: FastifyReply, view: AppointmentView, h: Holder, slot: string) {
    const t = pageTenant(req);
    const chosen = parseSlot(slot)!;
    try {
      await runUseCase('counselling.appointments.rebook', requestCall(req, t), (uc) =>
        rebook(uc, {
          appointmentId: view.a.id,
          ...chosen,
          by: 'person',
          mail: mailEnv(t),
          told: h.token ? { token: h.token } : { code: h.code! },
        }),
      );
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 422)) throw err;
      const why =
        err instanceof SlotTakenError
          ? { key: k('error.rebookTaken'), values: {} }
          : (Object.values(err.fields)[0] ?? { key: err.messageKey, values: err.values });
      const state = { values: { slot }, errors: { slot: why } };
      return sendPage(req, reply, await show(req, view, h, state), err.status);
    }
    if (h.token)
      return redirectAfterPost(reply, `${base(req, t)}/${h.token}`, { kind: 'success', key: k('rebook.done') });
    return redirectAfterPost(reply, `${base(req, t)}/code`, { kind: 'success', key: k('rebook.doneCode') });
  }

  async function byToken(req: FastifyRequest, token: string) {
    const view = await viewByToken(db, pageTenant(req), token, req.locale);
    if (!view) throw notFound('counselling.appointment');
    return view;
  }

  const tokenPath = '/:locale/m/:municipality/appointments/:token/rebook';
  app.get(tokenPath, { config: { access: PUBLIC }, schema: { params: tokenParams } }, async (req, reply) => {
    const view = await byToken(req, req.params.token);
    const h: Holder = { token: req.params.token, code: null };
    return sendPage(req, reply, await show(req, view, h, emptyForm()));
  });

  app.post(tokenPath, { config: { access: PUBLIC }, schema: { params: tokenParams } }, async (req, reply) => {
    const view = await byToken(req, req.params.token);
    const h: Holder = { token: req.params.token, code: null };
    const form = parseForm(rebookForm, req.body);
    if (!form.ok) return sendPage(req, reply, await show(req, view, h, form), 422);
    return move(req, reply, view, h, form.data.slot);
  });

  // By code: the appointment's page (itself the answer to a POST) posts the code here; without a slot the answer
  // offers the times, with one it rebooks. A wrong or dead code answers like the code page.
  app.post(
    '/:locale/m/:municipality/appointments/code/rebook',
    { config: { access: PUBLIC, rateLimit: CODE_LIMIT }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const form = parseForm(codeRebookForm, req.body);
      const typed = typeof form.values.code === 'string' ? form.values.code : '';
      const found = await viewByCode(db, t, typed, req.locale, app.deps.now());
      if (!found) {
        const errors = { code: { key: k('error.codeUnknown'), values: {} } };
        return sendPage(
          req,
          reply,
          (ctx) => CodePage({ ctx, tenant: t, state: { values: { code: typed }, errors } }),
          404,
        );
      }
      const h: Holder = { token: null, code: found.code };
      if (!form.ok) return sendPage(req, reply, await show(req, found.view, h, form), 422);
      if (!form.data.slot) return sendPage(req, reply, await show(req, found.view, h, emptyForm()));
      return move(req, reply, found.view, h, form.data.slot);
    },
  );
};

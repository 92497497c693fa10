import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost, sendInvalidForm } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { normalizeCode, secretHash } from './appointments.code.ts';
import type { MailEnv } from './appointments.mail.ts';
import { appointmentView, bookableService, freeDays, viewByCode, viewByToken } from './appointments.read.ts';
import { findBySecretHash } from './appointments.repository.ts';
import { bookingForm, codeForm, parseSlot, stepQuery } from './appointments.schema.ts';
import { book, cancelAppointment, SlotTakenError } from './appointments.service.ts';
import { AppointmentPage, BookedPage, CodePage } from './views/appointments-page.tsx';
import { BookPage, type Step } from './views/appointments-book.tsx';

export const tokenParams = municipalityParams.extend({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
// The code page answers a wrong code and an unknown booking alike; a few tries a minute per address are plenty
// for a person reading from a printout and far too few to guess 31^8 codes.
export const CODE_LIMIT = { max: 10, timeWindow: '10 minutes' };

/** Booking without an account, and the booking's own page by its link or its code. */
export const appointmentsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const retentionDays = app.deps.config.counsellingRetentionDays;
  const mailEnv = (t: PageTenant): MailEnv => ({
    baseUrl: app.deps.config.baseUrl,
    messages: app.deps.messages,
    slug: t.slug,
  });

  async function serviceOf(req: FastifyRequest, t: PageTenant, id: string) {
    const s = await bookableService(db, t, id, req.locale);
    if (!s) throw notFound('counselling.service');
    return s;
  }

  /** Which step the query reaches: each choice checked against the service; a wrong one goes back to its step. */
  async function stepOf(t: PageTenant, s: Awaited<ReturnType<typeof serviceOf>>, q: z.infer<typeof stepQuery>) {
    const choices = q.topic && s.topics.includes(q.topic) && q.channel && s.channels.includes(q.channel) && q.language;
    if (!choices) return { kind: 'choices' } as Step;
    const days = await freeDays(db, t, s, app.deps.now());
    const slot = parseSlot(q.slot);
    const day =
      q.day ??
      (slot
        ? [...days].find(([, v]) => v.some((x) => x.startsAt.getTime() === slot.startsAt.getTime()))?.[0]
        : undefined);
    if (!day || !days.has(day)) return { kind: 'day', days } as Step;
    const free = days.get(day)!;
    if (
      !slot ||
      !free.some((x) => x.counsellorId === slot.counsellorId && x.startsAt.getTime() === slot.startsAt.getTime())
    )
      return { kind: 'slot', day, free, chosen: q.slot ?? null } as Step;
    return { kind: 'details', day, slot: q.slot! } as Step;
  }

  const bookPath = '/:locale/m/:municipality/counselling/:id/book';
  app.get(
    bookPath,
    { config: { access: PUBLIC }, schema: { params: municipalityIdParams, querystring: stepQuery } },
    async (req, reply) => {
      const t = pageTenant(req);
      const s = await serviceOf(req, t, req.params.id);
      const step = await stepOf(t, s, req.query);
      const state = emptyForm({ ...req.query });
      return sendPage(req, reply, (ctx) => BookPage({ ctx, tenant: t, s, step, state, retentionDays }));
    },
  );

  app.post(bookPath, { config: { access: PUBLIC }, schema: { params: municipalityIdParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const s = await serviceOf(req, t, req.params.id);
    const form = parseForm(bookingForm, req.body);
    const details = { kind: 'details', day: '', slot: String(form.values.slot ?? '') } as Step;
    const page =
      (state: FormState, step: Step = details): Page =>
      (ctx) =>
        BookPage({ ctx, tenant: t, s, step, state, retentionDays });
    if (!form.ok) return sendInvalidForm(req, reply, page, { values: form.values, errors: form.errors });
    const v = form.data;
    const slot = parseSlot(v.slot)!;
    try {
      const b = await runUseCase('counselling.appointments.book', requestCall(req, t), (uc) =>
        book(
          uc,
          {
            serviceId: s.id,
            ...slot,
            topic: v.topic,
            language: v.language,
            channel: v.channel,
            interpreter: v.interpreter,
            interpreterLanguage: v.interpreterLanguage ?? null,
            name: v.name,
            email: v.email ?? null,
            phone: v.phone ?? null,
            locale: req.locale,
          },
          { mail: mailEnv(t) },
        ),
      );
      const found = await appointmentView(db, t, b.id, req.locale);
      if (!found) throw notFound('counselling.appointment');
      const link = `${app.deps.config.baseUrl}/${req.locale}/m/${t.slug}/appointments/${b.token}`;
      return sendPage(req, reply, (ctx) => BookedPage({ ctx, tenant: t, view: found, code: b.code, link }), 201);
    } catch (err) {
      return refused(req, reply, err, form.values, page);
    }
  });

  function refused(
    req: FastifyRequest,
    reply: FastifyReply,
    err: unknown,
    values: FormState['values'],
    page: (state: FormState, step?: Step) => Page,
  ): FastifyReply {
    if (!(err instanceof AppError) || Object.keys(err.fields).length === 0) throw err;
    const state = { values, errors: err.fields };
    if (err instanceof SlotTakenError) {
      const step = { kind: 'details', day: '', slot: '', free: err.freeSlots } as Step;
      return sendPage(req, reply, page(state, step), 409);
    }
    return sendPage(req, reply, page(state), err.status);
  }

  /** The appointment a link token opens (the same 404 for a wrong one and an erased one). */
  async function byToken(req: FastifyRequest, t: PageTenant, token: string) {
    const found = await viewByToken(db, t, token, req.locale);
    if (!found) throw notFound('counselling.appointment');
    return found;
  }

  const codePath = '/:locale/m/:municipality/appointments/code';
  app.get(codePath, { config: { access: PUBLIC }, schema: { params: municipalityParams } }, async (req, reply) => {
    const t = pageTenant(req);
    return sendPage(req, reply, (ctx) => CodePage({ ctx, tenant: t, state: emptyForm() }));
  });

  // A code opens a booking only while it is booked and ahead: a cancelled, past or erased one is dead, and says
  // the same as a wrong code. The page is shown in the answer (no link carries the code).
  app.post(
    codePath,
    { config: { access: PUBLIC, rateLimit: CODE_LIMIT }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const form = parseForm(codeForm, req.body);
      const page =
        (state: FormState): Page =>
        (ctx) =>
          CodePage({ ctx, tenant: t, state });
      if (!form.ok) return sendInvalidForm(req, reply, page, { values: form.values, errors: form.errors });
      const now = app.deps.now();
      const found = await viewByCode(db, t, form.data.code, req.locale, now);
      if (!found) {
        const errors = { code: { key: 'counselling.appointments.error.codeUnknown', values: {} } };
        return sendPage(req, reply, page({ values: form.values, errors }), 404);
      }
      return sendPage(req, reply, (ctx) =>
        AppointmentPage({
          ctx,
          tenant: t,
          view: found.view,
          now,
          cancelAction: `/${req.locale}/m/${t.slug}/appointments/code/cancel`,
          code: found.code,
          rebook: { action: `/${req.locale}/m/${t.slug}/appointments/code/rebook` },
        }),
      );
    },
  );

  app.post(
    `${codePath}/cancel`,
    { config: { access: PUBLIC, rateLimit: CODE_LIMIT }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const form = parseForm(codeForm, req.body);
      const code = form.ok ? normalizeCode(form.data.code) : null;
      const id = code ? await findBySecretHash(db, t, 'code', secretHash(code)) : undefined;
      if (!id) throw notFound('counselling.appointment');
      await runUseCase('counselling.appointments.cancel', requestCall(req, t), (uc) =>
        cancelAppointment(uc, { appointmentId: id, by: 'person', mail: mailEnv(t) }),
      );
      return redirectAfterPost(reply, `/${req.locale}/m/${t.slug}/appointments/code`, {
        kind: 'success',
        key: 'counselling.appointments.page.cancelled',
      });
    },
  );

  const tokenPath = '/:locale/m/:municipality/appointments/:token';
  app.get(tokenPath, { config: { access: PUBLIC }, schema: { params: tokenParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const found = await byToken(req, t, req.params.token);
    const now = app.deps.now();
    const cancelAction = `/${req.locale}/m/${t.slug}/appointments/${req.params.token}/cancel`;
    const rebook = { href: `/${req.locale}/m/${t.slug}/appointments/${req.params.token}/rebook` };
    return sendPage(req, reply, (ctx) =>
      AppointmentPage({ ctx, tenant: t, view: found, now, cancelAction, code: null, rebook }),
    );
  });

  app.post(
    `${tokenPath}/cancel`,
    { config: { access: PUBLIC }, schema: { params: tokenParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const found = await byToken(req, t, req.params.token);
      await runUseCase('counselling.appointments.cancel', requestCall(req, t), (uc) =>
        cancelAppointment(uc, { appointmentId: found.a.id, by: 'person', mail: mailEnv(t) }),
      );
      return redirectAfterPost(reply, `/${req.locale}/m/${t.slug}/appointments/${req.params.token}`, {
        kind: 'success',
        key: 'counselling.appointments.page.cancelled',
      });
    },
  );
};

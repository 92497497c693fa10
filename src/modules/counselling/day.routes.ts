import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { DAY_ROLES, mayHandleAppointment, maySeeEveryDay } from './day.policy.ts';
import { rebookForPerson, rebookSlots } from './day.rebook.ts';
import {
  appointmentForUpdate,
  appointmentsOfDay,
  counsellorsOfMunicipality,
  servicesOfCounsellor,
  walkInsOfDay,
} from './day.repository.ts';
import { contactForm, dayQuery, rebookForm } from './day.schema.ts';
import { bookedAppointment, markDone, markNoShow } from './day.service.ts';
import { interpreterStates } from './interpreters.requests.ts';
import { instantOf, localDay } from './slots.ts';
import { DayPage } from './views/day-list.tsx';
import { DonePage, RebookPage } from './views/day-forms.tsx';

export const DAY_ZONE = 'Europe/Berlin';
const base = '/:locale/m/:municipality/admin/counselling/day';

const nextDay = (day: string, n: number) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** The counsellor's day: the list (a sensitive read, audited), done, no-show and rebooking for the person. */
export const dayRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const access = inMunicipality(...DAY_ROLES);
  const one = { config: { access }, schema: { params: municipalityIdParams } };
  const dayUrl = (req: FastifyRequest, t: PageTenant, day?: string) =>
    `/${req.locale}/m/${t.slug}/admin/counselling/day${day ? `?date=${day}` : ''}`;

  /** An appointment the signed-in person may handle, read for a page (not locked). */
  async function appointmentFor(req: FastifyRequest, t: PageTenant, id: string) {
    const a = await appointmentForUpdate(db, t, id);
    if (!a) throw notFound('appointment');
    if (!mayHandleAppointment(req.user!, t, a)) throw forbidden();
    return a;
  }

  app.get(
    base,
    { config: { access }, schema: { params: municipalityParams, querystring: dayQuery } },
    async (req, reply) => {
      const t = pageTenant(req);
      const user = req.user!;
      const now = app.deps.now();
      const day = req.query.date ?? localDay(now, DAY_ZONE);
      const all = maySeeEveryDay(user, t);
      const own = await servicesOfCounsellor(db, t, user.id, req.locale);
      // A counsellor sees their own day only; the Quartier manager and the administration choose whose (or all).
      const userId = all ? (req.query.counsellor ?? (own.length > 0 ? user.id : null)) : user.id;
      const from = instantOf(day, 0, DAY_ZONE);
      const to = instantOf(nextDay(day, 1), 0, DAY_ZONE);
      const appointments = await appointmentsOfDay(db, t, { userId, from, to, locale: req.locale });
      const states = await interpreterStates(
        db,
        t,
        appointments.map((a) => a.id),
      );
      const walkIns = await walkInsOfDay(db, t, { userId, day, locale: req.locale });
      const counsellors = all ? await counsellorsOfMunicipality(db, t) : [];
      // The list names the people booked: who read it, for whose day, is recorded like any read of personal data.
      await audit(db, {
        actor: user.id,
        municipalityId: t.municipalityId,
        action: 'read',
        subjectType: 'counselling.day',
        subjectId: userId,
        reason: 'counselling.day.reason.dayRead',
        requestId: req.id,
        at: now,
      });
      const days = { day, previous: nextDay(day, -1), next: nextDay(day, 1) };
      return sendPage(req, reply, (ctx) =>
        DayPage({ ctx, tenant: t, days, appointments, states, walkIns, own, counsellors, selected: userId, now }),
      );
    },
  );

  app.get(`${base}/:id/done`, one, async (req, reply) => {
    const t = pageTenant(req);
    const a = await appointmentFor(req, t, req.params.id);
    const minutes = Math.round((new Date(a.ends_at).getTime() - new Date(a.starts_at).getTime()) / 60_000);
    const state = emptyForm({
      topic: a.topic,
      channel: a.channel,
      language: a.language,
      durationMinutes: String(minutes),
    });
    return sendPage(req, reply, (ctx) => DonePage({ ctx, tenant: t, a, state }));
  });

  app.post(`${base}/:id/done`, one, async (req, reply) => {
    const t = pageTenant(req);
    const a = await appointmentFor(req, t, req.params.id);
    const page = (state: FormState) => (ctx: ViewContext) => DonePage({ ctx, tenant: t, a, state });
    return submitForm(req, reply, contactForm, page, 'counselling.day.done.saved', async (input) => {
      await runUseCase('counselling.day.done', requestCall(req, t), async (uc) =>
        markDone(uc, await bookedAppointment(uc, a.id, (x) => mayHandleAppointment(req.user!, t, x)), input),
      );
      return dayUrl(req, t, localDay(new Date(a.starts_at), a.time_zone));
    });
  });

  app.post(`${base}/:id/no-show`, one, async (req, reply) => {
    const t = pageTenant(req);
    const a = await appointmentFor(req, t, req.params.id);
    await runUseCase('counselling.day.noShow', requestCall(req, t), async (uc) =>
      markNoShow(uc, await bookedAppointment(uc, a.id, (x) => mayHandleAppointment(req.user!, t, x))),
    );
    const to = dayUrl(req, t, localDay(new Date(a.starts_at), a.time_zone));
    return redirectAfterPost(reply, to, { kind: 'success', key: 'counselling.day.noShow.saved' });
  });

  app.get(`${base}/:id/rebook`, one, async (req, reply) => {
    const t = pageTenant(req);
    const a = await appointmentFor(req, t, req.params.id);
    const slots = await rebookSlots(db, t, a, app.deps.now());
    return sendPage(req, reply, (ctx) => RebookPage({ ctx, tenant: t, a, slots, state: emptyForm() }));
  });

  app.post(`${base}/:id/rebook`, one, async (req, reply) => {
    const t = pageTenant(req);
    const a = await appointmentFor(req, t, req.params.id);
    const slots = await rebookSlots(db, t, a, app.deps.now());
    const page = (state: FormState) => (ctx: ViewContext) => RebookPage({ ctx, tenant: t, a, slots, state });
    return submitForm(req, reply, rebookForm, page, 'counselling.day.rebook.saved', async (input) => {
      const [counsellorId, iso] = input.slot.split('|') as [string, string];
      const slot = { counsellorId, startsAt: new Date(iso) };
      await runUseCase('counselling.day.rebook', requestCall(req, t), async (uc) =>
        rebookForPerson(uc, await bookedAppointment(uc, a.id, (x) => mayHandleAppointment(req.user!, t, x)), slot, {
          baseUrl: app.deps.config.baseUrl,
          messages: app.deps.messages,
          slug: t.slug,
        }),
      );
      return dayUrl(req, t, localDay(slot.startsAt, a.time_zone));
    });
  });
};

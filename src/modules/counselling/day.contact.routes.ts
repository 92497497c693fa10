import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { DAY_ROLES, maySeeEveryDay } from './day.policy.ts';
import { findContact, servicesOfCounsellor } from './day.repository.ts';
import { DAY_ZONE } from './day.routes.ts';
import { contactForm, walkInForm } from './day.schema.ts';
import { editContact, recordWalkIn } from './day.service.ts';
import { ContactPage } from './views/day-forms.tsx';

const base = '/:locale/m/:municipality/admin/counselling/day';

/** Walk-ins: counted with one tap for a service the person counsels for, then corrected in place. */
export const dayContactRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const access = inMunicipality(...DAY_ROLES);
  const one = { config: { access }, schema: { params: municipalityIdParams } };

  /** A contact of a service the person counsels for (or any, for the Quartier manager and the administration). */
  async function contactFor(req: FastifyRequest, t: PageTenant, id: string) {
    const c = await findContact(db, t, id);
    if (!c) throw notFound('contact');
    const own = await servicesOfCounsellor(db, t, req.user!.id, req.locale);
    if (!maySeeEveryDay(req.user!, t) && !own.some((s) => s.serviceId === c.service_id)) throw forbidden();
    return c;
  }

  app.post(`${base}/walk-in`, { config: { access }, schema: { params: municipalityParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const dayUrl = `/${req.locale}/m/${t.slug}/admin/counselling/day`;
    const parsed = walkInForm.safeParse(req.body);
    const own = await servicesOfCounsellor(db, t, req.user!.id, req.locale);
    const service = parsed.success ? own.find((s) => s.serviceId === parsed.data.serviceId) : undefined;
    // Only for a service the person counsels for; anything else is refused with the day list's message.
    if (!service)
      return redirectAfterPost(reply, dayUrl, { kind: 'danger', key: 'counselling.day.error.walkInService' });
    const id = await runUseCase('counselling.day.walkIn', requestCall(req, t), (uc) =>
      recordWalkIn(uc, service, DAY_ZONE),
    );
    return redirectAfterPost(reply, `${dayUrl}/contacts/${id}`, {
      kind: 'success',
      key: 'counselling.day.walkIn.saved',
    });
  });

  app.get(`${base}/contacts/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const c = await contactFor(req, t, req.params.id);
    const state = emptyForm({
      topic: c.topic,
      channel: c.channel,
      language: c.language,
      durationMinutes: String(c.duration_minutes),
      gender: c.gender ?? '',
      ageBand: c.age_band ?? '',
    });
    return sendPage(req, reply, (ctx) => ContactPage({ ctx, tenant: t, contact: c, state }));
  });

  app.post(`${base}/contacts/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const c = await contactFor(req, t, req.params.id);
    const page = (state: FormState) => (ctx: ViewContext) => ContactPage({ ctx, tenant: t, contact: c, state });
    return submitForm(req, reply, contactForm, page, 'counselling.day.contact.saved', async (input) => {
      await runUseCase('counselling.day.contact', requestCall(req, t), (uc) => editContact(uc, c.id, input));
      return `/${req.locale}/m/${t.slug}/admin/counselling/day?date=${c.day}`;
    });
  });
};

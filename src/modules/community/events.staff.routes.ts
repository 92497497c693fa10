import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inMunicipality } from '../../platform/http/access.ts';
import { locale, municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { PAGE_SIZE, pageSlice } from '../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { addEventType, typeChoices, typeLabel } from './event-types.ts';
import { ownTypes } from './event-types.repository.ts';
import { blankEvent, detailPageOf, editPageOf, loadDetail, formChoices, loadEvent, newPageOf } from './events.pages.ts';
import { ORGANISERS, organiserScope, TYPE_KEEPERS } from './events.policy.ts';
import { staffEventRows } from './events.repository.ts';
import { eventForm, statusForm, textForm, typeForm } from './events.schema.ts';
import { changeEventStatus } from './events.series.ts';
import { changeEvent, createEvent, saveEventTranslation } from './events.service.ts';
import { textsOf } from './events.texts.repository.ts';
import { occurrenceRoutes } from './occurrences.routes.ts';
import { EventsAdminPage } from './views/event-admin.tsx';
import { eventFormValues } from './views/event-form.tsx';
import { EventTextPage } from './views/event-text.tsx';
import { EventTypesPage } from './views/event-types.tsx';

/** The registrations part's list of one date (linked from the organisers' pages once it is there). */
export const REGISTRATIONS_ROUTE = '/:locale/m/:municipality/admin/events/:id/occurrences/:occurrenceId/registrations';

const listQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).optional() });

/** The organisers' pages: their events, a new series, edit, status, translations, the municipality's own types. */
export const eventsStaffRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/events';
  const access = { access: inMunicipality(...ORGANISERS) };
  const list = { config: access, schema: { params: municipalityParams } };
  const one = { config: access, schema: { params: municipalityIdParams } };
  const lang = { config: access, schema: { params: municipalityIdParams.extend({ lang: locale }) } };
  const types = { config: { access: inMunicipality(...TYPE_KEEPERS) }, schema: { params: municipalityParams } };
  const eventUrl = (req: FastifyRequest, slug: string, id: string) => `/${req.locale}/m/${slug}/admin/events/${id}`;
  const choicesOf = (req: FastifyRequest) => formChoices(db, pageTenant(req), req.user, req.t, req.locale);
  const scopeOf = (req: FastifyRequest) => organiserScope(req.user, pageTenant(req).municipalityId);

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const parsed = listQuery.safeParse(req.query);
    const page = parsed.success ? (parsed.data.page ?? 1) : 1;
    const scope = scopeOf(req);
    const { rows, total } = await staffEventRows(db, t, scope, app.deps.now(), pageSlice(page));
    const [texts, own] = await Promise.all([
      textsOf(
        db,
        t,
        rows.map((r) => r.id),
      ),
      ownTypes(db, t),
    ]);
    const keepsTypes = scope === null;
    return sendPage(req, reply, (ctx) =>
      EventsAdminPage({
        ctx,
        tenant: t,
        rows,
        texts,
        typeLabel: (k) => typeLabel(ctx.t, own, k, ctx.locale),
        total,
        page,
        pageSize: PAGE_SIZE,
        keepsTypes,
      }),
    );
  });

  app.get(`${base}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    return sendPage(req, reply, newPageOf(t, await choicesOf(req), blankEvent(req.user)));
  });

  app.post(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const choices = await choicesOf(req);
    return submitForm(
      req,
      reply,
      eventForm,
      (s) => newPageOf(t, choices, s),
      'community.events.flash.created',
      async (data) => {
        const id = await runUseCase('community.event.create', requestCall(req, t), (uc) => createEvent(uc, data));
        return eventUrl(req, t.slug, id);
      },
    );
  });

  const typesPage = async (req: FastifyRequest) => {
    const { choices } = await typeChoices(db, pageTenant(req), req.t, req.locale);
    return (state: FormState) => (ctx: ViewContext) =>
      EventTypesPage({ ctx, tenant: pageTenant(req), types: choices, state });
  };
  app.get(`${base}/types`, types, async (req, reply) => sendPage(req, reply, (await typesPage(req))(emptyForm())));
  app.post(`${base}/types`, types, async (req, reply) => {
    const t = pageTenant(req);
    const page = await typesPage(req);
    return submitForm(req, reply, typeForm, page, 'community.events.flash.typeAdded', async (data) => {
      await runUseCase('community.event_type.create', requestCall(req, t), (uc) => addEventType(uc, data));
      return `/${req.locale}/m/${t.slug}/admin/events/types`;
    });
  });

  app.get(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const canList = app.hasRoute({ method: 'GET', url: REGISTRATIONS_ROUTE });
    const all = (req.query as Record<string, unknown> | undefined)?.dates === 'all';
    const detail = await loadDetail(db, t, scopeOf(req), req.params.id, app.deps.now(), all);
    return sendPage(req, reply, detailPageOf(t, detail, canList));
  });

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { event, texts } = await loadEvent(db, t, scopeOf(req), req.params.id);
    const values = eventFormValues(
      event,
      texts.find((x) => x.locale === event.sourceLocale),
    );
    return sendPage(req, reply, editPageOf(t, event.id, await choicesOf(req), emptyForm(values)));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const scope = scopeOf(req);
    const { id } = req.params;
    await loadEvent(db, t, scope, id); // another organiser's (or tenant's) event is a 404 before the form is read
    const choices = await choicesOf(req);
    return submitForm(
      req,
      reply,
      eventForm,
      (s) => editPageOf(t, id, choices, s),
      'community.events.flash.saved',
      async (data) => {
        await runUseCase('community.event.change', requestCall(req, t), (uc) => changeEvent(uc, scope, id, data));
        return eventUrl(req, t.slug, id);
      },
    );
  });

  app.post(`${base}/:id/status`, one, async (req, reply) => {
    const t = pageTenant(req);
    const scope = scopeOf(req);
    const { id } = req.params;
    const canList = app.hasRoute({ method: 'GET', url: REGISTRATIONS_ROUTE });
    const detail = await loadDetail(db, t, scope, id, app.deps.now());
    const page = (statusState: FormState) => detailPageOf(t, detail, canList, statusState);
    return submitForm(req, reply, statusForm, page, 'community.events.flash.status', async (data) => {
      const call = requestCall(req, t);
      await runUseCase('community.event.status', call, (uc) => changeEventStatus(uc, scope, id, data.status));
      return eventUrl(req, t.slug, id);
    });
  });

  app.get(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { event, texts } = await loadEvent(db, t, scopeOf(req), id);
    const source = texts.find((x) => x.locale === event.sourceLocale);
    const mine = texts.find((x) => x.locale === l);
    const state = emptyForm(mine ? { title: mine.title, description: mine.description } : {});
    return sendPage(req, reply, (ctx) => EventTextPage({ ctx, tenant: t, eventId: id, lang: l, source, state }));
  });

  app.post(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const scope = scopeOf(req);
    const { id, lang: l } = req.params;
    const { event, texts } = await loadEvent(db, t, scope, id);
    const source = texts.find((x) => x.locale === event.sourceLocale);
    const page = (state: FormState) => (ctx: ViewContext) =>
      EventTextPage({ ctx, tenant: t, eventId: id, lang: l, source, state });
    return submitForm(req, reply, textForm, page, 'community.events.flash.text', async (data) => {
      await runUseCase('community.event.translate', requestCall(req, t), (uc) =>
        saveEventTranslation(uc, scope, id, l, data),
      );
      return eventUrl(req, t.slug, id);
    });
  });

  await app.register(occurrenceRoutes);
};

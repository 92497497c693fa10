import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { locale, municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { listRooms } from '../community/index.ts';
import { providersOf, quartiereOf } from '../directory/index.ts';
import { notYours, SERVICE_ADMINS, SERVICE_STAFF, serviceScope } from './services.policy.ts';
import { counsellorsOf, findService, listServices, serviceTexts } from './services.repository.ts';
import { counsellorForm, counsellorStateForm, serviceForm, serviceTextForm } from './services.schema.ts';
import {
  addCounsellor,
  changeService,
  counsellorCandidates,
  createService,
  serviceContentTexts,
  setCounsellor,
  translateService,
} from './services.service.ts';
import { CounsellorsPage } from './views/services-counsellors.tsx';
import {
  type Choices,
  NEW_SERVICE_VALUES,
  ServiceFormPage,
  ServicesAdminPage,
  ServiceTextPage,
  serviceFormValues,
} from './views/services-admin.tsx';

async function choicesOf(db: Executor, t: PageTenant): Promise<Choices> {
  const [quartiere, providers, rooms] = await Promise.all([
    quartiereOf(db, t),
    providersOf(db, t),
    listRooms(db, t, { activeOnly: true }),
  ]);
  return {
    quartiere: quartiere.map((q) => [q.id, q.name]),
    providers: providers.map((p) => [p.id, p.name]),
    rooms: rooms.map((r) => [r.id, r.name]),
  };
}

/** The ids of the services this person may edit: null for all (keepers), else those they counsel for. */
async function editable(db: Executor, req: FastifyRequest, t: PageTenant): Promise<string[] | null> {
  const scope = serviceScope(req.user, t.municipalityId);
  if (scope === null) return null;
  return (await counsellorsOf(db, t, { userId: scope })).filter((c) => c.active).map((c) => c.serviceId);
}

/** A service with its texts for its staff pages: 404 for another tenant's id, 403 for a service not one's own. */
async function loadService(db: Executor, req: FastifyRequest, t: PageTenant, id: string) {
  const service = await findService(db, t, id);
  if (!service) throw notFound('service');
  const own = await editable(db, req, t);
  if (own && !own.includes(id)) throw notYours();
  const texts = await serviceTexts(db, t, [id]);
  const source = texts.find((x) => x.locale === service.sourceLocale);
  return { service, texts, source };
}

/** The staff pages of services: list, add, change, translations and counsellors. */
export const servicesStaffRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/counselling';
  const list = { config: { access: SERVICE_STAFF }, schema: { params: municipalityParams } };
  const add = { config: { access: SERVICE_ADMINS }, schema: { params: municipalityParams } };
  const one = { config: { access: SERVICE_STAFF }, schema: { params: municipalityIdParams } };
  const keep = { config: { access: SERVICE_ADMINS }, schema: { params: municipalityIdParams } };
  const lang = { config: { access: SERVICE_STAFF }, schema: { params: municipalityIdParams.extend({ lang: locale }) } };
  const listUrl = (l: string, t: PageTenant) => `/${l}/m/${t.slug}/admin/counselling`;

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const own = await editable(db, req, t);
    const rows = await listServices(db, t, { activeOnly: false, ...(own ? { ids: own } : {}) });
    const texts = await serviceTexts(
      db,
      t,
      rows.map((s) => s.id),
    );
    const services = rows.map((s) => ({
      id: s.id,
      active: s.active,
      title: texts.find((x) => x.serviceId === s.id && x.locale === s.sourceLocale)?.title ?? '—',
    }));
    return sendPage(req, reply, (ctx) => ServicesAdminPage({ ctx, tenant: t, services, keeper: own === null }));
  });

  app.get(`${base}/new`, add, async (req, reply) => {
    const t = pageTenant(req);
    const choices = await choicesOf(db, t);
    const state = emptyForm({ ...NEW_SERVICE_VALUES, city: t.name });
    return sendPage(req, reply, (ctx) => ServiceFormPage({ ctx, tenant: t, state, choices }));
  });

  app.post(base, add, async (req, reply) => {
    const t = pageTenant(req);
    const choices = await choicesOf(db, t);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ServiceFormPage({ ctx, tenant: t, state, choices });
    return submitForm(req, reply, serviceForm, page, 'counselling.services.flash.created', async (data) => {
      await runUseCase('counselling.service.create', requestCall(req, t), (uc) => createService(uc, data));
      return listUrl(req.locale, t);
    });
  });

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { service, texts, source } = await loadService(db, req, t, req.params.id);
    const [choices, state] = [await choicesOf(db, t), emptyForm(serviceFormValues(service, source))];
    const edit = { id: service.id, states: serviceContentTexts.states(texts, service.sourceLocale) };
    return sendPage(req, reply, (ctx) => ServiceFormPage({ ctx, tenant: t, state, choices, edit }));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    const { service, texts } = await loadService(db, req, t, id);
    const choices = await choicesOf(db, t);
    const edit = { id, states: serviceContentTexts.states(texts, service.sourceLocale) };
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ServiceFormPage({ ctx, tenant: t, state, choices, edit });
    return submitForm(req, reply, serviceForm, page, 'counselling.services.flash.saved', async (data) => {
      await runUseCase('counselling.service.change', requestCall(req, t), (uc) => changeService(uc, id, data));
      return listUrl(req.locale, t);
    });
  });

  app.get(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { texts, source } = await loadService(db, req, t, id);
    const mine = texts.find((x) => x.locale === l);
    const state = emptyForm({ title: mine?.title ?? '', description: mine?.description ?? '' });
    return sendPage(req, reply, (ctx) => ServiceTextPage({ ctx, tenant: t, serviceId: id, lang: l, source, state }));
  });

  app.post(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { source } = await loadService(db, req, t, id);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ServiceTextPage({ ctx, tenant: t, serviceId: id, lang: l, source, state });
    return submitForm(req, reply, serviceTextForm, page, 'counselling.services.flash.text', async (data) => {
      await runUseCase('counselling.service.translate', requestCall(req, t), (uc) => translateService(uc, id, l, data));
      return `${listUrl(req.locale, t)}/${id}/edit`;
    });
  });

  const counsellorsPage = async (req: FastifyRequest, t: PageTenant, id: string) => {
    const { source } = await loadService(db, req, t, id);
    const [counsellors, candidates] = await Promise.all([
      counsellorsOf(db, t, { serviceIds: [id] }),
      counsellorCandidates(db, t),
    ]);
    return (state: FormState): Page =>
      (ctx) =>
        CounsellorsPage({ ctx, tenant: t, serviceId: id, title: source?.title ?? '—', counsellors, candidates, state });
  };

  app.get(`${base}/:id/counsellors`, keep, async (req, reply) => {
    const t = pageTenant(req);
    const page = await counsellorsPage(req, t, req.params.id);
    return sendPage(req, reply, page(emptyForm({})));
  });

  app.post(`${base}/:id/counsellors`, keep, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    const page = await counsellorsPage(req, t, id);
    return submitForm(req, reply, counsellorForm, page, 'counselling.services.flash.counsellor', async (data) => {
      await runUseCase('counselling.counsellor.add', requestCall(req, t), (uc) => addCounsellor(uc, id, data));
      return `${listUrl(req.locale, t)}/${id}/counsellors`;
    });
  });

  app.post(`${base}/:id/counsellors/state`, keep, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    const page = await counsellorsPage(req, t, id);
    return submitForm(req, reply, counsellorStateForm, page, 'counselling.services.flash.counsellor', async (data) => {
      const active = data.active === 'on';
      const call = requestCall(req, t);
      await runUseCase('counselling.counsellor.state', call, (uc) => setCounsellor(uc, id, data.counsellorId, active));
      return `${listUrl(req.locale, t)}/${id}/counsellors`;
    });
  });
};

import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inMunicipality } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { locale, municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { PAGE_SIZE, pageSlice } from '../../platform/views/components/pagination.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { editPageOf, formChoices, loadEdit, loadFlat } from './flats.pages.ts';
import { FLAT_STAFF, flatScope } from './flats.policy.ts';
import { staffFlatRows } from './flats.repository.ts';
import { flatForm, statusForm, textForm } from './flats.schema.ts';
import { changeFlat, changeFlatStatus, createFlat, saveFlatTranslation } from './flats.service.ts';
import { flatTextIn } from './flats.texts.ts';
import { textsOf } from './flats.texts.repository.ts';
import { FLAT_STATUSES } from './housing.tables.ts';
import { FlatTextPage } from './views/flat-edit.tsx';
import { FlatsListPage, NewFlatPage } from './views/flats-admin.tsx';

const listQuery = z.object({
  status: z.enum(FLAT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

/** Landlords' and the housing office's pages for listing flats: list, create, edit, status, translations. */
export const flatsStaffRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/housing/flats';
  const access = { access: inMunicipality(...FLAT_STAFF) };
  const list = { config: access, schema: { params: municipalityParams } };
  const one = { config: access, schema: { params: municipalityIdParams } };
  const lang = { config: access, schema: { params: municipalityIdParams.extend({ lang: locale }) } };
  const editUrl = (l: string, slug: string, id: string) => `/${l}/m/${slug}/admin/housing/flats/${id}/edit`;

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const form = parseForm(listQuery, req.query);
    const q = form.ok ? form.data : {};
    const page = q.page ?? 1;
    const scope = flatScope(req.user, t.municipalityId);
    const { rows, total } = await staffFlatRows(db, t, scope, q.status, pageSlice(page));
    const texts = await textsOf(
      db,
      t,
      rows.map((r) => r.id),
    );
    const titled = rows.map((r) => {
      const own = texts.filter((x) => x.flatId === r.id);
      return { ...r, title: flatTextIn(own, r.sourceLocale, req.locale)?.title ?? r.street };
    });
    const state = { values: form.values, errors: form.ok ? {} : form.errors };
    const data = { rows: titled, total, page, pageSize: PAGE_SIZE };
    return sendPage(req, reply, (ctx) => FlatsListPage({ ctx, tenant: t, data, state }), form.ok ? 200 : 422);
  });

  app.get(`${base}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    const choices = await formChoices(db, t, flatScope(req.user, t.municipalityId));
    const state = emptyForm({ city: t.name, sourceLocale: 'de' });
    return sendPage(req, reply, (ctx) => NewFlatPage({ ctx, tenant: t, state, choices }));
  });

  app.post(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const scope = flatScope(req.user, t.municipalityId);
    const choices = await formChoices(db, t, scope);
    const page = (state: FormState) => (ctx: Parameters<typeof NewFlatPage>[0]['ctx']) =>
      NewFlatPage({ ctx, tenant: t, state, choices });
    return submitForm(req, reply, flatForm, page, 'housing.flats.flash.created', async (data) => {
      const id = await runUseCase('housing.flat.create', requestCall(req, t), (uc) => createFlat(uc, scope, data));
      return editUrl(req.locale, t.slug, id);
    });
  });

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { values, extra } = await loadEdit(db, t, flatScope(req.user, t.municipalityId), req.params.id);
    return sendPage(req, reply, editPageOf(t, extra, emptyForm(values)));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const scope = flatScope(req.user, t.municipalityId);
    const { id } = req.params;
    // Another provider's (or tenant's) flat is a 404 before the form is looked at.
    const { extra } = await loadEdit(db, t, scope, id);
    const page = (state: FormState) => editPageOf(t, extra, state);
    return submitForm(req, reply, flatForm, page, 'housing.flats.flash.saved', async (data) => {
      await runUseCase('housing.flat.change', requestCall(req, t), (uc) => changeFlat(uc, scope, id, data));
      return editUrl(req.locale, t.slug, id);
    });
  });

  app.post(`${base}/:id/status`, one, async (req, reply) => {
    const t = pageTenant(req);
    const scope = flatScope(req.user, t.municipalityId);
    const { id } = req.params;
    const { values, extra } = await loadEdit(db, t, scope, id);
    const page = (state: FormState) => editPageOf(t, { ...extra, side: { form: 'status', state } }, emptyForm(values));
    return submitForm(req, reply, statusForm, page, 'housing.flats.flash.status', async (data) => {
      const call = requestCall(req, t);
      await runUseCase('housing.flat.status', call, (uc) => changeFlatStatus(uc, scope, id, data.status));
      return editUrl(req.locale, t.slug, id);
    });
  });

  app.get(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { flat, texts } = await loadFlat(db, t, flatScope(req.user, t.municipalityId), id);
    const source = texts.find((x) => x.locale === flat.sourceLocale);
    const mine = texts.find((x) => x.locale === l);
    const state = emptyForm(mine ? { title: mine.title, description: mine.description } : {});
    return sendPage(req, reply, (ctx) => FlatTextPage({ ctx, tenant: t, flatId: id, lang: l, source, state }));
  });

  app.post(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const scope = flatScope(req.user, t.municipalityId);
    const { id, lang: l } = req.params;
    const { flat, texts } = await loadFlat(db, t, scope, id);
    const source = texts.find((x) => x.locale === flat.sourceLocale);
    const page = (state: FormState) => (ctx: Parameters<typeof FlatTextPage>[0]['ctx']) =>
      FlatTextPage({ ctx, tenant: t, flatId: id, lang: l, source, state });
    return submitForm(req, reply, textForm, page, 'housing.flats.flash.text', async (data) => {
      const call = requestCall(req, t);
      await runUseCase('housing.flat.translate', call, (uc) => saveFlatTranslation(uc, scope, id, l, data));
      return editUrl(req.locale, t.slug, id);
    });
  });
};

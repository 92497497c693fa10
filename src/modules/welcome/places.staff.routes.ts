import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { findPlace, listPlaces, placeTextsOf } from './places.repository.ts';
import { importForm, placeForm } from './places.schema.ts';
import { changePlace, createPlace, type ImportResult, importPlaces, removePlace } from './places.service.ts';
import { PlaceFormPage, PlacesAdminPage, PlacesImportPage, placeFormValues } from './views/places-admin.tsx';
import { EDIT_CONTENT } from './welcome.policy.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

const PROBLEMS = {
  noPoint: 'welcome.places.import.noPoint',
  noName: 'welcome.places.import.noName',
  badField: 'welcome.places.import.badField',
} as const;
type ProblemCode = keyof typeof PROBLEMS;
const codeOf = (key: string) => (Object.keys(PROBLEMS) as ProblemCode[]).find((c) => PROBLEMS[c] === key) ?? 'badField';

// The outcome of an import travels to the page after the redirect in its query (POST → redirect → GET).
const resultQuery = z.object({
  created: z.coerce.number().int().min(0).max(100_000),
  updated: z.coerce.number().int().min(0).max(100_000),
  skipped: z
    .string()
    .max(2000)
    .regex(/^(\d{1,6}:(noPoint|noName|badField))?(,\d{1,6}:(noPoint|noName|badField))*$/)
    .optional(),
});

function resultOf(query: unknown): ImportResult | undefined {
  const q = resultQuery.safeParse(query);
  if (!q.success) return undefined;
  const skipped = (q.data.skipped ?? '')
    .split(',')
    .filter(Boolean)
    .map((s) => {
      const [index, code] = s.split(':') as [string, ProblemCode];
      return { index: Number(index), problem: PROBLEMS[code] };
    });
  return { created: q.data.created, updated: q.data.updated, skipped };
}

/** The features of a pasted FeatureCollection, or a field error on the form. */
function featuresOf(text: string): unknown[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new AppError(
      'welcome.places.import',
      422,
      'welcome.places.import.notJson',
      {},
      { geojson: { key: 'welcome.places.import.notJson' } },
    );
  }
  const features = (doc as { type?: unknown; features?: unknown } | null)?.features;
  if (
    (doc as { type?: unknown } | null)?.type !== 'FeatureCollection' ||
    !Array.isArray(features) ||
    features.length > 2000
  )
    throw new AppError(
      'welcome.places.import',
      422,
      'welcome.places.import.notCollection',
      {},
      { geojson: { key: 'welcome.places.import.notCollection' } },
    );
  return features;
}

/** Staff pages of places: list, add, change, delete, import. */
export const placesStaffRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/places';
  const list = { config: { access: EDIT_CONTENT }, schema: { params: municipalityParams } };
  const one = { config: { access: EDIT_CONTENT }, schema: { params: municipalityIdParams } };
  const listUrl = (l: string, t: PageTenant) => `/${l}/m/${t.slug}/admin/places`;
  const formPage = async (t: PageTenant, edit?: { id: string }) => {
    const quartiere = (await quartiereOf(db, t)).map((q): [string, string] => [q.id, q.name]);
    const now = app.deps.now();
    return (state: FormState): Page =>
      (ctx) =>
        PlaceFormPage({ ctx, tenant: t, state, quartiere, now, edit });
  };

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const places = await listPlaces(db, t);
    return sendPage(req, reply, (ctx) => PlacesAdminPage({ ctx, tenant: t, places }));
  });

  app.get(`${base}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    const page = await formPage(t);
    return sendPage(req, reply, page(emptyForm({ city: t.name })));
  });

  app.post(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const page = await formPage(t);
    return submitForm(req, reply, placeForm, page, 'welcome.places.flash.created', async (data) => {
      await runUseCase('welcome.place.create', requestCall(req, t), (uc) => createPlace(uc, data));
      return listUrl(req.locale, t);
    });
  });

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const place = await findPlace(db, t, req.params.id);
    if (!place) throw notFound('place');
    const texts = await placeTextsOf(db, t, [place.id]);
    const description = texts.find((x) => x.locale === SOURCE_LOCALE)?.description ?? '';
    const page = await formPage(t, { id: place.id });
    return sendPage(req, reply, page(emptyForm(placeFormValues(place, description))));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    if (!(await findPlace(db, t, id))) throw notFound('place');
    const page = await formPage(t, { id });
    return submitForm(req, reply, placeForm, page, 'welcome.places.flash.saved', async (data) => {
      await runUseCase('welcome.place.change', requestCall(req, t), (uc) => changePlace(uc, id, data));
      return listUrl(req.locale, t);
    });
  });

  app.post(`${base}/:id/delete`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    await runUseCase('welcome.place.delete', requestCall(req, t), (uc) => removePlace(uc, id));
    return redirectAfterPost(reply, listUrl(req.locale, t), { kind: 'success', key: 'welcome.places.flash.deleted' });
  });

  app.get(`${base}/import`, list, async (req, reply) => {
    const t = pageTenant(req);
    const result = resultOf(req.query);
    return sendPage(req, reply, (ctx) => PlacesImportPage({ ctx, tenant: t, state: emptyForm(), result }));
  });

  app.post(`${base}/import`, list, async (req, reply) => {
    const t = pageTenant(req);
    let refused: ImportResult | undefined;
    const page =
      (state: FormState): Page =>
      (ctx) =>
        PlacesImportPage({ ctx, tenant: t, state, result: refused });
    return submitForm(req, reply, importForm, page, 'welcome.places.flash.imported', async (data) => {
      const features = featuresOf(data.geojson);
      const r = await runUseCase('welcome.place.import', requestCall(req, t), (uc) => importPlaces(uc, features));
      if (r.created + r.updated === 0) {
        refused = r;
        throw new AppError(
          'welcome.places.import',
          422,
          'welcome.places.import.nothing',
          {},
          { geojson: { key: 'welcome.places.import.nothing' } },
        );
      }
      const skipped = r.skipped
        .slice(0, 50)
        .map((s) => `${s.index}:${codeOf(s.problem)}`)
        .join(',');
      const q = new URLSearchParams({
        created: String(r.created),
        updated: String(r.updated),
        ...(skipped ? { skipped } : {}),
      });
      return `${listUrl(req.locale, t)}/import?${q}`;
    });
  });
};

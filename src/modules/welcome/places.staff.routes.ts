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
import { findPlace, listPlaces, placeTexts, placeTextsOf } from './places.repository.ts';
import { importForm, placeForm, placeTextForm } from './places.schema.ts';
import {
  changePlace,
  createPlace,
  type ImportResult,
  importPlaces,
  removePlace,
  translatePlace,
} from './places.service.ts';
import { TRANSLATION_LANGS } from './views/home-admin.tsx';
import { PlaceFormPage, PlacesAdminPage, PlacesImportPage, placeFormValues } from './views/places-admin.tsx';
import { PlaceTextPage } from './views/places-texts.tsx';
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
  const lang = {
    config: { access: EDIT_CONTENT },
    schema: { params: municipalityIdParams.extend({ lang: z.enum(TRANSLATION_LANGS) }) },
  };
  const formPage = async (t: PageTenant, id?: string) => {
    const quartiere = (await quartiereOf(db, t)).map((q): [string, string] => [q.id, q.name]);
    const now = app.deps.now();
    const texts = id ? await placeTextsOf(db, t, [id]) : [];
    const hash = placeTexts.translationHash(texts, SOURCE_LOCALE);
    const states = TRANSLATION_LANGS.map((l): [string, 'missing' | 'current' | 'outdated'] => {
      const tr = texts.find((x) => x.locale === l);
      return [l, !tr ? 'missing' : tr.sourceHash === hash ? 'current' : 'outdated'];
    });
    const edit = id ? { id, states } : undefined;
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
    const page = await formPage(t, place.id);
    return sendPage(req, reply, page(emptyForm(placeFormValues(place, description))));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    if (!(await findPlace(db, t, id))) throw notFound('place');
    const page = await formPage(t, id);
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

  const textPage = async (t: PageTenant, id: string, l: string) => {
    const place = await findPlace(db, t, id);
    if (!place) throw notFound('place');
    const texts = await placeTextsOf(db, t, [id]);
    const source = texts.find((x) => x.locale === SOURCE_LOCALE);
    const mine = texts.find((x) => x.locale === l);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        PlaceTextPage({ ctx, tenant: t, place, lang: l, source, state });
    return { page, values: { description: mine?.description ?? '' } };
  };

  app.get(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { page, values } = await textPage(t, req.params.id, req.params.lang);
    return sendPage(req, reply, page(emptyForm(values)));
  });

  app.post(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { page } = await textPage(t, id, l);
    return submitForm(req, reply, placeTextForm, page, 'welcome.places.flash.text', async (data) => {
      const text = data.description ?? '';
      await runUseCase('welcome.place.translate', requestCall(req, t), (uc) => translatePlace(uc, id, l, text));
      return `${listUrl(req.locale, t)}/${id}/edit`;
    });
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

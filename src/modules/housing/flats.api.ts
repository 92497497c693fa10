import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { pageTenant, slug } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { PAGE_SIZE, pageSlice } from '../../platform/views/components/pagination.tsx';
import { type PublicFlat, listFlats } from './flats.read.ts';
import { searchQuery } from './flats.schema.ts';
import { flatTexts } from './flats.texts.ts';
import { filterOf } from './housing.public.routes.ts';
import { ENERGY_CLASSES } from './housing.tables.ts';

const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  requestId: z.string(),
  fields: z.record(z.string(), z.object({ code: z.string(), message: z.string() })).optional(),
});

const flatSchema = z
  .object({
    id: z.uuid(),
    url: z.string().describe('The flat’s public page (German)'),
    street: z.string(),
    postcode: z.string(),
    city: z.string(),
    quartier: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    rooms: z.number(),
    areaM2: z.number(),
    floor: z.number().int(),
    hasLift: z.boolean(),
    stepFree: z.boolean(),
    wheelchairAccessible: z.boolean(),
    coldRentCents: z.number().int(),
    serviceChargesCents: z.number().int(),
    heatingCents: z.number().int(),
    depositCents: z.number().int(),
    wbsRequired: z.boolean(),
    availableFrom: z.string().describe('YYYY-MM-DD'),
    petsAllowed: z.boolean(),
    energy: z
      .object({
        certificate: z.enum(['demand', 'consumption']),
        kwhPerM2Year: z.number().nullable(),
        efficiencyClass: z.enum(ENERGY_CLASSES).nullable(),
        heatingSource: z.string().nullable(),
        buildingYear: z.number().int().nullable(),
      })
      .nullable()
      .describe('§ 87 GEG figures; null where no energy certificate exists'),
    sourceLocale: z.enum(LOCALES),
    texts: z.array(
      z.object({
        locale: z.enum(LOCALES),
        title: z.string(),
        description: z.string(),
        outdated: z.boolean().describe('A translation of an older version of the source text'),
      }),
    ),
  })
  .meta({ id: 'Flat' });

const flatList = z.object({
  items: z.array(flatSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

function toJson(slugName: string, f: PublicFlat): z.infer<typeof flatSchema> {
  const { energyCertificate: cert } = f;
  return {
    id: f.id,
    url: `/de/m/${slugName}/flats/${f.id}`,
    street: f.street,
    postcode: f.postcode,
    city: f.city,
    quartier: f.quartierName,
    lat: f.lat,
    lon: f.lon,
    rooms: f.rooms,
    areaM2: f.areaM2,
    floor: f.floor,
    hasLift: f.hasLift,
    stepFree: f.stepFree,
    wheelchairAccessible: f.wheelchairAccessible,
    coldRentCents: f.coldRentCents,
    serviceChargesCents: f.serviceChargesCents,
    heatingCents: f.heatingCents,
    depositCents: f.depositCents,
    wbsRequired: f.wbsRequired,
    availableFrom: f.availableFrom,
    petsAllowed: f.petsAllowed,
    energy: cert
      ? {
          certificate: cert,
          kwhPerM2Year: f.energyKwh,
          efficiencyClass: f.energyClass,
          heatingSource: f.heatingSource,
          buildingYear: f.buildingYear,
        }
      : null,
    sourceLocale: f.sourceLocale,
    texts: f.texts.map((x) => ({
      locale: x.locale,
      title: x.title,
      description: x.description,
      outdated: x.locale !== f.sourceLocale && flatTexts.stateOf(f.texts, f.sourceLocale, x.locale) === 'outdated',
    })),
  };
}

/** Published flats of a municipality as JSON, with the search page's filters as query parameters. */
export const flatsApiRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  app.get(
    '/api/v1/municipalities/:municipality/flats',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['housing'],
        summary:
          'Published flats of a municipality (filters: quartier id, rooms (at least), maxRent (warm, whole euros), stepFree=on, wheelchair=on, wbs=required|free, page)',
        params: z.object({ municipality: slug }),
        response: { 200: flatList, 404: problem, 422: problem },
      },
    },
    async (req) => {
      const t = pageTenant(req);
      const form = parseForm(searchQuery, req.query);
      if (!form.ok) throw new AppError('validation', 422, 'error.badRequest', {}, form.errors);
      const page = form.data.page ?? 1;
      const { rows, total } = await listFlats(db, t, filterOf(form.data), pageSlice(page));
      return { items: rows.map((f) => toJson(t.slug, f)), total, page, pageSize: PAGE_SIZE };
    },
  );
};

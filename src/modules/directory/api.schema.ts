import { z } from 'zod';
import { slug } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { PROVIDER_KINDS } from './directory.tables.ts';

/** Shapes of the directory's JSON API; the OpenAPI document is generated from them. */
export const municipalityParams = z.object({ municipality: slug });
export const boundaryParams = municipalityParams.extend({ quartier: slug });

export const municipalitySummary = z
  .object({
    slug: z.string(),
    ags: z
      .string()
      .regex(/^[0-9]{8}$/)
      .describe('Amtlicher Gemeindeschlüssel'),
    name: z.string(),
    district: z.string(),
  })
  .meta({ id: 'MunicipalitySummary' });

export const quartierSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    areaDescription: z.string(),
    approxResidents: z.number().int().nullable(),
    sourceLocale: z.enum(LOCALES).describe('The language areaDescription is written in'),
    translations: z.array(
      z.object({
        locale: z.enum(LOCALES),
        areaDescription: z.string(),
        outdated: z.boolean().describe('Made from an older version of the source text'),
      }),
    ),
    boundaryUrl: z.string().nullable().describe('GeoJSON Feature of the boundary, when one is recorded'),
  })
  .meta({ id: 'Quartier' });

export const providerSchema = z
  .object({
    name: z.string(),
    kind: z.enum(PROVIDER_KINDS),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: 'Provider' });

export const municipalityList = z.object({ items: z.array(municipalitySummary) });

export const municipalityDetail = municipalitySummary
  .extend({ quartiere: z.array(quartierSchema), providers: z.array(providerSchema) })
  .meta({ id: 'MunicipalityDetail' });

export const boundaryFeature = z
  .object({
    type: z.literal('Feature'),
    properties: z.object({ municipality: z.string(), slug: z.string(), name: z.string() }),
    geometry: z.object({
      type: z.enum(['Polygon', 'MultiPolygon']),
      coordinates: z.array(z.unknown()).describe('RFC 7946 coordinates, WGS 84 longitude/latitude'),
    }),
  })
  .meta({ id: 'QuartierBoundary' });

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  requestId: z.string(),
});

import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { ENERGY_CLASSES, FLAT_STATUSES } from './housing.tables.ts';

/**
 * Form and query schemas of the flats part. Money is typed in euros ("650", "650,50") and kept in cents;
 * error keys are message keys of the `flats` catalog part.
 */

/** Euros as people type them (comma or point, at most two decimals) → whole cents. */
export function euros(max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,7}([.,][0-9]{1,2})?$/, { error: 'housing.flats.error.euros' })
    .transform((s) => Math.round(Number(s.replace(',', '.')) * 100))
    .refine((c) => c <= max * 100, { error: 'housing.flats.error.euros' });
}

/** A decimal with comma or point ("2,5"). */
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,4}([.,][0-9])?$/, { error: 'validation.format' })
    .transform((s) => Number(s.replace(',', '.')))
    .pipe(z.number().min(min).max(max));

/** A checkbox: present ("on") or absent. */
const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

export const flatForm = z
  .object({
    providerId: z.uuid({ error: 'validation.required' }).optional(),
    quartierId: z.uuid().optional(),
    street: z.string().min(1).max(200),
    postcode: z.string().regex(/^[0-9]{5}$/, { error: 'housing.flats.error.postcode' }),
    city: z.string().min(1).max(100),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    rooms: decimal(1, 20),
    areaM2: decimal(10, 1000),
    floor: z.coerce.number().int().min(-1).max(60),
    hasLift: checkbox,
    stepFree: checkbox,
    wheelchairAccessible: checkbox,
    coldRent: euros(10_000),
    serviceCharges: euros(5_000).optional(),
    heating: euros(5_000).optional(),
    deposit: euros(30_000).optional(),
    wbsRequired: checkbox,
    availableFrom: isoDay('housing.flats.error.date'),
    petsAllowed: checkbox,
    hasCertificate: checkbox,
    energyCertificate: z.enum(['demand', 'consumption']).optional(),
    energyKwh: decimal(0, 1000).optional(),
    energyClass: z.enum(ENERGY_CLASSES).optional(),
    heatingSource: z.string().min(1).max(100).optional(),
    buildingYear: z.coerce.number().int().min(1500).max(2100).optional(),
    sourceLocale: z.enum(LOCALES).default('de'),
    title: z.string().min(1).max(200),
    description: z.string().max(8000).optional(),
  })
  .superRefine((v, ctx) => {
    // § 551 BGB: the deposit is at most three months' net cold rent.
    if ((v.deposit ?? 0) > 3 * v.coldRent) {
      ctx.addIssue({ code: 'custom', path: ['deposit'], message: 'housing.flats.error.depositTooHigh' });
    }
    // § 87 GEG: where an energy certificate exists, the advert names its kind and figures.
    if (v.hasCertificate) {
      for (const field of GEG_FIELDS) {
        if (v[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'housing.flats.error.gegRequired' });
        }
      }
    }
  });
export type FlatInput = z.infer<typeof flatForm>;

/** The fields § 87 GEG requires in an advert when an energy certificate exists. */
export const GEG_FIELDS = ['energyCertificate', 'energyKwh', 'energyClass', 'heatingSource', 'buildingYear'] as const;

export const statusForm = z.object({ status: z.enum(FLAT_STATUSES) });

export const textForm = z.object({
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(8000).optional(),
});

/** The public search's filters (GET query); all optional, each checked. */
export const searchQuery = z.object({
  quartier: z.uuid({ error: 'housing.flats.error.filter' }).optional(),
  rooms: z.coerce.number({ error: 'housing.flats.error.filter' }).int().min(1).max(20).optional(),
  maxRent: z.coerce.number({ error: 'housing.flats.error.filter' }).int().min(0).max(100_000).optional(),
  stepFree: z.literal('on', { error: 'housing.flats.error.filter' }).optional(),
  wheelchair: z.literal('on', { error: 'housing.flats.error.filter' }).optional(),
  wbs: z.enum(['any', 'required', 'free'], { error: 'housing.flats.error.filter' }).optional(),
  page: z.coerce.number({ error: 'housing.flats.error.filter' }).int().min(1).max(100_000).optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

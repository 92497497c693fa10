import { z } from 'zod';
import { parseHours } from './places.hours.ts';
import { PLACE_KINDS, WHEELCHAIR } from './welcome.tables.ts';

/** A ticked checkbox posts "on"; an unticked one posts nothing. */
const flag = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

const LANGUAGE = /^[a-z]{2,3}$/;
const WEBSITE = /^https?:\/\/[^\s]{1,500}$/;

/** An http(s) address a browser can open. */
export function isWebsite(v: string): boolean {
  if (!WEBSITE.test(v)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

const hours = z
  .string()
  .max(500, { error: 'welcome.places.error.openingHours' })
  .refine((v) => parseHours(v).ok, { error: 'welcome.places.error.openingHours' });

const coordinate = (max: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,10})?$/, { error: 'welcome.places.error.coordinates' })
    .transform(Number)
    .refine((v) => Math.abs(v) <= max, { error: 'welcome.places.error.coordinates' });

/** A place as staff keep it; languages as ISO 639 codes separated by commas or spaces ("ar, fa, en"). */
export const placeForm = z
  .object({
    name: z.string().min(1).max(200),
    kind: z.enum(PLACE_KINDS),
    description: z.string().max(4000).optional(),
    street: z.string().max(200).optional(),
    postcode: z
      .string()
      .regex(/^[0-9]{5}$/, { error: 'welcome.places.error.postcode' })
      .optional(),
    city: z.string().max(100).optional(),
    lat: coordinate(90).optional(),
    lon: coordinate(180).optional(),
    quartierId: z.uuid().optional(),
    openingHours: hours.optional(),
    byAppointment: flag,
    languages: z
      .string()
      .max(200)
      .transform((v) => [
        ...new Set(
          v
            .toLowerCase()
            .split(/[\s,;]+/)
            .filter(Boolean),
        ),
      ])
      .refine((v) => v.length <= 30 && v.every((l) => LANGUAGE.test(l)), { error: 'welcome.places.error.languages' })
      .optional(),
    wheelchair: z.enum(WHEELCHAIR).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 /()-]{3,40}$/, { error: 'welcome.places.error.phone' })
      .optional(),
    email: z.email().max(200).optional(),
    website: z.string().max(500).refine(isWebsite, { error: 'welcome.places.error.website' }).optional(),
  })
  // A point needs both coordinates; one alone is a typo.
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), {
    error: 'welcome.places.error.coordinates',
    path: ['lat'],
  });
export type PlaceInput = z.infer<typeof placeForm>;

/** The public list's filters (GET); an unknown value matches nothing rather than everything. */
export const placeFilter = z.object({
  kind: z.string().max(40).optional(),
  language: z.string().max(10).optional(),
  open: z.literal('on').optional(),
  wheelchair: z.literal('on').optional(),
});
export type PlaceFilter = z.infer<typeof placeFilter>;

/** An import: a GeoJSON FeatureCollection pasted as text. */
export const importForm = z.object({
  geojson: z.string().min(1).max(200_000),
});

/** Whether imported values fit the table (the same limits as the form's); a feature that does not is skipped. */
export const importedValues = z.object({
  name: z.string().min(1).max(200),
  street: z.string().min(1).max(200).nullable(),
  postcode: z
    .string()
    .regex(/^[0-9]{5}$/)
    .nullable(),
  city: z.string().min(1).max(100).nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  openingHours: hours.nullable(),
  languages: z.array(z.string().regex(LANGUAGE)).max(30),
  phone: z.string().min(3).max(40).nullable(),
  email: z.string().min(3).max(200).nullable(),
  website: z.string().refine(isWebsite).nullable(),
});

/** A place's description in another language; empty removes that language's text. */
export const placeTextForm = z.object({ description: z.string().max(4000).optional() });

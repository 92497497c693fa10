import { z } from 'zod';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { parseOpeningHours } from '../community/index.ts';
import { AUDIENCES, CHANNELS, LANGUAGES, TOPICS } from './counselling.tables.ts';

/** A ticked checkbox posts "on"; an unticked one posts nothing. */
const flag = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

/** A group of checkboxes: nothing, one value or several; at least one when `error` is given. */
function several<const T extends readonly [string, ...string[]]>(values: T, error: string) {
  return z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v): T[number][] => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
    .refine((v) => v.length > 0, { error });
}

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** A service and its booking rules, as staff keep them (the place is checked by the service, see valuesOf). */
export const serviceForm = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(8000).optional(),
  topics: several(TOPICS, 'counselling.services.error.topics'),
  languages: several(LANGUAGES, 'counselling.services.error.languages'),
  channels: several(CHANNELS, 'counselling.services.error.channels'),
  quartierId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  roomId: z.uuid().optional(),
  street: optionalText(200),
  postcode: z
    .string()
    .regex(/^[0-9]{5}$/, { error: 'counselling.services.error.postcode' })
    .optional(),
  city: optionalText(100),
  wheelchairAccessible: flag,
  stepFree: flag,
  hearingLoop: flag,
  audience: z.enum(AUDIENCES).default('everyone'),
  slotMinutes: whole(10, 240),
  bufferMinutes: whole(0, 120),
  minNoticeHours: whole(0, 720),
  horizonDays: whole(1, 180),
  cancelCutoffHours: whole(0, 168),
  walkInHours: z
    .string()
    .max(500)
    .refine((v) => parseOpeningHours(v).ok, { error: 'counselling.services.error.walkInHours' })
    .optional(),
  contactPhone: z
    .string()
    .regex(/^\+?[0-9 /()-]{6,30}$/, { error: 'counselling.services.error.phone' })
    .optional(),
  active: flag,
  sourceLocale: z.enum(LOCALES).default('de'),
});
export type ServiceInput = z.infer<typeof serviceForm>;

/** A service's title and description in one more language. */
export const serviceTextForm = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(8000).default(''),
});

/** A person of the municipality made counsellor of a service. */
export const counsellorForm = z.object({
  userId: z.uuid(),
  displayName: z.string().trim().min(1).max(100),
  languages: several(LANGUAGES, 'counselling.services.error.languages'),
});

/** Deactivating (or activating again) a counsellor. */
export const counsellorStateForm = z.object({ counsellorId: z.uuid(), active: z.enum(['on', 'off']) });

/** The public list's filters; unknown values are refused by the page (an empty list, not everything). */
export const serviceListQuery = z.object({
  topic: z.string().max(40).optional(),
  language: z.string().max(8).optional(),
  quartier: z.string().max(64).optional(),
});
export type CounsellorInput = z.infer<typeof counsellorForm>;

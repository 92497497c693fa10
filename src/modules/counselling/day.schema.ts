import { z } from 'zod';
import { isoDay, uuid } from '../../platform/http/params.ts';
import { AGE_BANDS, CHANNELS, GENDERS, LANGUAGES, TOPICS } from './counselling.tables.ts';

const k = (key: string) => `counselling.day.error.${key}`;
const optional = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, { error: k(key) }).optional());

/** The day list's query: which day, and (for the Quartier manager and the administration) whose. */
export const dayQuery = z.object({
  date: isoDay(k('date')).optional(),
  counsellor: uuid.optional().or(z.literal('').transform(() => undefined)),
});

/** A contact's counted fields: never a name, never free text. */
export const contactForm = z.object({
  topic: z.enum(TOPICS, { error: k('topic') }),
  channel: z.enum(CHANNELS, { error: k('channel') }),
  language: z.enum(LANGUAGES, { error: k('language') }),
  durationMinutes: z.coerce
    .number({ error: k('duration') })
    .int(k('duration'))
    .min(1, k('duration'))
    .max(480, k('duration')),
  gender: optional(GENDERS, 'gender'),
  ageBand: optional(AGE_BANDS, 'ageBand'),
});
export type ContactInput = z.infer<typeof contactForm>;

/** A walk-in counted with one tap: the service only. */
export const walkInForm = z.object({ serviceId: uuid });

/** Rebooking: the chosen free slot (its start and counsellor, as listed). */
export const rebookForm = z.object({
  slot: z.string({ error: k('slot') }).regex(/^[0-9a-f-]{36}\|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/, k('slot')),
});

/** The figures' query: a year and optionally one service. */
export const figuresQuery = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  service: uuid.optional().or(z.literal('').transform(() => undefined)),
});

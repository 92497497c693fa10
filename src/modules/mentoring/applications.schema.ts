import { z } from 'zod';
import { AVAILABILITY, GENDERS, TOPICS } from './mentoring.tables.ts';

// Validation at the edge of the application forms: every problem a message key on its field, the input kept.

const k = (key: string) => `mentoring.applications.error.${key}`;

/** A checkbox group: one value or several, each from the list; none is an empty list. */
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values)).max(values.length)], { error: k('choice') })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/** Free words separated by commas (committees): trimmed, at most 20 of 1–100 characters. */
const words = z
  .string()
  .max(2000, { error: k('committees') })
  .optional()
  .transform((v) =>
    [
      ...new Set(
        (v ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ].slice(0, 20),
  )
  .pipe(z.array(z.string().max(100, { error: k('committees') })));

/** Languages as ISO 639 codes, separated by commas or spaces ("de, ar"). */
const languages = z
  .string()
  .max(200, { error: k('languages') })
  .transform((v) => [
    ...new Set(
      v
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(/^[a-z]{2,3}$/, { error: k('languages') }))
      .min(1, { error: k('languages') })
      .max(20, { error: k('languages') }),
  );

export const menteeForm = z
  .object({
    displayName: z
      .string()
      .min(1, { error: k('displayName') })
      .max(100, { error: k('displayName') }),
    motivation: z
      .string()
      .min(1, { error: k('motivation') })
      .max(4000, { error: k('motivation') }),
    topics: many(TOPICS),
    committees: words,
    languages,
    availability: many(AVAILABILITY),
    accessibility: z
      .string()
      .max(1000, { error: k('accessibility') })
      .optional(),
    gender: z.enum(GENDERS, { error: k('choice') }).optional(),
    politicalDirection: z
      .string()
      .max(100, { error: k('politicalDirection') })
      .optional(),
    politicalConsent: z.literal('yes', { error: k('choice') }).optional(),
    preferredMentorId: z.uuid({ error: k('choice') }).optional(),
    privacy: z.literal('yes', { error: k('privacy') }),
  })
  .superRefine((v, ctx) => {
    if (v.politicalDirection && v.politicalConsent !== 'yes')
      ctx.addIssue({ code: 'custom', path: ['politicalConsent'], message: k('politicalConsent') });
  });
export type MenteeForm = z.infer<typeof menteeForm>;

export const mentorForm = z.object({
  displayName: z
    .string()
    .min(1, { error: k('displayName') })
    .max(100, { error: k('displayName') }),
  body: z
    .string()
    .min(1, { error: k('body') })
    .max(200, { error: k('body') }),
  faction: z
    .string()
    .max(100, { error: k('faction') })
    .optional(),
  committees: words,
  topics: many(TOPICS),
  languages,
  availability: many(AVAILABILITY),
  capacity: z.coerce
    .number({ error: k('capacity') })
    .int({ error: k('capacity') })
    .min(1, { error: k('capacity') })
    .max(10, { error: k('capacity') }),
});
export type MentorForm = z.infer<typeof mentorForm>;

/** What staff may set an application to: a place confirmed, or declined. */
export const STAFF_STATUSES = ['accepted', 'declined'] as const;
export const statusForm = z.object({ status: z.enum(STAFF_STATUSES, { error: k('choice') }) });

export const capacityForm = z.object({
  capacity: z.coerce
    .number({ error: k('capacity') })
    .int({ error: k('capacity') })
    .min(0, { error: k('capacity') })
    .max(10, { error: k('capacity') }),
});

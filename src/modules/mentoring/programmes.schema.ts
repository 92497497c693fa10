import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { ACTIVITY_KINDS } from './mentoring.tables.ts';

// The staff forms of programmes and cycles: every problem a message key on its field, the input kept.

const k = (key: string) => `mentoring.programmes.error.${key}`;
const yes = z
  .literal('yes', { error: k('choice') })
  .optional()
  .transform((v) => v === 'yes');

/** A list of checkbox values (one or several), each checked by `item`. */
const list = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .union([item, z.array(item).max(max)], { error: k('choice') })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

export const programmeForm = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: k('slug') }),
  title: z
    .string()
    .min(1, { error: k('title') })
    .max(200, { error: k('title') }),
  aim: z
    .string()
    .min(1, { error: k('aim') })
    .max(8000, { error: k('aim') }),
  organiser: z
    .string()
    .min(1, { error: k('organiser') })
    .max(200, { error: k('organiser') }),
  asksPolitical: yes,
  womenTargetPercent: z.coerce
    .number({ error: k('percent') })
    .int({ error: k('percent') })
    .min(0, { error: k('percent') })
    .max(100, { error: k('percent') })
    .optional(),
  contactEmail: z
    .email({ error: k('email') })
    .max(200, { error: k('email') })
    .optional(),
  active: yes,
  staff: list(z.uuid({ error: k('choice') }), 50),
});
export type ProgrammeForm = z.infer<typeof programmeForm>;

/**
 * A translation of a programme's title and aim. The aim's field is `description`, the name the platform's
 * translation form (`TitledTranslationForm`) gives the text under the title.
 */
export const programmeTextForm = z.object({
  title: z
    .string()
    .min(1, { error: k('title') })
    .max(200, { error: k('title') }),
  description: z
    .string()
    .min(1, { error: k('aim') })
    .max(8000, { error: k('aim') }),
});
export type ProgrammeTextForm = z.infer<typeof programmeTextForm>;

/** What staff may set a cycle to; `finished` is set by ending the cycle. */
export const EDITABLE_CYCLE_STATUSES = ['planned', 'open', 'matching', 'running'] as const;

export const cycleForm = z
  .object({
    name: z
      .string()
      .min(1, { error: k('name') })
      .max(100, { error: k('name') }),
    applicationsOpen: isoDay(k('day')),
    applicationsClose: isoDay(k('day')),
    startsOn: isoDay(k('day')),
    endsOn: isoDay(k('day')),
    places: z.coerce
      .number({ error: k('places') })
      .int({ error: k('places') })
      .min(1, { error: k('places') })
      .max(1000, { error: k('places') }),
    activityKinds: list(z.enum(ACTIVITY_KINDS, { error: k('choice') }), ACTIVITY_KINDS.length).refine(
      (a) => a.length > 0,
      { error: k('activityKinds') },
    ),
    activitiesRequired: z.coerce
      .number({ error: k('required') })
      .int({ error: k('required') })
      .min(1, { error: k('required') })
      .max(100, { error: k('required') }),
    status: z.enum(EDITABLE_CYCLE_STATUSES, { error: k('choice') }),
  })
  .superRefine((v, ctx) => {
    const order: [keyof typeof v, keyof typeof v][] = [
      ['applicationsOpen', 'applicationsClose'],
      ['applicationsClose', 'startsOn'],
      ['startsOn', 'endsOn'],
    ];
    for (const [a, b] of order)
      if (String(v[a]) > String(v[b])) ctx.addIssue({ code: 'custom', path: [b], message: k('order') });
  });
export type CycleForm = z.infer<typeof cycleForm>;

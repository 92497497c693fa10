import { z } from 'zod';
import { pageNumber } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { PRACTICE_TAGS, TOPICS } from './welcome.tables.ts';

/**
 * Forms and queries of the good-practice library. Error keys are message keys of the `practice` catalog part.
 * Texts are plain paragraphs (no HTML): what was done, for whom, and what came of it.
 */

/** Ticked tags: absent, one value or several; an unknown tag is refused with its own message. */
const tags = z
  .union([z.enum(PRACTICE_TAGS), z.array(z.enum(PRACTICE_TAGS))], { error: 'welcome.practice.error.tag' })
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

const text = (max: number) => z.string().trim().max(max);
const TRANSLATABLE = LOCALES.filter((l) => l !== 'de') as [Exclude<(typeof LOCALES)[number], 'de'>, ...string[]];

const practiceShape = z.object({
  title: text(200).min(1),
  what: text(8000).min(1),
  forWhom: text(2000).optional(),
  results: text(8000).optional(),
  placeName: text(200).min(1),
  providerName: text(200).optional(),
  tags,
  contactName: text(200).optional(),
  contactEmail: z.email({ error: 'validation.email' }).max(200).optional(),
  website: z
    .string()
    .regex(/^https?:\/\/\S{1,500}$/, { error: 'welcome.practice.error.website' })
    .optional(),
  startedYear: z.coerce.number({ error: 'validation.invalid' }).int().min(1950).max(2100).optional(),
  // One optional translation next to the German text.
  trLocale: z.enum(TRANSLATABLE, { error: 'validation.choice' }).optional(),
  trTitle: text(200).optional(),
  trWhat: text(8000).optional(),
  trForWhom: text(2000).optional(),
  trResults: text(8000).optional(),
});

/** A submitted or edited example: German text, facts, tags, and optionally one translation. */
export const practiceForm = practiceShape.superRefine((v, ctx) => {
  if (v.tags.length === 0) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'welcome.practice.error.tags' });
  const anyTr = v.trTitle || v.trWhat || v.trForWhom || v.trResults;
  if (anyTr && !v.trLocale) ctx.addIssue({ code: 'custom', path: ['trLocale'], message: 'validation.required' });
  if (v.trLocale && !v.trTitle) ctx.addIssue({ code: 'custom', path: ['trTitle'], message: 'validation.required' });
  if (v.trLocale && !v.trWhat) ctx.addIssue({ code: 'custom', path: ['trWhat'], message: 'validation.required' });
});
export type PracticeInput = z.infer<typeof practiceForm>;

/** The state editor's decision on an example. */
export const practiceStatusForm = z.object({ status: z.enum(['published', 'rejected', 'submitted']) });

/** "Adapt this for my Quartier": into a draft guide page (with its section) or a draft event (with its date). */
export const adaptForm = z
  .object({
    target: z.enum(['guide', 'event'], { error: 'validation.required' }),
    topic: z.enum(TOPICS, { error: 'validation.choice' }).optional(),
    startDate: z.iso.date({ error: 'welcome.practice.error.date' }).optional(),
    startTime: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'welcome.practice.error.time' })
      .optional(),
    endTime: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'welcome.practice.error.time' })
      .optional(),
    address: text(300).optional(),
  })
  .superRefine((v, ctx) => {
    const need = (path: string) => ctx.addIssue({ code: 'custom', path: [path], message: 'validation.required' });
    if (v.target === 'guide' && !v.topic) need('topic');
    if (v.target !== 'event') return;
    for (const k of ['startDate', 'startTime', 'endTime', 'address'] as const) if (!v[k]) need(k);
  });
export type AdaptInput = z.infer<typeof adaptForm>;

/** An example's slug in a URL (the column's own rule). */
export const practiceSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

/** The public list: words, a tag, a page. An unknown tag is not an error here: it matches nothing. */
export const practiceListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  tag: z.string().max(40).optional(),
  page: pageNumber,
});

/** The state's review list: one status or all. */
export const reviewListQuery = z.object({
  status: z.enum(['submitted', 'published', 'rejected']).optional(),
  page: pageNumber,
});

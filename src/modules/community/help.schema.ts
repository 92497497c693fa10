import { z } from 'zod';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { pageNumber, slug } from '../../platform/http/params.ts';
import { HELP_CATEGORIES, HELP_KINDS, REPORT_REASONS } from './help.tables.ts';

/**
 * The languages a post may be written in: the interface's seven and those many newcomers in Lower Saxony write
 * in besides (Pashto, Tigrinya, Kurdish, Somali, French). Names come from Intl, in the reader's language.
 */
export const WRITING_LANGUAGES = [...LOCALES, 'ps', 'ti', 'ku', 'so', 'fr'] as const;

const text = (max: number) => z.string().min(1).max(max);

/** The public list's filters (`?kind=&category=&quartier=<slug>&page=`); a wrong value is a field message. */
export const helpListQuery = z.object({
  kind: z.enum(HELP_KINDS).optional(),
  category: z.enum(HELP_CATEGORIES).optional(),
  quartier: slug.optional(),
  page: pageNumber,
});
export type HelpListQuery = z.infer<typeof helpListQuery>;

/** A new offer or request. The Quartier is named by its slug, as in the list's filter. */
export const helpPostForm = z.object({
  kind: z.enum(HELP_KINDS),
  category: z.enum(HELP_CATEGORIES),
  quartier: slug.optional(),
  authorName: text(80),
  locale: z.enum(WRITING_LANGUAGES),
  title: text(120),
  body: text(2000),
});
export type HelpPostInput = z.infer<typeof helpPostForm>;

/** A neighbour's first answer: the name to show the writer, and the message. */
export const helpAnswerForm = z.object({ name: text(80), body: text(2000) });
export type HelpAnswerInput = z.infer<typeof helpAnswerForm>;

/** A further message in a conversation. */
export const helpMessageForm = z.object({ body: text(2000) });

/** Agreeing to exchange contact details: what to share, and the explicit consent (a ticked box). */
export const helpContactForm = z.object({
  contact: z.string().min(3).max(200),
  consent: z.literal('yes', { error: 'community.help.contact.consentRequired' }),
});

/** The writer closes the post and says whether it helped. */
export const helpCloseForm = z.object({ outcome: z.enum(['helped', 'not_helped']) });

/** A report of abuse. */
export const helpReportForm = z.object({
  reason: z.enum(REPORT_REASONS),
  note: z.string().max(1000).optional(),
});

/** The moderation list's view (`?show=reported|hidden|all`). */
export const moderationQuery = z.object({ show: z.enum(['reported', 'hidden', 'all']).default('reported') });

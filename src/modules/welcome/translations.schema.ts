import { z } from 'zod';
import { pageNumber } from '../../platform/http/params.ts';
import { municipalityIdParams } from '../../platform/http/params.ts';
import { STATE_FILTERS, TRANSLATION_LOCALES } from './translations.state.ts';
import { TOPICS } from './welcome.tables.ts';

/** The URL of one page's translation into one language (`/admin/guide/:id/translate/:lang`). */
export const translateParams = municipalityIdParams.extend({ lang: z.enum(TRANSLATION_LOCALES) });

/** A translation as the editor saves it: title and body (safe HTML, cleaned by the service). */
export const translationForm = z.object({
  title: z.string().max(200),
  body: z.string().max(200_000, { error: 'welcome.translations.error.bodyTooLong' }).optional(),
  // The translator checked that the saved words still say what the current German text says.
  stillCurrent: z
    .literal('on', { error: 'validation.invalid' })
    .optional()
    .transform((v) => v === 'on'),
});
export type TranslationInput = z.infer<typeof translationForm>;

/** A form with nothing to fill in (the machine draft and the approval buttons). */
export const buttonForm = z.object({});

/** The status overview's filters: a language, a state, a topic; and the page of the list. */
export const overviewQuery = z.object({
  page: pageNumber,
  lang: z.enum(TRANSLATION_LOCALES).optional(),
  state: z.enum(STATE_FILTERS).optional(),
  topic: z.enum(TOPICS).optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

import { z } from 'zod';

/** The longest query the search takes: a German term with a few words around it fits many times over. */
export const MAX_QUERY = 200;

/** The search page's query (GET): the words, and the page of results (from 1). */
export const searchQuery = z.object({
  q: z
    .string({ error: 'welcome.search.error.query' })
    .max(MAX_QUERY, { error: 'welcome.search.error.tooLong' })
    .optional(),
  page: z.coerce
    .number({ error: 'welcome.search.error.page' })
    .int({ error: 'welcome.search.error.page' })
    .min(1, { error: 'welcome.search.error.page' })
    .max(1000, { error: 'welcome.search.error.page' })
    .optional(),
});
export type SearchQueryInput = z.infer<typeof searchQuery>;

import { z } from 'zod';
import { FEEDBACK_STATUSES } from './feedback.repository.ts';

/** A page address: a path on this site or an http(s) URL; nothing that could run (no `javascript:`). */
const pageUrl = z
  .string()
  .max(2000)
  .refine((v) => /^\/[^\s]*$/.test(v) || /^https?:\/\/[^\s]+$/i.test(v), { error: 'validation.format' });

/** A municipality's slug as the form sends it (checked against the list by the route). */
const slug = z.string().regex(/^[a-z0-9-]{1,63}$/, { error: 'validation.choice' });

/** The feedback form: what is wrong (required), where (optional), which municipality, how to answer (optional). */
export const feedbackSchema = z.object({
  message: z.string().max(4000),
  page: pageUrl.optional(),
  municipality: slug.optional(),
  email: z.email().max(254).optional(),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const day = z.iso.date({ error: 'site.inbox.dateFormat' });

/** Query of an inbox: page, status and a date range (German calendar days, inclusive). */
export const inboxQuery = z
  .object({
    page,
    status: z.enum(FEEDBACK_STATUSES).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], error: 'site.inbox.dateOrder' });
export type InboxQuery = z.infer<typeof inboxQuery>;

/** The status form of one message: answered or done (or back to new). */
export const statusForm = z.object({ status: z.enum(FEEDBACK_STATUSES) });

/** The team address form: an address, or empty to remove it. */
export const teamAddressForm = z.object({ email: z.email().max(254).optional() });

/** A feedback id in the URL; anything else is simply not found. */
export const feedbackId = z.uuid();

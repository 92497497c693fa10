import { z } from 'zod';

/** A page address: a path on this site or an http(s) URL; nothing that could run (no `javascript:`). */
const pageUrl = z
  .string()
  .max(2000)
  .refine((v) => /^\/[^\s]*$/.test(v) || /^https?:\/\/[^\s]+$/i.test(v), { error: 'validation.format' });

/** The feedback form: what is wrong (required), where (optional), how to answer (optional). */
export const feedbackSchema = z.object({
  message: z.string().max(4000),
  page: pageUrl.optional(),
  email: z.email().max(254).optional(),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;

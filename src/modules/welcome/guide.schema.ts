import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { TEXT_LOCALES, TOPICS } from './welcome.tables.ts';

/** A guide page's slug, as the database accepts it: lower-case letters, digits and hyphens, up to 80. */
export const GUIDE_SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Words the guide's own URLs use below `/guide/` (the offline page): no page may take them as its slug. */
export const RESERVED_SLUGS: readonly string[] = ['offline'];

/** A guide page as an editor writes it: the German title and body (HTML) and its place in the tree. */
export const guidePageForm = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(200_000).default(''),
  slug: z
    .string()
    .regex(GUIDE_SLUG, { error: 'welcome.guide.error.slug' })
    .refine((s) => !RESERVED_SLUGS.includes(s), { error: 'welcome.guide.error.slugReserved' }),
  topic: z.enum(TOPICS, { error: 'welcome.guide.error.topic' }),
  parentId: z.uuid({ error: 'validation.choice' }).optional(),
  position: z.coerce.number().int().min(0).max(10_000).default(0),
  lastCheckedOn: isoDay('welcome.guide.error.lastCheckedOn').optional(),
});
export type GuidePageInput = z.infer<typeof guidePageForm>;

/** A move in the workflow an editor may make: to review, or back to draft. Publishing is its own form. */
export const guideStatusForm = z.object({
  status: z.enum(['draft', 'review'], { error: 'welcome.guide.error.status' }),
});

/** Publishing: nothing to fill in (the form carries only its token); it moves the page to published. */
export const guidePublishForm = z.object({}).transform(() => ({ status: 'published' as const }));

/** The language and version in the URL of a version page. */
export const textLocale = z.enum(TEXT_LOCALES);
export const versionNumber = z.coerce.number().int().min(1).max(1_000_000);

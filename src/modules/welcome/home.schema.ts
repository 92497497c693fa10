import { z } from 'zod';
import { hostOf } from '../../platform/http/consent.ts';
import { parseHours } from './places.hours.ts';

/** The welcome page in German, with its video (an https address to embed, e.g. a YouTube "nocookie" embed URL). */
export const homeForm = z.object({
  headline: z.string().min(1).max(200),
  body: z.string().max(20_000).optional(),
  videoTitle: z.string().max(200).optional(),
  videoUrl: z
    .string()
    .max(500)
    .refine((v) => /^https:\/\/\S+$/.test(v) && hostOf(v) !== null, { error: 'welcome.home.error.videoUrl' })
    .optional(),
});
export type HomeInput = z.infer<typeof homeForm>;

/** The welcome page in another language; an empty headline removes that language's text. */
export const homeTextForm = z.object({
  headline: z.string().max(200).optional(),
  body: z.string().max(20_000).optional(),
  videoTitle: z.string().max(200).optional(),
});
export type HomeTextInput = z.infer<typeof homeTextForm>;

/** A contact point; opening hours in OpenStreetMap syntax, read by the same library as places'. */
export const contactForm = z.object({
  name: z.string().min(1).max(200),
  phone: z
    .string()
    .regex(/^\+?[0-9 /()-]{3,40}$/, { error: 'welcome.places.error.phone' })
    .optional(),
  email: z.email().max(200).optional(),
  street: z.string().max(200).optional(),
  postcode: z
    .string()
    .regex(/^[0-9]{5}$/, { error: 'welcome.places.error.postcode' })
    .optional(),
  city: z.string().max(100).optional(),
  openingHours: z
    .string()
    .max(500, { error: 'welcome.places.error.openingHours' })
    .refine((v) => parseHours(v).ok, { error: 'welcome.places.error.openingHours' })
    .optional(),
});
export type ContactInput = z.infer<typeof contactForm>;

import { z } from 'zod';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { MUNICIPALITY_ROLES } from './directory.policy.ts';
import { PROVIDER_KINDS } from './directory.tables.ts';
import { parseBoundary } from './geojson.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
/** Lower Saxony's Amtlicher Gemeindeschlüssel: 8 digits, state code 03 first. */
const AGS = /^03[0-9]{6}$/;
const PHONE = /^\+?[0-9 ()/-]{3,40}$/;

const slug = z.string().max(63, { error: 'directory.slug.format' }).regex(SLUG, { error: 'directory.slug.format' });
const name = z.string().min(1).max(200);

export const quartierForm = z.object({
  name,
  slug,
  areaDescription: z.string().max(4000).optional(),
  boundary: z
    .string()
    .max(200_000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return null;
      const parsed = parseBoundary(text);
      if (parsed.ok) return parsed.geometry;
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    }),
  approxResidents: z.coerce.number().int().min(0).max(5_000_000).optional(),
  sourceLocale: z.enum(LOCALES).default('de'),
});
export type QuartierInput = z.infer<typeof quartierForm>;

export const providerForm = z.object({
  name,
  kind: z.enum(PROVIDER_KINDS),
  email: z.email().max(254).optional(),
  phone: z.string().regex(PHONE, { error: 'directory.provider.phoneFormat' }).optional(),
  website: z
    .url({ protocol: /^https?$/, error: 'directory.provider.websiteFormat' })
    .max(500)
    .optional(),
});
export type ProviderInput = z.infer<typeof providerForm>;

export const municipalityForm = z.object({
  ags: z.string().regex(AGS, { error: 'directory.municipality.agsFormat' }),
  slug,
  name,
  district: name,
});
export type MunicipalityInput = z.infer<typeof municipalityForm>;

export const grantForm = z.object({
  userId: z.uuid(),
  role: z.enum(MUNICIPALITY_ROLES),
  quartierId: z.uuid().optional(),
  providerId: z.uuid().optional(),
});
export type GrantInput = z.infer<typeof grantForm>;

export const inviteForm = z.object({
  displayName: z.string().min(1).max(120),
  email: z.email().max(254),
  role: z.enum(MUNICIPALITY_ROLES),
  locale: z.enum(LOCALES),
});
/** A translation of a Quartier's description; empty removes it. */
export const translationForm = z.object({ areaDescription: z.string().max(4000).optional() });

export type InviteInput = z.infer<typeof inviteForm>;

/** The state's invitation of a municipality's (first) administrator: the role is fixed. */
export const adminInviteForm = inviteForm.omit({ role: true });

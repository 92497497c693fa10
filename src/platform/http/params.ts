import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PageTenant } from '../db/tenant.ts';
import { LOCALES } from '../i18n/locales.ts';
import { notFound } from './app-error.ts';

/**
 * The one gate for what a URL names. Every route declares its path parameters with these schemas
 * (`schema: { params: … }`); a value that does not fit is a 404 page (problem+json under /api) before any
 * handler or query runs, and the handler reads `req.params` typed, never cast. Query values (pages, dates) use
 * the field schemas below, so that no slug, id, date or page number reaches the database unchecked.
 */

/** A slug as the database accepts it (municipalities, Quartiere): lower-case letters, digits and hyphens. */
export const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const slug = z.string().regex(SLUG);
export const uuid = z.uuid();
export const locale = z.enum(LOCALES);

/** `/:locale/…` */
export const localeParams = z.object({ locale });
/** `/:locale/…/:id/…` */
export const localeIdParams = localeParams.extend({ id: uuid });
/** `/:locale/…/:token` of a mailed link: a random base64url token (a wrong one is "link expired", not a 404). */
export const TOKEN_PARAMS = localeParams.extend({ token: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/) });
/** `/:locale/m/:municipality/…` (the municipality is resolved to `req.tenant` before the access check). */
export const municipalityParams = localeParams.extend({ municipality: slug });
/** `/:locale/m/:municipality/…/:id/…` */
export const municipalityIdParams = municipalityParams.extend({ id: uuid });

// Both engines take years 1 to 294276, but a person filtering a list means our era: outside it is a typo.
const MIN_DAY = '1900-01-01';
const MAX_DAY = '2999-12-31';

/** A calendar day `YYYY-MM-DD` that exists and lies between 1900 and 2999 (query filters). */
export function isoDay(message: string) {
  return z.iso.date({ error: message }).refine((d) => d >= MIN_DAY && d <= MAX_DAY, { error: message });
}

/** A page number of a paginated list (`?page=`): a whole number from 1; absent means 1. */
export const pageNumber = z.coerce.number().int().min(1).max(100_000).default(1);

/** The municipality of a `:municipality` route, resolved by the request context; 404 where there is none. */
export function pageTenant(req: FastifyRequest): PageTenant {
  const t = req.tenant;
  if (!t) throw notFound('municipality');
  return t;
}

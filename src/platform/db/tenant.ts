/**
 * The tenant a piece of work runs for. Every repository function on tenant data takes it first and filters by
 * `municipality_id`; it is made only from a checked session or a resolved public URL, never from raw input.
 */
export interface Tenant {
  readonly municipalityId: string;
}

/** Makes a tenant from a municipality id that the caller has already resolved and authorised. */
export function tenant(municipalityId: string): Tenant {
  if (!municipalityId) throw new Error('tenant without municipality id');
  return Object.freeze({ municipalityId });
}

/** A resolved municipality as pages need it: the tenant with its slug (for URLs) and name (for headings). */
export interface PageTenant extends Tenant {
  readonly slug: string;
  readonly name: string;
}

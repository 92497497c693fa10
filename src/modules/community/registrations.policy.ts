import type { Role, SessionUser } from '../../platform/auth/session-user.ts';
import type { Tenant } from '../../platform/db/tenant.ts';

/** Who may open an organiser's pages of registrations at all (the route's access); the policy narrows further. */
export const ORGANISER_ROLES: readonly Role[] = ['volunteer', 'quartier_manager', 'municipality_admin'];

const holds = (user: SessionUser, t: Tenant, roles: readonly Role[]) =>
  user.roles.some((g) => g.municipalityId === t.municipalityId && roles.includes(g.role));

/**
 * The list of who registered is private: the Quartier manager and the administration see every event of their
 * municipality, a volunteer only the events they organise.
 */
export function maySeeRegistrations(user: SessionUser, t: Tenant, event: { organiserUserId: string | null }): boolean {
  if (maySeeAllRegistrations(user, t)) return true;
  return holds(user, t, ['volunteer']) && event.organiserUserId === user.id;
}

/** The Quartier manager and the administration see the registrations of every event of their municipality. */
export function maySeeAllRegistrations(user: SessionUser, t: Tenant): boolean {
  return holds(user, t, ['quartier_manager', 'municipality_admin']);
}

import type { Role, SessionUser } from '../../platform/auth/session-user.ts';
import type { Tenant } from '../../platform/db/tenant.ts';

/** Who may open the day list at all (the route's access); the policy narrows a counsellor to their own services. */
export const DAY_ROLES: readonly Role[] = ['counsellor', 'quartier_manager', 'municipality_admin'];
/** Who sees the contact figures of every service of the municipality. */
export const FIGURES_ROLES: readonly Role[] = ['quartier_manager', 'municipality_admin'];

const holds = (user: SessionUser, t: Tenant, roles: readonly Role[]) =>
  user.roles.some((g) => g.municipalityId === t.municipalityId && roles.includes(g.role));

/** The Quartier manager and the administration see every counsellor's day in their municipality. */
export function maySeeEveryDay(user: SessionUser, t: Tenant): boolean {
  return holds(user, t, FIGURES_ROLES);
}

/**
 * An appointment may be changed (done, no-show, rebooked) by its own counsellor, or by the Quartier manager and the
 * administration of the municipality; a counsellor of another service never sees or changes it.
 */
export function mayHandleAppointment(user: SessionUser, t: Tenant, a: { counsellor_user_id: string }): boolean {
  return maySeeEveryDay(user, t) || (holds(user, t, ['counsellor']) && a.counsellor_user_id === user.id);
}

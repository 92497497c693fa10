import type { Role, SessionUser } from '../../platform/auth/session-user.ts';

export { MUNICIPALITY_ROLES, type MunicipalityRole } from '../../platform/auth/session-user.ts';

/** Roles that may read the staff directory pages of a municipality. */
export const DIRECTORY_READERS = ['municipality_admin', 'quartier_manager'] as const satisfies readonly Role[];

/** True when the user administers this municipality (may change its directory). */
export function canEditDirectory(user: SessionUser | null, municipalityId: string): boolean {
  return !!user?.roles.some((r) => r.role === 'municipality_admin' && r.municipalityId === municipalityId);
}

/** Roles that may change a Quartier: its municipality's administrators, and its own Quartier manager. */
export const QUARTIER_EDITORS = ['municipality_admin', 'quartier_manager'] as const satisfies readonly Role[];

/**
 * True when the user may change this Quartier and its translations: an administrator of the municipality, or a
 * Quartier manager whose grant is scoped to this very Quartier (not to another, nor to the whole municipality).
 */
export function canEditQuartier(user: SessionUser | null, municipalityId: string, quartierId: string): boolean {
  if (canEditDirectory(user, municipalityId)) return true;
  return !!user?.roles.some(
    (r) => r.role === 'quartier_manager' && r.municipalityId === municipalityId && r.quartierId === quartierId,
  );
}

/**
 * True when revoking this grant would not lock the admin out: nobody revokes their own administrator role
 * (another administrator must do it), so a municipality is never left without one by accident.
 */
export function mayRevoke(actorId: string, grant: { userId: string; role: string }): boolean {
  return !(grant.userId === actorId && grant.role === 'municipality_admin');
}

import type { Role } from '../../platform/auth/session-user.ts';
import { inMunicipality } from '../../platform/http/access.ts';

/** Who keeps every counsellor's hours in their municipality. */
export const HOURS_KEEPERS = ['municipality_admin', 'quartier_manager'] as const satisfies readonly Role[];
/** Who keeps their own hours: counsellors, and Quartier managers who hold office hours themselves. */
export const OWN_HOURS = ['counsellor', 'quartier_manager', 'municipality_admin'] as const satisfies readonly Role[];

export const OWN_HOURS_ACCESS = inMunicipality(...OWN_HOURS);
export const KEEPERS_ACCESS = inMunicipality(...HOURS_KEEPERS);

/** Whether the signed-in person may open every counsellor's hours here. */
export function keepsHours(roles: readonly { role: Role; municipalityId: string | null }[], m: string): boolean {
  return roles.some((r) => r.municipalityId === m && (HOURS_KEEPERS as readonly Role[]).includes(r.role));
}

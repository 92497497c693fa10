import type { SessionUser } from '../../platform/auth/session-user.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';

/** Who keeps every service of the municipality: its administration and its Quartier managers. */
export const SERVICE_KEEPERS = ['municipality_admin', 'quartier_manager'] as const;

/** Who reaches the staff pages of services: the keepers, and counsellors (for the services they counsel for). */
export const SERVICE_STAFF = inMunicipality(...SERVICE_KEEPERS, 'counsellor');

/** Only keepers add services and choose counsellors. */
export const SERVICE_ADMINS = inMunicipality(...SERVICE_KEEPERS);

/**
 * Whose services a person works on in a municipality: null means all of them (a keeper there), otherwise the
 * user id whose counsellor rows name the services they may edit.
 */
export function serviceScope(user: SessionUser | null, municipalityId: string): string | null {
  const here = (user?.roles ?? []).filter((r) => r.municipalityId === municipalityId);
  if (here.some((r) => (SERVICE_KEEPERS as readonly string[]).includes(r.role))) return null;
  return user?.id ?? '';
}

/** A service this person may not edit: 403, the same for another's service as for a hidden one. */
export const notYours = (): AppError => new AppError('counselling.service.forbidden', 403, 'error.forbidden');

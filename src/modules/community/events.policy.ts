import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError, type FieldError } from '../../platform/http/app-error.ts';

/** Who organises events: volunteers (their own), Quartier managers and administrators (all of the municipality). */
export const ORGANISERS = ['volunteer', 'quartier_manager', 'municipality_admin'] as const;
/** Who keeps the municipality's own event types. */
export const TYPE_KEEPERS = ['quartier_manager', 'municipality_admin'] as const;

/**
 * Whose events a person works on in a municipality: null means all of them (a Quartier manager or an
 * administrator there), otherwise only the events they organise themselves (a volunteer).
 */
export function organiserScope(user: SessionUser | null, municipalityId: string): string | null {
  const here = (user?.roles ?? []).filter((r) => r.municipalityId === municipalityId);
  if (here.some((r) => r.role === 'quartier_manager' || r.role === 'municipality_admin')) return null;
  return user?.id ?? '';
}

/** A form's problems found by a service: 422 with the fields to mark. */
export function invalidEvent(fields: Record<string, FieldError>): AppError {
  return new AppError('community.event.invalid', 422, 'error.badRequest', {}, fields);
}

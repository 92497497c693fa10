import type { SessionUser } from '../../platform/auth/session-user.ts';
import { AppError, type FieldError } from '../../platform/http/app-error.ts';
import type { FlatStatus } from './housing.tables.ts';

/** Who works on flats: landlords (their own provider's) and the municipality's administrators (all). */
export const FLAT_STAFF = ['landlord', 'municipality_admin'] as const;

/**
 * Which providers' flats a person may see and change in a municipality: null means all (an administrator);
 * otherwise the providers of their landlord grants there (possibly none).
 */
export function flatScope(user: SessionUser | null, municipalityId: string): string[] | null {
  const grants = (user?.roles ?? []).filter((r) => r.municipalityId === municipalityId);
  if (grants.some((r) => r.role === 'municipality_admin')) return null;
  return grants.flatMap((r) => (r.role === 'landlord' && r.providerId ? [r.providerId] : []));
}

/**
 * The status changes a flat may go through. A let or withdrawn flat is no longer advertised; a withdrawn one may
 * become a draft again (re-listed), a reserved one published again (the reservation fell through).
 */
export const TRANSITIONS: Record<FlatStatus, readonly FlatStatus[]> = {
  draft: ['published', 'withdrawn'],
  published: ['reserved', 'withdrawn'],
  reserved: ['published', 'let', 'withdrawn'],
  let: ['withdrawn'],
  withdrawn: ['draft'],
};

export const mayMove = (from: FlatStatus, to: FlatStatus): boolean => TRANSITIONS[from].includes(to);

/** Statuses whose flat page the public sees (a reserved flat says so, without the apply link). */
export const PUBLIC_STATUSES: readonly FlatStatus[] = ['published', 'reserved'];

/** A form's problems found by a service: 422 with the fields to mark. */
export function invalidFlat(fields: Record<string, FieldError>): AppError {
  return new AppError('housing.flat.invalid', 422, 'error.badRequest', {}, fields);
}

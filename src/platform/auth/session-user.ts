export const ROLES = [
  'resident',
  'volunteer',
  'landlord',
  'quartier_manager',
  'counsellor',
  'municipality_admin',
  'funding_officer',
  'state_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** A role held in a scope: a municipality (null for state-wide roles), optionally a Quartier or provider. */
export interface RoleGrant {
  role: Role;
  municipalityId: string | null;
  quartierId: string | null;
  providerId: string | null;
}

/** The signed-in person as every request sees it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: RoleGrant[];
  /** The second factor was given in this session (or waived for a demo account in demo mode). */
  secondFactorDone: boolean;
  totpEnabled: boolean;
  isDemo: boolean;
}

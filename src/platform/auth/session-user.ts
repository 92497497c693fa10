export const ROLES = [
  'resident',
  'volunteer',
  'landlord',
  'quartier_manager',
  'counsellor',
  'interpreter',
  'municipality_admin',
  'funding_officer',
  'state_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** The message key of a role's label: one platform catalog entry per role (`role.<role>`), derived from ROLES. */
export const roleLabelKey = (role: Role): `role.${Role}` => `role.${role}`;

/** Roles granted by the state and held state-wide, not within a municipality. */
export const STATE_ROLES = ['funding_officer', 'state_admin'] as const satisfies readonly Role[];
export type MunicipalityRole = Exclude<Role, (typeof STATE_ROLES)[number]>;

/** Roles held within one municipality: every role but the state's, in the order above. */
export const MUNICIPALITY_ROLES: readonly MunicipalityRole[] = ROLES.filter(
  (r): r is MunicipalityRole => !(STATE_ROLES as readonly Role[]).includes(r),
);

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

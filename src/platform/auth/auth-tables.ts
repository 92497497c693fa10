import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely types of the platform's own tables (tenant root, accounts, sessions). */
export interface MunicipalityTable {
  id: Generated<string>;
  slug: string;
  ags: string;
  name: string;
  district: string;
  default_locale: Generated<string>;
  created_at: Generated<Date>;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Timestamp | null;
  locale: string | null;
  is_demo: Generated<boolean>;
  disabled_at: Timestamp | null;
  created_at: Generated<Date>;
  /** When the person proved the address (registration link, invitation, reset); null: may not sign in yet. */
  email_verified_at: Timestamp | null;
  /** The TOTP time step last accepted: a code of this step or an earlier one is refused as a replay. */
  totp_last_counter: number | null;
}

export interface RoleAssignmentTable {
  id: Generated<string>;
  user_id: string;
  role: string;
  municipality_id: string | null;
  quartier_id: string | null;
  provider_id: string | null;
  granted_by: string | null;
  granted_at: Generated<Date>;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  second_factor_at: Timestamp | null;
  locale: string | null;
}

export interface AuthTokenTable {
  token_hash: string;
  user_id: string;
  purpose: 'password_reset' | 'email_verification' | 'unlock';
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** One invitation: its own token, bound to one address, one role and one municipality (null: state-wide). */
export interface InvitationTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  display_name: string;
  locale: string;
  role: string;
  municipality_id: string | null;
  invited_by: string | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
}

/** Failed sign-ins per key ('a:' + address hash, 'ip:' + client address). */
export interface SignInThrottleTable {
  key: string;
  failures: Generated<number>;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface PlatformSecretTable {
  name: string;
  value: string;
  created_at: Generated<Date>;
}

export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

declare module '../db/types.ts' {
  interface Database {
    municipalities: MunicipalityTable;
    users: UserTable;
    role_assignments: RoleAssignmentTable;
    sessions: SessionTable;
    auth_tokens: AuthTokenTable;
    invitations: InvitationTable;
    sign_in_throttle: SignInThrottleTable;
    platform_secrets: PlatformSecretTable;
    recovery_codes: RecoveryCodeTable;
  }
}

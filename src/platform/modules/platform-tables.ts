/**
 * The tables the platform itself owns: the tenant root, identity (accounts, roles, sessions, tokens), and the
 * records every module writes through platform functions (jobs, mail, audit). A module's SQL never names these;
 * it calls the platform. Every other table is owned by exactly one module's manifest (`tables`).
 */
export const PLATFORM_TABLES: readonly string[] = [
  'schema_migrations',
  'municipalities',
  'users',
  'roles',
  'role_assignments',
  'sessions',
  'auth_tokens',
  'jobs',
  'mail_outbox',
  'audit_log',
];

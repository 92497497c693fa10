import '../auth/auth-tables.ts';
import type { Role } from '../auth/session-user.ts';
import type { Executor } from '../db/types.ts';

/**
 * The identity part of the platform: the one place that reads and writes accounts (`users`), their recovery
 * codes, and what the account pages show of roles and sessions. Modules ask here, never the tables.
 */
export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  disabled_at: Date | null;
  email_verified_at: Date | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  locale: string | null;
}

const ACCOUNT_COLUMNS = [
  'id',
  'email',
  'display_name',
  'password_hash',
  'disabled_at',
  'email_verified_at',
  'totp_secret',
  'totp_enabled_at',
  'locale',
] as const;

/** The account with this e-mail address (case-insensitive: the column is citext), or null. */
export async function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | null> {
  const row = await db.selectFrom('users').select(ACCOUNT_COLUMNS).where('email', '=', email).executeTakeFirst();
  return (row as AccountRow | undefined) ?? null;
}

/** The account with this id, or null. */
export async function findAccountById(db: Executor, id: string): Promise<AccountRow | null> {
  const row = await db.selectFrom('users').select(ACCOUNT_COLUMNS).where('id', '=', id).executeTakeFirst();
  return (row as AccountRow | undefined) ?? null;
}

/** Inserts an account, its address not yet proven; a taken address fails with the unique violation (23505). */
export async function insertAccount(
  db: Executor,
  a: { email: string; displayName: string; passwordHash: string; locale: string },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({ email: a.email, display_name: a.displayName, password_hash: a.passwordHash, locale: a.locale })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Demo accounts for the seed: confirmed addresses, one shared password hash; returns id by e-mail address. */
export async function insertDemoAccounts(
  db: Executor,
  rows: { email: string; displayName: string; passwordHash: string; locale: string }[],
  now: Date,
): Promise<Map<string, string>> {
  const inserted = await db
    .insertInto('users')
    .values(
      rows.map((r) => ({
        email: r.email,
        display_name: r.displayName,
        password_hash: r.passwordHash,
        locale: r.locale,
        is_demo: true,
        email_verified_at: now,
      })),
    )
    .returning(['id', 'email'])
    .execute();
  return new Map(inserted.map((r) => [r.email, r.id]));
}

/** Sets a new password hash; a reset link proved the address, so the address counts as confirmed from now on. */
export async function setPassword(db: Executor, userId: string, hash: string, now: Date): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
  await markVerified(db, userId, now);
}

/** Records that the person proved the address (kept from the first time). */
export async function markVerified(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ email_verified_at: now })
    .where('id', '=', userId)
    .where('email_verified_at', 'is', null)
    .execute();
}

/** Stores a TOTP secret awaiting confirmation; only while TOTP is not yet enabled. */
export async function setPendingTotpSecret(db: Executor, userId: string, secret: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: secret })
    .where('id', '=', userId)
    .where('totp_enabled_at', 'is', null)
    .execute();
}

/** Enables TOTP with the pending secret, recording the confirming code's step as used. */
export async function enableTotp(db: Executor, userId: string, counter: number, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_enabled_at: now, totp_last_counter: counter })
    .where('id', '=', userId)
    .where('totp_enabled_at', 'is', null)
    .where('totp_secret', 'is not', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Records a TOTP step as used; false when it (or a later one) was used already: a replay. Atomic. */
export async function acceptTotpCounter(db: Executor, userId: string, counter: number): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_last_counter: counter })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_counter', 'is', null), eb('totp_last_counter', '<', counter)]))
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Spends a recovery code by its hash (atomically: a code works once); false when unknown or used. */
export async function useRecoveryCode(db: Executor, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Replaces a user's recovery codes by new ones (given as hashes). */
export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
}

/** Removes the authenticator and its recovery codes (before a new setup). */
export async function removeTotp(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: null, totp_enabled_at: null, totp_last_counter: null })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export interface GrantView {
  role: Role;
  /** Null for a state-wide role. */
  municipalityName: string | null;
}

/** The user's roles with the names of the municipalities they hold them in, for the account page. */
export async function listGrantsWithNames(db: Executor, userId: string): Promise<GrantView[]> {
  const rows = await db
    .selectFrom('role_assignments as r')
    .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .select(['r.role', 'm.name as municipalityName'])
    .where('r.user_id', '=', userId)
    .orderBy('m.name')
    .orderBy('r.role')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

/** How many unexpired sessions the user has open. */
export async function countSessions(db: Executor, userId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

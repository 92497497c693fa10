import type { Updateable } from 'kysely';
import type { UserTable } from '../auth/auth-tables.ts';
import { destroyUserSessions } from '../auth/sessions.ts';
// The account pages' views name grants by this type; they are filled from grants.repository.
export type { GrantView } from './grants.repository.ts';
import type { Executor } from '../db/types.ts';

/**
 * The identity part of the platform: the one place that reads and writes accounts (`users`), their recovery
 * codes, and how many sessions the account page shows. Modules ask here, never the tables.
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

/** Sets columns of one account; with `whileEmpty`, only while that column is still empty (kept from the first time). */
async function updateAccount(
  db: Executor,
  userId: string,
  values: Updateable<UserTable>,
  whileEmpty?: 'email_verified_at' | 'totp_enabled_at',
): Promise<void> {
  let q = db.updateTable('users').set(values).where('id', '=', userId);
  if (whileEmpty) q = q.where(whileEmpty, 'is', null);
  await q.execute();
}

/** Sets a new password hash; a reset link proved the address, so the address counts as confirmed from now on. */
export async function setPassword(db: Executor, userId: string, hash: string, now: Date): Promise<void> {
  await updateAccount(db, userId, { password_hash: hash });
  await markVerified(db, userId, now);
}

/** Records that the person proved the address (kept from the first time). */
export function markVerified(db: Executor, userId: string, now: Date): Promise<void> {
  return updateAccount(db, userId, { email_verified_at: now }, 'email_verified_at');
}

/** Stores a TOTP secret awaiting confirmation; only while TOTP is not yet enabled. */
export function setPendingTotpSecret(db: Executor, userId: string, secret: string): Promise<void> {
  return updateAccount(db, userId, { totp_secret: secret }, 'totp_enabled_at');
}

/**
 * An invited person's account, its address proven by the invitation's link: a new one, or an unconfirmed one taken
 * over (whoever registered it never proved the address), whose sessions end. Returns the id and whether it is new.
 */
export async function claimInvitedAccount(
  db: Executor,
  a: { existingId: string | null; email: string; displayName: string; passwordHash: string; locale: string },
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const values = { password_hash: a.passwordHash, display_name: a.displayName, email_verified_at: now };
  if (a.existingId) {
    await updateAccount(db, a.existingId, values);
    await destroyUserSessions(db, a.existingId);
    return { id: a.existingId, created: false };
  }
  const row = await db
    .insertInto('users')
    .values({ ...values, email: a.email, locale: a.locale })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, created: true };
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
  await updateAccount(db, userId, { totp_secret: null, totp_enabled_at: null, totp_last_counter: null });
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
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

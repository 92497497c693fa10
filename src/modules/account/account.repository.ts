import { sql } from 'kysely';
import '../../platform/auth/auth-tables.ts';
import type { Role } from '../../platform/auth/session-user.ts';
import type { Executor } from '../../platform/db/types.ts';

/** Failed attempts (password or TOTP) after which the account locks. */
export const LOCK_AFTER = 10;
/** The first lock lasts this many minutes; every further failure doubles it (at most 64 times). */
export const LOCK_MINUTES = 15;

export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  disabled_at: Date | null;
  locked_until: Date | null;
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
  'locked_until',
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

/** Inserts an account; a taken e-mail address fails with the unique violation (23505). */
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

/** Counts a failed attempt and locks the account from the LOCK_AFTER-th on; returns whether it is now locked. */
export async function recordFailure(db: Executor, userId: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({
      failed_logins: sql`failed_logins + 1`,
      locked_until: sql`case when failed_logins + 1 >= ${LOCK_AFTER}
        then ${now}::timestamptz + make_interval(mins => ${LOCK_MINUTES} * power(2, least(failed_logins + 1 - ${LOCK_AFTER}, 6))::int)
        else locked_until end`,
    })
    .where('id', '=', userId)
    .returning('failed_logins')
    .executeTakeFirst();
  return (row?.failed_logins ?? 0) >= LOCK_AFTER;
}

/** Forgets failed attempts and any lock (after a successful sign-in or a new password). */
export async function clearFailures(db: Executor, userId: string): Promise<void> {
  await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
}

/** Sets a new password hash (and optionally the display name), clearing failures and lock. */
export async function setPassword(db: Executor, userId: string, hash: string, displayName?: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: hash,
      failed_logins: 0,
      locked_until: null,
      ...(displayName ? { display_name: displayName } : {}),
    })
    .where('id', '=', userId)
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

export interface GrantView {
  role: Role;
  /** Null for a state-wide role. */
  municipalityName: string | null;
  municipalitySlug: string | null;
  /** The Quartier or provider the role is held for, when it is held for one. */
  quartierName: string | null;
  providerName: string | null;
}

/**
 * The user's roles with the names of where they hold them (municipality, and the Quartier or provider within it),
 * for the account page and "My Zuhause".
 */
export async function listGrantsWithNames(db: Executor, userId: string): Promise<GrantView[]> {
  const rows = await db
    .selectFrom('role_assignments as r')
    .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .leftJoin('quartiere as q', (j) =>
      j.onRef('q.municipality_id', '=', 'r.municipality_id').onRef('q.id', '=', 'r.quartier_id'),
    )
    .leftJoin('providers as p', (j) =>
      j.onRef('p.municipality_id', '=', 'r.municipality_id').onRef('p.id', '=', 'r.provider_id'),
    )
    .select([
      'r.role',
      'm.name as municipalityName',
      'm.slug as municipalitySlug',
      'q.name as quartierName',
      'p.name as providerName',
    ])
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

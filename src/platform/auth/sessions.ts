import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/types.ts';
import './auth-tables.ts';
import { rolesOf } from '../identity/grants.repository.ts';
import type { RoleGrant, SessionUser } from './session-user.ts';

/** A session ends after this long without a request… */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Touching last_seen_at on every request would write on every read; a minute's precision is enough.
const TOUCH_AFTER_MS = 60 * 1000;

/** SHA-256 of a token, the only form in which tokens are stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Starts a session for a user and returns the token for the cookie. */
export async function createSession(db: Executor, userId: string, now = new Date()): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    })
    .execute();
  return token;
}

/** A session row with its user and the user's roles, as stored. */
export interface StoredSession {
  lastSeenAt: Date;
  expiresAt: Date;
  secondFactorAt: Date | null;
  user: { id: string; email: string; displayName: string; totpEnabled: boolean; isDemo: boolean; disabled: boolean };
  roles: RoleGrant[];
}

/** Something that may answer `read` from memory (the per-process session cache). */
export interface SessionReader {
  read(hash: string, load: () => Promise<StoredSession | null>): Promise<StoredSession | null>;
}

/** Reads a session by token hash, with its user and roles; null when unknown. */
export async function readSession(db: Executor, hash: string): Promise<StoredSession | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.last_seen_at',
      's.expires_at',
      's.second_factor_at',
      'u.id',
      'u.email',
      'u.display_name',
      'u.totp_enabled_at',
      'u.is_demo',
      'u.disabled_at',
    ])
    .where('s.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  const roles = await rolesOf(db, row.id);
  return {
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
    secondFactorAt: row.second_factor_at === null ? null : new Date(row.second_factor_at),
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      totpEnabled: row.totp_enabled_at !== null,
      isDemo: row.is_demo,
      disabled: row.disabled_at !== null,
    },
    roles,
  };
}

/** Loads the user behind a session token, or null when unknown, idle too long, expired or disabled. */
export async function loadSession(
  db: Executor,
  token: string,
  options: { demoMode: boolean; now?: Date; cache?: SessionReader },
): Promise<SessionUser | null> {
  const now = options.now ?? new Date();
  const hash = hashToken(token);
  const stored = options.cache
    ? await options.cache.read(hash, () => readSession(db, hash))
    : await readSession(db, hash);
  if (!stored || stored.user.disabled) return null;
  const lastSeen = stored.lastSeenAt.getTime();
  if (stored.expiresAt.getTime() <= now.getTime() || now.getTime() - lastSeen > IDLE_TIMEOUT_MS) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', hash).execute();
  }
  const { user } = stored;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: stored.roles,
    secondFactorDone: stored.secondFactorAt !== null || (options.demoMode && user.isDemo),
    totpEnabled: user.totpEnabled,
    isDemo: user.isDemo,
  };
}

/** Records that the second factor was given in this session. */
export async function markSecondFactor(db: Executor, token: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_at: now }).where('token_hash', '=', hashToken(token)).execute();
}

/** Ends one session; false when there was none (already ended or expired). */
export async function destroySession(db: Executor, token: string): Promise<boolean> {
  const r = await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** Ends every session of a user (after a password change or reset). */
export async function destroyUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

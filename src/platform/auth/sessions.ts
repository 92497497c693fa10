import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/types.ts';
import './auth-tables.ts';
import type { Role, SessionUser } from './session-user.ts';

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

/** Loads the user behind a session token, or null when unknown, idle too long, expired or disabled. */
export async function loadSession(
  db: Executor,
  token: string,
  options: { demoMode: boolean; now?: Date },
): Promise<SessionUser | null> {
  const now = options.now ?? new Date();
  const hash = hashToken(token);
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
  if (!row || row.disabled_at) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (new Date(row.expires_at).getTime() <= now.getTime() || now.getTime() - lastSeen > IDLE_TIMEOUT_MS) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', hash).execute();
  }
  const roles = await db
    .selectFrom('role_assignments')
    .select(['role', 'municipality_id', 'quartier_id', 'provider_id'])
    .where('user_id', '=', row.id)
    .execute();
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: roles.map((r) => ({
      role: r.role as Role,
      municipalityId: r.municipality_id,
      quartierId: r.quartier_id,
      providerId: r.provider_id,
    })),
    secondFactorDone: row.second_factor_at !== null || (options.demoMode && row.is_demo),
    totpEnabled: row.totp_enabled_at !== null,
    isDemo: row.is_demo,
  };
}

/** Records that the second factor was given in this session. */
export async function markSecondFactor(db: Executor, token: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_at: now }).where('token_hash', '=', hashToken(token)).execute();
}

/** Ends one session. */
export async function destroySession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/** Ends every session of a user (after a password change or reset). */
export async function destroyUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

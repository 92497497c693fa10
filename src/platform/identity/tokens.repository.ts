import '../auth/auth-tables.ts';
import type { AuthTokenTable } from '../auth/auth-tables.ts';
import { hashToken } from '../auth/sessions.ts';
import type { Executor } from '../db/types.ts';

type Purpose = AuthTokenTable['purpose'];

/** Stores a one-time token by its hash. */
export async function insertAuthToken(
  db: Executor,
  t: { token: string; userId: string; purpose: Purpose; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('auth_tokens')
    .values({ token_hash: hashToken(t.token), user_id: t.userId, purpose: t.purpose, expires_at: t.expiresAt })
    .execute();
}

/** Removes a user's unused tokens of one purpose, so that only the newest link works. */
export async function deleteUnusedTokens(db: Executor, userId: string, purpose: Purpose): Promise<void> {
  await db
    .deleteFrom('auth_tokens')
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export interface TokenHolder {
  userId: string;
  email: string;
  displayName: string;
}

/** The holder of a valid (unused, unexpired) token of this purpose, or null. */
export async function findValidToken(
  db: Executor,
  token: string,
  purpose: Purpose,
  now: Date,
): Promise<TokenHolder | null> {
  const row = await db
    .selectFrom('auth_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id as userId', 'u.email', 'u.display_name as displayName'])
    .where('t.token_hash', '=', hashToken(token))
    .where('t.purpose', '=', purpose)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** Marks a valid token used and returns its user; null when it was unknown, used or expired. Atomic. */
export async function consumeToken(db: Executor, token: string, purpose: Purpose, now: Date): Promise<string | null> {
  const row = await db
    .updateTable('auth_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

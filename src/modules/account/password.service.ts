import type { Kysely } from 'kysely';
import { acceptInvitation } from '../../platform/auth/invitations.ts';
import { hashPassword, verifyDummy, verifyPassword } from '../../platform/auth/passwords.ts';
import { destroyUserSessions } from '../../platform/auth/sessions.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import type { Database } from '../../platform/db/types.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import {
  findAccountByEmail,
  findAccountById,
  markVerified,
  setPassword,
} from '../../platform/identity/accounts.repository.ts';
import { addressKey, clearKey } from './sign-in-throttle.ts';
import { mailTokenLink } from './token-mail.ts';
import { consumeToken, findValidToken } from '../../platform/identity/tokens.repository.ts';

/** A reset link is valid this long. */
export const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Sends a reset link if an active account has this address; does nothing otherwise (the caller answers the same
 * either way). The token row and the mail are written in one transaction; an older unused link stops working.
 */
export async function requestPasswordReset(
  db: Kysely<Database>,
  input: { email: string; locale: Locale; baseUrl: string; messages: Pick<Messages, 'format'>; now: Date },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const account = await findAccountByEmail(tx, input.email);
    if (!account || account.disabled_at) return;
    const locale = isLocale(account.locale) ? account.locale : input.locale;
    const link = {
      purpose: 'password_reset',
      ttlMs: RESET_TTL_MS,
      path: 'password/reset',
      mail: 'account.mail.reset',
    } as const;
    await mailTokenLink(tx, account, link, locale, input);
  });
}

/**
 * Sets a new password with a reset token; ends every session of the user (whoever had the old password is out).
 * Returns the user id, or null when the token is unknown, used or expired.
 */
export async function resetPassword(
  db: Kysely<Database>,
  token: string,
  password: string,
  now: Date,
): Promise<string | null> {
  const hash = await hashPassword(password);
  return withTransaction(db, async (tx) => {
    const userId = await consumeToken(tx, token, 'password_reset', now);
    if (!userId) return null;
    await setPassword(tx, userId, hash, now);
    await destroyUserSessions(tx, userId);
    // The owner proved the address: a cool-down that someone else caused ends here.
    const account = await findAccountById(tx, userId);
    if (account) await clearKey(tx, addressKey(account.email));
    return userId;
  });
}

/**
 * Accepts an invitation by choosing a password (an address without a confirmed account). Returns the user id, or
 * null for a used, expired or unknown link, or one whose address has a confirmed account (its holder signs in).
 */
export async function acceptInvitationWithPassword(
  db: Kysely<Database>,
  token: string,
  input: { displayName: string; password: string },
  now: Date,
): Promise<string | null> {
  const passwordHash = await hashPassword(input.password);
  return withTransaction(db, (tx) =>
    acceptInvitation(tx, token, { passwordHash, displayName: input.displayName }, now),
  );
}

/** Accepts an invitation as the signed-in holder of the address's confirmed account. */
export function acceptInvitationAsUser(
  db: Kysely<Database>,
  token: string,
  userId: string,
  now: Date,
): Promise<string | null> {
  return withTransaction(db, (tx) => acceptInvitation(tx, token, { userId }, now));
}

/**
 * Confirms a new account's address with the link from the mail and the password chosen at registration (so that
 * only the person who registered, and who owns the mailbox, gets in). Returns the user id or null.
 */
export async function confirmAddress(
  db: Kysely<Database>,
  token: string,
  password: string,
  now: Date,
): Promise<string | null> {
  const holder = await findValidToken(db, token, 'email_verification', now);
  const account = holder ? await findAccountById(db, holder.userId) : null;
  const ok = account?.password_hash
    ? await verifyPassword(account.password_hash, password)
    : await verifyDummy(password);
  if (!account || !ok) return null;
  return withTransaction(db, async (tx) => {
    const userId = await consumeToken(tx, token, 'email_verification', now);
    if (!userId) return null;
    await markVerified(tx, userId, now);
    return userId;
  });
}

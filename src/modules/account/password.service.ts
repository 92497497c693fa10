import type { Kysely } from 'kysely';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { destroyUserSessions, newToken } from '../../platform/auth/sessions.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import type { Database } from '../../platform/db/types.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { findAccountByEmail, setPassword } from './account.repository.ts';
import { consumeToken, deleteUnusedTokens, insertAuthToken } from './auth-tokens.repository.ts';

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
    const token = newToken();
    await deleteUnusedTokens(tx, account.id, 'password_reset');
    await insertAuthToken(tx, {
      token,
      userId: account.id,
      purpose: 'password_reset',
      expiresAt: new Date(input.now.getTime() + RESET_TTL_MS),
    });
    const url = `${input.baseUrl}/${locale}/password/reset/${token}`;
    await queueMail(tx, {
      to: account.email,
      subject: input.messages.format(locale, 'account.mail.reset.subject'),
      text: input.messages.format(locale, 'account.mail.reset.text', { name: account.display_name, url }),
    });
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
    await setPassword(tx, userId, hash);
    await destroyUserSessions(tx, userId);
    return userId;
  });
}

/** Accepts an invitation: sets name and password. Returns the user id, or null for an invalid token. */
export async function acceptInvitation(
  db: Kysely<Database>,
  token: string,
  input: { displayName: string; password: string },
  now: Date,
): Promise<string | null> {
  const hash = await hashPassword(input.password);
  return withTransaction(db, async (tx) => {
    const userId = await consumeToken(tx, token, 'invitation', now);
    if (!userId) return null;
    await setPassword(tx, userId, hash, input.displayName);
    return userId;
  });
}

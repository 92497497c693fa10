import { newToken } from '../../platform/auth/sessions.ts';
import type { AuthTokenTable } from '../../platform/auth/auth-tables.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { AccountRow } from '../../platform/identity/accounts.repository.ts';
import { deleteUnusedTokens, insertAuthToken } from '../../platform/identity/tokens.repository.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';

/** What a one-time link mail is: the token's purpose and lifetime, the page it opens and the mail's message keys. */
export interface TokenLink {
  purpose: AuthTokenTable['purpose'];
  ttlMs: number;
  /** The path below `/<locale>/` that the token is appended to (`password/reset`). */
  path: string;
  /** Message key prefix of the mail: `<mail>.subject` and `<mail>.text` (with `name` and `url`). */
  mail: string;
}

/**
 * Issues a one-time link for an account (an older unused link of the same purpose stops working) and queues the
 * mail that carries it, in the caller's transaction.
 */
export async function mailTokenLink(
  tx: Executor,
  account: Pick<AccountRow, 'id' | 'email' | 'display_name'>,
  link: TokenLink,
  locale: Locale,
  env: { baseUrl: string; messages: Pick<Messages, 'format'>; now: Date },
): Promise<void> {
  const token = newToken();
  await deleteUnusedTokens(tx, account.id, link.purpose);
  await insertAuthToken(tx, {
    token,
    userId: account.id,
    purpose: link.purpose,
    expiresAt: new Date(env.now.getTime() + link.ttlMs),
  });
  await queueMail(tx, {
    to: account.email,
    subject: env.messages.format(locale, `${link.mail}.subject`),
    text: env.messages.format(locale, `${link.mail}.text`, {
      name: account.display_name,
      url: `${env.baseUrl}/${locale}/${link.path}/${token}`,
    }),
  });
}

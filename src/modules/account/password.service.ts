import { type AcceptedInvitation, acceptInvitation } from '../../platform/auth/invitations.ts';
import { hashPassword, verifyDummy, verifyPassword } from '../../platform/auth/passwords.ts';
import { destroyUserSessions } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/types.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import {
  findAccountByEmail,
  findAccountById,
  markVerified,
  setPassword,
} from '../../platform/identity/accounts.repository.ts';
import { consumeToken, findValidToken } from '../../platform/identity/tokens.repository.ts';
import { runUseCase, type UseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import type { SignInWork } from './account.http.ts';
import { addressKey, clearKey } from './sign-in-throttle.ts';
import { mailTokenLink } from './token-mail.ts';

/** A reset link is valid this long. */
export const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Sends a reset link if an active account has this address. Otherwise nothing changes and nothing is recorded
 * (the use case refuses); the caller answers the same either way, and the mail leaves later from the outbox, so
 * the answer does not take longer for a known address by the time a mail takes.
 */
export async function requestPasswordReset(
  call: UseCaseCall,
  input: { email: string; locale: Locale; baseUrl: string; messages: Pick<Messages, 'format'> },
): Promise<void> {
  await runUseCase('account.password.forgot', call, async (uc) => {
    const account = await findAccountByEmail(uc.tx, input.email);
    if (!account || account.disabled_at) return uc.refuse(undefined);
    const locale = isLocale(account.locale) ? account.locale : input.locale;
    const link = {
      purpose: 'password_reset',
      ttlMs: RESET_TTL_MS,
      path: 'password/reset',
      mail: 'account.mail.reset',
    } as const;
    await mailTokenLink(uc.tx, account, link, locale, { ...input, now: uc.now });
    uc.record({ action: 'create', subjectType: 'account.password_reset', subjectId: account.id });
  });
}

/**
 * Sets a new password with a reset token; ends every session of the user (whoever had the old password is out).
 * Recorded with the link's holder as actor. Returns the user id, or null when the token is unknown, used or expired.
 */
export async function resetPassword(call: UseCaseCall, token: string, password: string): Promise<string | null> {
  const holder = await findValidToken(call.db, token, 'password_reset', call.now);
  if (!holder) return null;
  const hash = await hashPassword(password);
  return runUseCase('account.password.reset', { ...call, actor: holder.userId }, async (uc) => {
    const userId = await consumeToken(uc.tx, token, 'password_reset', uc.now);
    if (!userId) return uc.refuse(null);
    await setPassword(uc.tx, userId, hash, uc.now);
    await destroyUserSessions(uc.tx, userId);
    // The owner proved the address: a cool-down that someone else caused ends here.
    await clearKey(uc.tx, addressKey(holder.email));
    uc.record({ action: 'update', subjectType: 'account.password', subjectId: userId, after: { sessionsEnded: true } });
    return userId;
  });
}

/** Records an accepted invitation: the invitation, the role it granted and, when it made one, the new account. */
function recordAcceptance(uc: UseCase, a: AcceptedInvitation): string {
  if (a.accountCreated) uc.record({ action: 'create', subjectType: 'account.user', subjectId: a.userId });
  uc.record({
    action: 'update',
    subjectType: 'account.invitation',
    subjectId: a.invitationId,
    after: { acceptedBy: a.userId, role: a.role, municipalityId: a.municipalityId },
  });
  return a.userId;
}

/**
 * Accepts an invitation: by choosing a password (`passwordHash` set: an address without a confirmed account), or
 * as the signed-in holder of the address's confirmed account (the call's actor). Returns the user id, or null for a
 * used, expired or unknown link, or one that is not this person's.
 */
export async function acceptInvitationAs(
  call: UseCaseCall,
  token: string,
  as: { userId: string } | { displayName: string; password: string },
): Promise<string | null> {
  const who = 'userId' in as ? as : { displayName: as.displayName, passwordHash: await hashPassword(as.password) };
  return runUseCase('account.invitation.accept', call, async (uc) => {
    const accepted = await acceptInvitation(uc.tx, token, who, uc.now);
    return accepted ? recordAcceptance(uc, accepted) : uc.refuse(null);
  });
}

/**
 * True when the password is the one the account chose at registration (so that only the person who registered,
 * and who owns the mailbox, confirms the address). The same work for an account without a password.
 */
export async function passwordOfHolder(db: Executor, userId: string, password: string): Promise<boolean> {
  const account = await findAccountById(db, userId);
  const ok = account?.password_hash
    ? await verifyPassword(account.password_hash, password)
    : await verifyDummy(password);
  return Boolean(account) && ok;
}

/** Confirms a new account's address with the link from the mail, in the use case that opens its first session. */
export function confirmWith(token: string): SignInWork {
  return async (uc) => {
    const userId = await consumeToken(uc.tx, token, 'email_verification', uc.now);
    if (!userId) return uc.refuse(null);
    await markVerified(uc.tx, userId, uc.now);
    uc.record({ action: 'update', subjectType: 'account.user', subjectId: userId, after: { emailVerified: true } });
  };
}

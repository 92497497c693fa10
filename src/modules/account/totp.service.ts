import { checkTotp, newTotpSecret } from '../../platform/auth/totp.ts';
import type { Executor } from '../../platform/db/types.ts';
import {
  acceptTotpCounter,
  clearFailures,
  enableTotp,
  findAccountById,
  recordFailure,
  setPendingTotpSecret,
} from './account.repository.ts';
import { isLocked } from './account.service.ts';

export type CodeResult = 'ok' | 'wrong' | 'reused' | 'locked';

/**
 * Checks the sign-in code of a user with TOTP enabled. A wrong code counts towards the account lock (the password
 * was right, so this is the last barrier); a code of an already used time step is refused as a replay.
 */
export async function verifySignInCode(db: Executor, userId: string, code: string, now: Date): Promise<CodeResult> {
  const account = await findAccountById(db, userId);
  if (!account?.totp_secret || !account.totp_enabled_at) return 'wrong';
  if (isLocked(account, now)) return 'locked';
  const counter = checkTotp(account.totp_secret, code, now);
  if (counter === null) return (await recordFailure(db, userId, now)) ? 'locked' : 'wrong';
  if (!(await acceptTotpCounter(db, userId, counter))) return 'reused';
  await clearFailures(db, userId);
  return 'ok';
}

/** The secret being set up: the stored pending one, or a new one stored server-side (never in the form). */
export async function pendingSecret(db: Executor, userId: string): Promise<string> {
  const account = await findAccountById(db, userId);
  if (account?.totp_secret && !account.totp_enabled_at) return account.totp_secret;
  const secret = newTotpSecret();
  await setPendingTotpSecret(db, userId, secret);
  return secret;
}

/** Confirms the setup with a code from the app; enables TOTP on success. */
export async function confirmTotpSetup(db: Executor, userId: string, code: string, now: Date): Promise<boolean> {
  const account = await findAccountById(db, userId);
  if (!account?.totp_secret || account.totp_enabled_at) return false;
  const counter = checkTotp(account.totp_secret, code, now);
  if (counter === null) return false;
  return enableTotp(db, userId, counter, now);
}

import { checkTotp, newTotpSecret } from '../../platform/auth/totp.ts';
import type { Executor } from '../../platform/db/types.ts';
import { acceptTotpCounter, enableTotp, findAccountById, setPendingTotpSecret } from './account.repository.ts';
import { failed, type MailEnv } from './account.service.ts';
import { ADDRESS_RULE, addressKey, CLIENT_RULE, clearKey, clientKey, throttleWait } from './sign-in-throttle.ts';

export type CodeResult = 'ok' | 'wrong' | 'reused' | 'throttled';

/**
 * Checks the sign-in code of a user with TOTP enabled. Wrong codes count in the same throttle as wrong passwords
 * (per address and per client); a code of an already used time step is refused as a replay.
 */
export async function verifySignInCode(
  db: Executor,
  userId: string,
  code: string,
  ip: string,
  env: MailEnv,
): Promise<CodeResult> {
  const account = await findAccountById(db, userId);
  if (!account?.totp_secret || !account.totp_enabled_at) return 'wrong';
  const keys: [string, typeof ADDRESS_RULE][] = [
    [addressKey(account.email), ADDRESS_RULE],
    [clientKey(ip), CLIENT_RULE],
  ];
  if ((await throttleWait(db, keys, env.now)).ms > 0) return 'throttled';
  const counter = checkTotp(account.totp_secret, code, env.now);
  if (counter === null) {
    await failed(db, keys, account, env);
    return 'wrong';
  }
  if (!(await acceptTotpCounter(db, userId, counter))) return 'reused';
  await clearKey(db, keys[0]![0]);
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

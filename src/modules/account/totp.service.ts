import { checkTotp, newTotpSecret } from '../../platform/auth/totp.ts';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  newRecoveryCodes,
} from '../../platform/auth/totp-crypto.ts';
import type { Executor } from '../../platform/db/types.ts';
import {
  acceptTotpCounter,
  enableTotp,
  findAccountById,
  removeTotp,
  replaceRecoveryCodes,
  setPendingTotpSecret,
  useRecoveryCode,
} from '../../platform/identity/accounts.repository.ts';
import { failed, type MailEnv } from './account.service.ts';
import { ADDRESS_RULE, addressKey, CLIENT_RULE, clearKey, clientKey, throttleWait } from './sign-in-throttle.ts';

export type CodeResult = 'ok' | 'wrong' | 'reused' | 'throttled';

/** A current authenticator code or an unused recovery code, checked for a user with TOTP enabled. */
async function checkFactor(
  db: Executor,
  userId: string,
  code: string,
  key: string,
  now: Date,
): Promise<'ok' | 'wrong' | 'reused'> {
  const account = await findAccountById(db, userId);
  if (!account?.totp_secret || !account.totp_enabled_at) return 'wrong';
  if (!/^[\d\s-]+$/.test(code))
    return (await useRecoveryCode(db, userId, hashRecoveryCode(code), now)) ? 'ok' : 'wrong';
  const counter = checkTotp(decryptTotpSecret(key, account.totp_secret), code, now);
  if (counter === null) return 'wrong';
  return (await acceptTotpCounter(db, userId, counter)) ? 'ok' : 'reused';
}

/**
 * Checks the sign-in code (or a recovery code) of a user with TOTP enabled. Wrong codes count in the same throttle
 * as wrong passwords (per address and per client); a code of an already used time step is refused as a replay.
 */
export async function verifySignInCode(
  db: Executor,
  userId: string,
  code: string,
  ip: string,
  env: MailEnv & { key: string },
): Promise<CodeResult> {
  const account = await findAccountById(db, userId);
  if (!account?.totp_secret || !account.totp_enabled_at) return 'wrong';
  const keys: [string, typeof ADDRESS_RULE][] = [
    [addressKey(account.email), ADDRESS_RULE],
    [clientKey(ip), CLIENT_RULE],
  ];
  if ((await throttleWait(db, keys, env.now)).ms > 0) return 'throttled';
  const result = await checkFactor(db, userId, code, env.key, env.now);
  if (result === 'wrong') await failed(db, keys, account, env);
  if (result === 'ok') await clearKey(db, keys[0]![0]);
  return result;
}

/** The secret being set up (plain, for the page): the stored pending one, or a new one stored encrypted. */
export async function pendingSecret(db: Executor, userId: string, key: string): Promise<string> {
  const account = await findAccountById(db, userId);
  if (account?.totp_secret && !account.totp_enabled_at) return decryptTotpSecret(key, account.totp_secret);
  const secret = newTotpSecret();
  await setPendingTotpSecret(db, userId, encryptTotpSecret(key, secret));
  return secret;
}

/**
 * Confirms the setup with a code from the app; enables TOTP and returns ten new recovery codes (stored hashed,
 * shown once), or null when the code is wrong.
 */
export async function confirmTotpSetup(
  db: Executor,
  userId: string,
  code: string,
  key: string,
  now: Date,
): Promise<string[] | null> {
  const account = await findAccountById(db, userId);
  if (!account?.totp_secret || account.totp_enabled_at) return null;
  const counter = checkTotp(decryptTotpSecret(key, account.totp_secret), code, now);
  if (counter === null || !(await enableTotp(db, userId, counter, now))) return null;
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(db, userId, codes.map(hashRecoveryCode));
  return codes;
}

/**
 * Replaces the authenticator: after a current code or a recovery code, the old secret and codes are removed and
 * a new setup begins. A wrong code counts in the sign-in throttle.
 */
export async function startReplacement(
  db: Executor,
  userId: string,
  code: string,
  ip: string,
  env: MailEnv & { key: string },
): Promise<CodeResult> {
  const result = await verifySignInCode(db, userId, code, ip, env);
  if (result !== 'ok') return result;
  await removeTotp(db, userId);
  return 'ok';
}

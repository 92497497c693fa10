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
import { runUseCase, type UseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { failed, type MailEnv, signInKeys } from './account.service.ts';
import { clearKey, throttleWait } from './sign-in-throttle.ts';

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

/** What follows a right code, in the same use case: the session's second factor, or removing the authenticator. */
export type AfterCode = (uc: UseCase) => Promise<void>;

/**
 * Checks the sign-in code (or a recovery code) of a user with TOTP enabled, as the use case of `call` (the user
 * acting): a right code is spent and `then` runs in the same transaction. Wrong codes count in the same throttle as
 * wrong passwords (per address and per client), outside it, since the use case leaves no trace when it refuses; a
 * code of an already used time step is refused as a replay.
 */
export async function verifySignInCode(
  call: UseCaseCall & { actor: string },
  code: string,
  ip: string,
  env: MailEnv & { key: string },
  then: AfterCode,
): Promise<CodeResult> {
  const userId = call.actor;
  const account = await findAccountById(call.db, userId);
  if (!account?.totp_secret || !account.totp_enabled_at) return 'wrong';
  const keys = signInKeys(account.email, ip);
  if ((await throttleWait(call.db, keys, env.now)).ms > 0) return 'throttled';
  const result = await runUseCase<CodeResult>('account.totp.check', call, async (uc) => {
    const checked = await checkFactor(uc.tx, userId, code, env.key, env.now);
    if (checked !== 'ok') return uc.refuse(checked);
    await clearKey(uc.tx, keys[0]![0]);
    await then(uc);
    return 'ok';
  });
  if (result === 'wrong') await failed(call.db, keys, account, env);
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
export function startReplacement(
  call: UseCaseCall & { actor: string },
  code: string,
  ip: string,
  env: MailEnv & { key: string },
): Promise<CodeResult> {
  return verifySignInCode(call, code, ip, env, async (uc) => {
    await removeTotp(uc.tx, call.actor);
    uc.record({ action: 'delete', subjectType: 'account.totp', subjectId: call.actor });
  });
}

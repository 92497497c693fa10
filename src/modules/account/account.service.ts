import { hashPassword, verifyDummy, verifyPassword } from '../../platform/auth/passwords.ts';
import { sqlState } from '../../platform/db/transaction.ts';
import type { Executor } from '../../platform/db/types.ts';
import {
  type AccountRow,
  clearFailures,
  findAccountByEmail,
  insertAccount,
  recordFailure,
} from './account.repository.ts';
import type { RegisterInput } from './account.schema.ts';

/** Creates a resident account (no role: residents use the public pages); null when the address is taken. */
export async function registerResident(
  db: Executor,
  input: RegisterInput & { locale: string },
): Promise<{ userId: string } | null> {
  // Hash outside any transaction: it is the slow part and needs no lock.
  const passwordHash = await hashPassword(input.password);
  try {
    const userId = await insertAccount(db, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      locale: input.locale,
    });
    return { userId };
  } catch (err) {
    if (sqlState(err) === '23505') return null;
    throw err;
  }
}

export type AuthResult = { kind: 'ok'; account: AccountRow } | { kind: 'invalid' } | { kind: 'locked' };

/**
 * Checks e-mail and password. Unknown addresses cost the same argon2 work as known ones; a locked account answers
 * "locked" whatever the password, so that guessing during the lock learns nothing. Failures count towards the lock.
 */
export async function authenticate(
  db: Executor,
  input: { email: string; password: string },
  now: Date,
): Promise<AuthResult> {
  const account = await findAccountByEmail(db, input.email);
  if (!account?.password_hash) {
    await verifyDummy(input.password);
    return { kind: 'invalid' };
  }
  if (isLocked(account, now)) {
    await verifyDummy(input.password);
    return { kind: 'locked' };
  }
  const ok = await verifyPassword(account.password_hash, input.password);
  if (!ok) return (await recordFailure(db, account.id, now)) ? { kind: 'locked' } : { kind: 'invalid' };
  // A disabled account is answered like a wrong password, and its attempts are not counted.
  if (account.disabled_at) return { kind: 'invalid' };
  await clearFailures(db, account.id);
  return { kind: 'ok', account };
}

/** True while a lock from too many failed attempts lasts. */
export function isLocked(account: Pick<AccountRow, 'locked_until'>, now: Date): boolean {
  return account.locked_until !== null && new Date(account.locked_until).getTime() > now.getTime();
}

import { hash, verify } from '@node-rs/argon2';

/** Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask 12 and no composition rules). */
export const PASSWORD_MIN = 12;
/** Longest password accepted: long enough for any passphrase, short enough to bound the hashing work. */
export const PASSWORD_MAX = 256;

// argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane): about 30 ms on one core here, which keeps a sign-in
// fast while making offline guessing expensive. Argon2id is the package's default algorithm; `2` names it
// explicitly (the package's enum is an ambient const enum, which isolated modules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

// The twenty most used passwords in the breach lists (international and German). With the minimum length most are
// refused anyway; the check also catches them with digits or symbols appended ("password2024!").
const COMMON = [
  '123456',
  '123456789',
  '12345678',
  'password',
  'qwerty123',
  'qwerty1',
  '111111',
  '12345',
  'secret',
  '123123',
  '1234567890',
  '1234567',
  '000000',
  'qwerty',
  'abc123',
  'password1',
  'iloveyou',
  'passwort',
  'qwertz',
  'hallo',
] as const;

/** True for a password from the common list, alone or with only digits and symbols added, or one repeated sign. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 1) return true;
  return COMMON.some((c) => lower.startsWith(c) && /^[\d\W_]*$/.test(lower.slice(c.length)));
}

/** Hashes a password with argon2id (PHC string with salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when the password matches the stored hash; false for a malformed hash rather than an error. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** A real argon2id hash of no one's password, to verify against for an unknown account (same work, same path). */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password-for-timing');
  return dummy;
}

/**
 * Spends the same work as a real verification, for an unknown account: the answer then takes as long whether the
 * e-mail address exists or not.
 */
export async function verifyDummy(password: string): Promise<false> {
  await verifyPassword(await dummyHash(), password);
  return false;
}

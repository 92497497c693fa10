import { createHash, createHmac } from 'node:crypto';
import { secretFor } from '../../platform/auth/secrets.ts';
import type { Executor } from '../../platform/db/types.ts';

// The cancel code of a registration is derived from a server secret and the registration's id, never stored: the
// table keeps only its hash (to find the registration by the code), and the server can write the same code again
// into a reminder or a promotion mail, and onto "My registrations", without keeping anything that opens it.
// Twelve characters of Crockford's base32 (60 bits): short enough to read out and type from a printout, far too
// many to guess (the routes are rate limited).

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;
const SECRET = 'community.registration-codes';

/** The secret the codes are derived from (made once per database, or configured). */
export function codeSecret(db: Executor): Promise<string> {
  return secretFor(db, SECRET, undefined);
}

/** The cancel code of a registration: 12 characters of Crockford base32. */
export function registrationCode(secret: string, registrationId: string): string {
  const mac = createHmac('sha256', secret).update(`registration:${registrationId}`).digest();
  let bits = 0n;
  for (let i = 0; i < 8; i++) bits = (bits << 8n) | BigInt(mac[i]!);
  let out = '';
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return out;
}

/** A code as people read it: three groups of four (`K7QM-4XPR-9TZD`). */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * A typed or linked code in its one form, or null when it cannot be one: case, spaces and dashes do not matter,
 * and the letters people mistake for digits (O, I, L) count as those digits, as Crockford's alphabet intends.
 */
export function normalizeCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (c.length !== LENGTH) return null;
  for (const ch of c) if (!ALPHABET.includes(ch)) return null;
  return c;
}

/** The stored hash of a code. */
export function codeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

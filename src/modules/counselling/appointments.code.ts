import { createHash, randomBytes, randomInt } from 'node:crypto';

// Two secrets open a booking: a long random token in the mailed link, and a short code people can read out on the
// phone or copy from a printout when they left no e-mail address. Both are random (never derived from the row) and
// only their SHA-256 is stored. The code: 8 characters from an alphabet of 31 without look-alikes (no 0/O, 1/I/L),
// ≈ 40 bits, plus a check character (weighted sum mod 31, a prime: every single wrong character and every swap of
// two neighbours is caught before the database is asked). The code page is throttled per address.

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BODY = 8;

/** A new mail-link token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(body[i]!);
  return CODE_ALPHABET[sum % CODE_ALPHABET.length]!;
}

/** A new speakable code: 8 random characters and a check character (9 in all). */
export function newCode(): string {
  let body = '';
  for (let i = 0; i < BODY; i++) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return body + checkChar(body);
}

/** A code as people read it: `K7QM 4XPR T` (two groups of four, then the check character). */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)}`;
}

/**
 * A typed code in its one form, or null when it cannot be one (wrong length, a character outside the alphabet,
 * a wrong check character). Case, spaces and dashes do not matter; O, I and L are read as the digits people meant
 * and then refused, since those digits are not in the alphabet either.
 */
export function normalizeCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, '');
  if (c.length !== BODY + 1) return null;
  for (const ch of c) if (!CODE_ALPHABET.includes(ch)) return null;
  return checkChar(c.slice(0, BODY)) === c[BODY] ? c : null;
}

/** The stored hash of a token or code. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

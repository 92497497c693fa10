import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so that a code read from paper is typed right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

/** A new verification code: ten base32 characters from 50 random bits. */
export function newCertificateCode(): string {
  const bytes = randomBytes(7);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    out += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return out;
}

/**
 * A code as a person typed it, in the stored form: upper case, without spaces and hyphens, the letters people
 * confuse with digits read as those digits (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`).test(code) ? code : null;
}

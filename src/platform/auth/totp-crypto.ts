import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// AES-256-GCM: authenticated, so a secret changed in the database fails to decrypt rather than yielding another.
const PREFIX = 'v1.';

function keyBytes(key: string): Buffer {
  // The setting is a string of at least 32 characters; SHA-256 turns any such string into a 256-bit key.
  return createHash('sha256').update(key).digest();
}

/** Encrypts a TOTP secret for storage: `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function encryptTotpSecret(key: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return `${PREFIX}${parts.join('.')}`;
}

/**
 * The plain secret of a stored value. Values stored before encryption (plain base32) are returned as they are,
 * so that existing authenticators keep working; they are encrypted at their next setup.
 */
export function decryptTotpSecret(key: string, stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const [iv, tag, body] = stored
    .slice(PREFIX.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !body) throw new Error('malformed encrypted TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/** Ten one-time recovery codes, 50 bits each, written as two groups of five (e.g. `K7QX2-M9RTA`). */
export function newRecoveryCodes(): string[] {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // 32 signs, none that look alike (no I, O, 0, 1)
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const signs = [...bytes].map((b) => alphabet[b % 32]).join('');
    return `${signs.slice(0, 5)}-${signs.slice(5)}`;
  });
}

/** How a recovery code is stored and looked up: SHA-256 of the code without spaces or dashes, upper case. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

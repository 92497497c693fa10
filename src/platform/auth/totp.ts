import { Secret, TOTP } from 'otpauth';

// RFC 6238 as every authenticator app understands it: SHA-1, six digits, thirty-second steps.
const PERIOD = 30;
const DIGITS = 6;
const ALGORITHM = 'SHA1';
/** Codes one step early or late are accepted, for clocks that drift and people who type slowly. */
const WINDOW = 1;

/** A new random TOTP secret (160 bits), base32 as authenticator apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app can import (by QR code or by hand). */
export function totpUri(secret: string, issuer: string, account: string): string {
  return new TOTP({
    issuer,
    label: account,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD,
  }).toString();
}

/** The time step a moment falls into. */
export function totpCounter(now: Date): number {
  return TOTP.counter({ period: PERIOD, timestamp: now.getTime() });
}

/**
 * Checks a code and returns the time step it belongs to (to refuse its reuse), or null when it is wrong.
 * Spaces and dashes that people type or paste are ignored.
 */
export function checkTotp(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD,
    timestamp: now.getTime(),
    window: WINDOW,
  });
  return delta === null ? null : totpCounter(now) + delta;
}

/** The code for a time step (tests and the test helpers sign in with it). */
export function totpCode(secret: string, counter: number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD,
    timestamp: counter * PERIOD * 1000,
  });
}

/** Shows a secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTotp, groupSecret, newTotpSecret, totpCode, totpCounter, totpUri } from './totp.ts';

// RFC 6238 appendix B, SHA-1: the secret "12345678901234567890", six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

test('codes match the RFC 6238 test vectors (last six digits)', () => {
  const vectors: [number, string][] = [
    [59, '287082'],
    [1111111109, '081804'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ];
  for (const [seconds, code] of vectors) {
    assert.equal(totpCode(RFC_SECRET, totpCounter(new Date(seconds * 1000))), code);
  }
});

test('a code is accepted one step early or late, not two, and tells its step', () => {
  const secret = newTotpSecret();
  assert.match(secret, /^[A-Z2-7]{32}$/, '160 bits in base32');
  const now = new Date('2026-11-26T09:00:10Z');
  const step = totpCounter(now);
  assert.equal(checkTotp(secret, totpCode(secret, step), now), step);
  assert.equal(checkTotp(secret, totpCode(secret, step - 1), now), step - 1);
  assert.equal(checkTotp(secret, totpCode(secret, step + 1), now), step + 1);
  assert.equal(checkTotp(secret, totpCode(secret, step + 2), now), null);
  assert.equal(checkTotp(secret, totpCode(secret, step - 2), now), null);
});

test('typed spaces and dashes are ignored; anything but six digits is refused', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-26T09:00:10Z');
  const code = totpCode(secret, totpCounter(now));
  assert.notEqual(checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now), null);
  assert.notEqual(checkTotp(secret, `${code.slice(0, 3)}-${code.slice(3)}`, now), null);
  for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`])
    assert.equal(checkTotp(secret, bad, now), null, bad);
});

test('the otpauth URI names issuer, account and parameters; the secret is grouped for typing', () => {
  const uri = totpUri(RFC_SECRET, 'Zuhause', 'anna@example.org');
  assert.match(uri, /^otpauth:\/\/totp\/Zuhause:anna%40example\.org\?/);
  const q = new URL(uri).searchParams;
  assert.equal(q.get('secret'), RFC_SECRET);
  assert.equal(q.get('issuer'), 'Zuhause');
  assert.equal(q.get('algorithm'), 'SHA1');
  assert.equal(q.get('digits'), '6');
  assert.equal(q.get('period'), '30');
  assert.equal(groupSecret('ABCDEFGHIJ'), 'ABCD EFGH IJ');
});

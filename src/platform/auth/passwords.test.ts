import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, isCommonPassword, verifyDummy, verifyPassword } from './passwords.ts';

test('argon2id with the chosen parameters, salted, verifying only the right password', async () => {
  const a = await hashPassword('correct horse battery staple');
  const b = await hashPassword('correct horse battery staple');
  assert.match(a, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.notEqual(a, b, 'a fresh salt each time');
  assert.equal(await verifyPassword(a, 'correct horse battery staple'), true);
  assert.equal(await verifyPassword(a, 'correct horse battery stapl'), false);
  assert.equal(await verifyPassword(a, 'Correct horse battery staple'), false);
});

test('a malformed stored hash is a failed check, not an error', async () => {
  assert.equal(await verifyPassword('not a hash', 'whatever'), false);
  assert.equal(await verifyPassword('', 'whatever'), false);
});

test('the dummy check costs real work and never succeeds', async () => {
  assert.equal(await verifyDummy('not-a-real-password-for-timing'), false);
  const start = performance.now();
  await verifyDummy('anything');
  assert.ok(performance.now() - start > 2, 'argon2 work is done for unknown accounts too');
});

test('common passwords are refused, alone, with digits or symbols appended, or in capitals', () => {
  for (const p of [
    'password',
    'Password2024!',
    '123456789012',
    'qwertz123456',
    'iloveyou!!!!',
    'passwort_123',
    'aaaaaaaaaaaa',
  ]) {
    assert.equal(isCommonPassword(p), true, p);
  }
  for (const p of [
    'correct horse battery staple',
    'password manager rocks',
    'mein zuhause in meppen',
    'Hallo Welt 2024',
  ]) {
    assert.equal(isCommonPassword(p), false, p);
  }
});

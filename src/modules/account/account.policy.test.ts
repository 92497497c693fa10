import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { afterPassword, inLocale, safeNext } from './account.policy.ts';

test('safeNext keeps local paths and drops everything that could leave the site', () => {
  assert.equal(safeNext('/de/account', '/de/'), '/de/account');
  assert.equal(safeNext('/de/m/meppen/admin?x=1#top', '/de/'), '/de/m/meppen/admin?x=1#top');
  for (const bad of [
    'https://evil.example',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'de/account',
    '/de/\nSet-Cookie: x',
    '/\tevil.example',
    '',
    undefined,
    42,
    `/${'a'.repeat(2001)}`,
  ]) {
    assert.equal(safeNext(bad, '/de/'), '/de/', String(bad));
  }
});

const base: SessionUser = {
  id: 'u',
  email: 'u@example.org',
  displayName: 'U',
  roles: [],
  secondFactorDone: false,
  totpEnabled: false,
  isDemo: false,
};
const staff = { role: 'counsellor' as const, municipalityId: 'm', quartierId: null, providerId: null };
const volunteer = { ...staff, role: 'volunteer' as const };

test('afterPassword: TOTP prompt, mandatory setup for staff, or straight on', () => {
  assert.equal(afterPassword(base, 'de', '/de/x'), '/de/x');
  assert.equal(afterPassword({ ...base, roles: [volunteer] }, 'de', '/de/x'), '/de/x');
  assert.equal(afterPassword({ ...base, roles: [staff] }, 'de', '/de/x'), '/de/account/totp?next=%2Fde%2Fx');
  assert.equal(
    afterPassword({ ...base, roles: [staff], totpEnabled: true }, 'ar', '/ar/'),
    '/ar/login/totp?next=%2Far%2F',
  );
  assert.equal(afterPassword({ ...base, totpEnabled: true }, 'de', '/de/x'), '/de/login/totp?next=%2Fde%2Fx');
  assert.equal(afterPassword({ ...base, roles: [staff], secondFactorDone: true }, 'de', '/de/x'), '/de/x');
});

test('inLocale moves a path of the site into the language of the person and leaves other paths alone', () => {
  assert.equal(inLocale('/de/me', 'de', 'ar'), '/ar/me');
  assert.equal(inLocale('/de', 'de', 'fa'), '/fa');
  assert.equal(inLocale('/de?x=1', 'de', 'uk'), '/uk?x=1');
  assert.equal(inLocale('/de/m/meppen/admin?x=1#top', 'de', 'tr'), '/tr/m/meppen/admin?x=1#top');
  assert.equal(inLocale('/deutsch/x', 'de', 'ar'), '/deutsch/x', 'only the locale segment, not a prefix of another');
  assert.equal(inLocale('/en/me', 'de', 'ar'), '/en/me', 'a path in a third language was chosen on purpose');
  assert.equal(inLocale('/de/me', 'de', 'de'), '/de/me');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ROLES, type Role, type RoleGrant, type SessionUser } from '../auth/session-user.ts';
import { type Access, anywhere, decide, inMunicipality, PUBLIC, SIGNED_IN, STAFF_ROLES, stateWide } from './access.ts';

const MEPPEN = '00000000-0000-4000-8000-000000000001';
const OSNABRUECK = '00000000-0000-4000-8000-000000000002';

function user(grants: Partial<RoleGrant>[], secondFactorDone = true): SessionUser {
  return {
    id: 'u',
    email: 'u@example.test',
    displayName: 'U',
    roles: grants.map((g) => ({ role: 'resident', municipalityId: null, quartierId: null, providerId: null, ...g })),
    secondFactorDone,
    totpEnabled: secondFactorDone,
    isDemo: false,
  };
}

test('no policy denies everyone, even a state admin', () => {
  assert.equal(decide(undefined, null, null), 'deny');
  assert.equal(decide(undefined, user([{ role: 'state_admin' }]), MEPPEN), 'deny');
});

test('public allows everyone; signed-in asks anonymous visitors to sign in', () => {
  assert.equal(decide(PUBLIC, null, null), 'allow');
  assert.equal(decide(SIGNED_IN, null, null), 'signIn');
  assert.equal(decide(SIGNED_IN, user([]), null), 'allow');
  assert.equal(decide(inMunicipality('resident'), null, MEPPEN), 'signIn');
});

test('a municipal role counts only in its own municipality', () => {
  const admin = user([{ role: 'municipality_admin', municipalityId: MEPPEN }]);
  const access = inMunicipality('municipality_admin');
  assert.equal(decide(access, admin, MEPPEN), 'allow');
  assert.equal(decide(access, admin, OSNABRUECK), 'deny');
  assert.equal(decide(access, admin, null), 'deny', 'a municipal route without a municipality allows nobody');
  assert.equal(decide(inMunicipality('counsellor'), admin, MEPPEN), 'deny', 'another role does not count');
});

test('state-wide routes need a state-wide grant', () => {
  const state = user([{ role: 'funding_officer' }]);
  const local = user([{ role: 'funding_officer', municipalityId: MEPPEN }]);
  assert.equal(decide(stateWide('funding_officer'), state, null), 'allow');
  assert.equal(decide(stateWide('funding_officer'), local, null), 'deny');
  assert.equal(decide(stateWide('state_admin'), state, null), 'deny');
});

test('"anywhere" accepts the role in any municipality', () => {
  const v = user([{ role: 'volunteer', municipalityId: OSNABRUECK }]);
  assert.equal(decide(anywhere('volunteer'), v, MEPPEN), 'allow');
  assert.equal(decide(anywhere('volunteer'), v, null), 'allow');
  assert.equal(decide(anywhere('landlord'), v, null), 'deny');
});

test('staff roles need the second factor; residents do not', () => {
  const staff = user([{ role: 'counsellor', municipalityId: MEPPEN }], false);
  assert.equal(decide(inMunicipality('counsellor'), staff, MEPPEN), 'secondFactor');
  const resident = user([{ role: 'resident', municipalityId: MEPPEN }], false);
  assert.equal(decide(inMunicipality('resident'), resident, MEPPEN), 'allow');
  // Holding a staff role elsewhere does not demand the factor for a resident's route here.
  const both = user(
    [
      { role: 'resident', municipalityId: MEPPEN },
      { role: 'counsellor', municipalityId: OSNABRUECK },
    ],
    false,
  );
  assert.equal(decide(inMunicipality('resident', 'counsellor'), both, MEPPEN), 'allow');
  assert.equal(decide(inMunicipality('resident', 'counsellor'), both, OSNABRUECK), 'secondFactor');
});

test('property: a role-guarded route never allows a user without a fitting grant', () => {
  const role = fc.constantFrom(...ROLES);
  const town = fc.constantFrom(MEPPEN, OSNABRUECK, null);
  const grant = fc.record({ role, municipalityId: town });
  const access: fc.Arbitrary<Access> = fc.oneof(
    fc.array(role, { minLength: 1, maxLength: 3 }).map((r) => inMunicipality(...r)),
    fc.array(role, { minLength: 1, maxLength: 3 }).map((r) => stateWide(...r)),
    fc.array(role, { minLength: 1, maxLength: 3 }).map((r) => anywhere(...r)),
  );
  fc.assert(
    fc.property(access, fc.array(grant, { maxLength: 4 }), fc.boolean(), town, (a, grants, factor, where) => {
      const u = user(grants, factor);
      const verdict = decide(a, u, where);
      if (a.kind !== 'roles') return;
      const fitting = u.roles.filter(
        (g) =>
          a.roles.includes(g.role) &&
          (a.scope === 'any' ||
            (a.scope === 'state' ? g.municipalityId === null : where !== null && g.municipalityId === where)),
      );
      if (fitting.length === 0) assert.equal(verdict, 'deny');
      else if (!factor && fitting.some((g) => STAFF_ROLES.has(g.role as Role))) assert.equal(verdict, 'secondFactor');
      else assert.equal(verdict, 'allow');
    }),
  );
});

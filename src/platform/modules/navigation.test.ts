import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RoleGrant, SessionUser } from '../auth/session-user.ts';
import type { ModuleManifest } from './manifest.ts';
import { meEntriesFor, navFor, placesOf } from './navigation.ts';

const href = () => '/x';
const manifests: ModuleManifest[] = [
  {
    name: 'a',
    nav: [
      { id: 'a.late', scope: 'municipality', label: 'l', href, roles: ['municipality_admin'], order: 50 },
      { id: 'a.qm', scope: 'municipality', label: 'l', href, roles: ['quartier_manager', 'municipality_admin'] },
      { id: 'a.state', scope: 'state', label: 'l', href, roles: ['state_admin'] },
    ],
    me: [
      { id: 'a.all', scope: 'municipality', label: 'l', href, roles: [] },
      { id: 'a.funding', scope: 'state', label: 'l', href, roles: ['funding_officer'] },
      { id: 'a.own', scope: 'personal', label: 'l', href, roles: [], order: 20 },
      { id: 'a.first', scope: 'personal', label: 'l', href, roles: [], order: 10 },
    ],
  },
  { name: 'b', nav: [{ id: 'b.first', scope: 'municipality', label: 'l', href, roles: ['counsellor'], order: 1 }] },
];

const user = (...roles: [RoleGrant['role'], string | null][]): SessionUser => ({
  id: 'u',
  email: 'u@example.org',
  displayName: 'U',
  roles: roles.map(([role, municipalityId]) => ({ role, municipalityId, quartierId: null, providerId: null })),
  secondFactorDone: true,
  totpEnabled: true,
  isDemo: false,
});

test('navFor shows the entries of the roles held in that municipality, in order, from every manifest', () => {
  const u = user(['municipality_admin', 'm1'], ['counsellor', 'm1'], ['quartier_manager', 'm2']);
  assert.deepEqual(
    navFor(manifests, 'municipality', u, 'm1').map((e) => e.id),
    ['b.first', 'a.late', 'a.qm'],
  );
  assert.deepEqual(
    navFor(manifests, 'municipality', u, 'm2').map((e) => e.id),
    ['a.qm'],
    'roles held elsewhere do not count',
  );
  assert.deepEqual(navFor(manifests, 'state', u, null), [], 'municipal roles open no state entry');
  assert.deepEqual(navFor(manifests, 'municipality', null, 'm1'), []);
});

test('the state scope counts state-wide grants only', () => {
  assert.deepEqual(
    navFor(manifests, 'state', user(['state_admin', null]), null).map((e) => e.id),
    ['a.state'],
  );
  assert.deepEqual(navFor(manifests, 'state', user(['municipality_admin', 'm1']), null), []);
});

test('meEntriesFor: entries without roles go to everyone who belongs to the place, and to nobody else', () => {
  const resident = user(['resident', 'm1']);
  assert.deepEqual(
    meEntriesFor(manifests, 'municipality', resident, 'm1').map((e) => e.id),
    ['a.all'],
  );
  assert.deepEqual(meEntriesFor(manifests, 'municipality', resident, 'm2'), []);
  assert.deepEqual(
    meEntriesFor(manifests, 'state', user(['funding_officer', null]), null).map((e) => e.id),
    ['a.funding'],
  );
});

test('meEntriesFor: personal entries go to every signed-in person, with or without roles, and to nobody else', () => {
  assert.deepEqual(
    meEntriesFor(manifests, 'personal', user(), null).map((e) => e.id),
    ['a.first', 'a.own'],
  );
  assert.deepEqual(
    meEntriesFor(manifests, 'personal', user(['state_admin', null]), null).map((e) => e.id),
    ['a.first', 'a.own'],
  );
  assert.deepEqual(meEntriesFor(manifests, 'personal', null, null), []);
  assert.ok(!meEntriesFor(manifests, 'municipality', user(['resident', 'm1']), 'm1').some((e) => e.id === 'a.own'));
});

test('placesOf lists the state first, then each municipality once', () => {
  const u = user(['resident', 'm1'], ['volunteer', 'm1'], ['funding_officer', null], ['landlord', 'm2']);
  assert.deepEqual(placesOf(u), [
    { scope: 'state', municipalityId: null },
    { scope: 'municipality', municipalityId: 'm1' },
    { scope: 'municipality', municipalityId: 'm2' },
  ]);
  assert.deepEqual(placesOf(user()), []);
});

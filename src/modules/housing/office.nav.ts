import { tenant } from '../../platform/db/tenant.ts';
import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { waitingList } from './office.repository.ts';
import { countRoundsAwaiting } from './rounds.repository.ts';

/** The housing office in a municipality's staff navigation. */
export const officeNav: readonly NavEntry[] = [
  staffEntry('housing.office', 'municipality', 'housing', ['municipality_admin'], {
    label: 'housing.office.title',
    order: 15,
  }),
];

/** "My Zuhause": households waiting, and rounds whose proposals wait for a person's confirmation. */
export const officeMe: readonly MeEntry[] = [
  {
    id: 'housing.office',
    scope: 'municipality',
    label: 'housing.office.title',
    hint: 'housing.office.me.waitingHint',
    href: (c) => `/${c.locale}/m/${c.municipality}/admin/housing`,
    roles: ['municipality_admin'],
    waiting: async ({ db, municipalityId }) =>
      municipalityId ? (await waitingList(db, tenant(municipalityId))).length : 0,
    order: 15,
  },
  {
    id: 'housing.rounds',
    scope: 'municipality',
    label: 'housing.office.me.rounds',
    hint: 'housing.office.me.roundsHint',
    href: (c) => `/${c.locale}/m/${c.municipality}/admin/housing`,
    roles: ['municipality_admin'],
    waiting: async ({ db, municipalityId }) => (municipalityId ? countRoundsAwaiting(db, tenant(municipalityId)) : 0),
    order: 16,
  },
  {
    id: 'housing.round',
    scope: 'municipality',
    label: 'housing.office.household.title',
    hint: 'housing.office.me.householdHint',
    href: (c) => `/${c.locale}/m/${c.municipality}/housing/round`,
    roles: ['resident'],
    order: 17,
  },
];

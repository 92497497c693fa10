import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';

/** The rule pages in the staff navigation, the check on a municipality's public pages. */
export const rulesNav: readonly NavEntry[] = [
  staffEntry('housing.rules', 'state', 'housing/rules', ['state_admin'], { label: 'housing.rules.nav', order: 40 }),
  staffEntry('housing.rentLimits', 'municipality', 'housing/rent-limits', ['municipality_admin'], {
    label: 'housing.rules.rentNav',
    order: 60,
  }),
  staffEntry('housing.check', 'public', 'housing/check', [], { label: 'housing.check.nav', order: 20 }),
];

/** "My Zuhause" tiles: the state's rule tables, a municipality's rent limits. */
export const rulesMe: readonly MeEntry[] = [
  {
    id: 'housing.rules',
    scope: 'state',
    label: 'housing.rules.nav',
    hint: 'housing.rules.meHint',
    href: (c) => `/${c.locale}/state/housing/rules`,
    roles: ['state_admin'],
    order: 40,
  },
  {
    id: 'housing.rentLimits',
    scope: 'municipality',
    label: 'housing.rules.rentNav',
    hint: 'housing.rules.rentMeHint',
    href: (c) => `/${c.locale}/m/${c.municipality}/admin/housing/rent-limits`,
    roles: ['municipality_admin'],
    order: 60,
  },
];

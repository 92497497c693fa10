import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { countSubmitted } from './practice.repository.ts';
import { PRACTICE_EDITORS, PRACTICE_SUBMITTERS } from './welcome.policy.ts';

/**
 * "Good practice" in three places: on every municipality's public pages (the library is state-wide, so the link
 * leaves the municipality), for the staff who submit examples, and for the state's editors.
 */
export const practiceNav: readonly NavEntry[] = [
  {
    id: 'welcome.practice.public',
    scope: 'public',
    label: 'welcome.practice.nav',
    href: (c) => `/${c.locale}/practice`,
    roles: [],
    order: 95,
  },
  staffEntry('welcome.practice.staff', 'municipality', 'practice', PRACTICE_SUBMITTERS, {
    label: 'welcome.practice.nav',
    order: 95,
  }),
  staffEntry('welcome.practice.state', 'state', 'practice', PRACTICE_EDITORS, {
    label: 'welcome.practice.nav',
    order: 60,
  }),
];

/** "My Zuhause": submitters reach their municipality's page; state editors see how many examples wait. */
export const practiceMe: readonly MeEntry[] = [
  {
    id: 'welcome.practice.staff',
    scope: 'municipality',
    label: 'welcome.practice.nav',
    hint: 'welcome.practice.me.staffHint',
    href: (c) => `/${c.locale}/m/${c.municipality}/admin/practice`,
    roles: PRACTICE_SUBMITTERS,
    order: 95,
  },
  {
    id: 'welcome.practice.state',
    scope: 'state',
    label: 'welcome.practice.nav',
    hint: 'welcome.practice.me.stateHint',
    href: (c) => `/${c.locale}/state/practice?status=submitted`,
    roles: PRACTICE_EDITORS,
    waiting: ({ db }) => countSubmitted(db),
    order: 60,
  },
];

import type { MeEntry } from '../../platform/modules/manifest.ts';

/** The person's own part of "My Zuhause": their account, for every signed-in person. */
export const accountMe: readonly MeEntry[] = [
  {
    id: 'account.account',
    scope: 'personal',
    label: 'account.me.accountLink',
    hint: 'account.me.accountHint',
    href: ({ locale }) => `/${locale}/account`,
    roles: [],
    order: 10,
  },
];

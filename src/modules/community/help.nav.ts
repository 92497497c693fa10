import { tenant } from '../../platform/db/tenant.ts';
import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { HELP_MODERATORS } from './help.policy.ts';
import { openReportCount } from './help.reports.repository.ts';
import { unreadCount } from './help.threads.repository.ts';

/** The public "Neighbourly help" link for everyone, and the moderation queue for the Quartier manager and admin. */
export const helpNav: readonly NavEntry[] = [
  staffEntry('community.help.public', 'public', 'help', [], { label: 'community.help.nav', order: 46 }),
  staffEntry('community.help.moderation', 'municipality', 'help', HELP_MODERATORS, {
    label: 'community.help.moderation.nav',
    order: 76,
  }),
];

const page = (c: { locale: string; municipality?: string }, path: string) => `/${c.locale}/m/${c.municipality}/${path}`;

/** "My Zuhause": one's help posts, one's conversations (with the unread ones), and the moderation queue. */
export const helpMe: readonly MeEntry[] = [
  {
    id: 'community.help.mine',
    scope: 'municipality',
    label: 'community.help.mine.title',
    hint: 'community.help.mine.hint',
    href: (c) => page(c, 'help/mine'),
    // Anyone in the municipality may offer or ask for help.
    roles: [],
    order: 70,
  },
  {
    id: 'community.help.messages',
    scope: 'municipality',
    label: 'community.help.messages.title',
    hint: 'community.help.messages.hint',
    href: (c) => `${page(c, 'help/mine')}#messages`,
    roles: [],
    waiting: async ({ db, user, municipalityId }) =>
      municipalityId ? unreadCount(db, tenant(municipalityId), user.id) : 0,
    order: 71,
  },
  {
    id: 'community.help.moderation',
    scope: 'municipality',
    label: 'community.help.moderation.nav',
    hint: 'community.help.moderation.hint',
    href: (c) => page(c, 'admin/help'),
    roles: HELP_MODERATORS,
    waiting: async ({ db, municipalityId }) => (municipalityId ? openReportCount(db, tenant(municipalityId)) : 0),
    order: 76,
  },
];

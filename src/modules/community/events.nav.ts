import { tenant } from '../../platform/db/tenant.ts';
import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { ORGANISERS, organiserScope } from './events.policy.ts';
import { draftCount } from './events.repository.ts';

/** The public calendar for everyone; the organisers' events for volunteers, Quartier managers and administrators. */
export const eventsNav: readonly NavEntry[] = [
  staffEntry('community.events.public', 'public', 'events', [], { label: 'community.events.nav.public', order: 60 }),
  staffEntry('community.events.staff', 'municipality', 'events', ORGANISERS, {
    label: 'community.events.nav.staff',
    order: 60,
  }),
];

/** "My Zuhause": the events a person organises (a volunteer's own; all for staff), with drafts not yet published. */
export const eventsMe: readonly MeEntry[] = [
  {
    id: 'community.events.staff',
    scope: 'municipality',
    label: 'community.events.nav.staff',
    hint: 'community.events.me.hint',
    href: (c) => `/${c.locale}/m/${c.municipality}/admin/events`,
    roles: ORGANISERS,
    waiting: async ({ db, user, municipalityId }) => {
      if (!municipalityId) return 0;
      return draftCount(db, tenant(municipalityId), organiserScope(user, municipalityId));
    },
    order: 60,
  },
];

import type { MeEntry } from '../../platform/modules/manifest.ts';
import { listFeedback } from './feedback.repository.ts';

const ONE = { limit: 1, offset: 0 };

/**
 * The feedback inbox on "My Zuhause" and the staff start pages, counting the messages nobody has answered yet;
 * and for everyone signed in, the feedback form.
 */
export const siteMe: readonly MeEntry[] = [
  {
    id: 'site.feedback.form',
    scope: 'personal',
    label: 'site.me.feedback',
    hint: 'site.me.feedbackHint',
    href: ({ locale }) => `/${locale}/feedback`,
    roles: [],
    order: 90,
  },
  {
    id: 'site.feedback',
    scope: 'municipality',
    label: 'site.inbox.nav',
    hint: 'site.inbox.meHint',
    href: ({ locale, municipality }) => `/${locale}/m/${municipality}/admin/feedback`,
    roles: ['municipality_admin'],
    waiting: async ({ db, municipalityId }) =>
      municipalityId ? (await listFeedback(db, { municipalityId }, { status: 'new' }, ONE)).total : 0,
    order: 40,
  },
  {
    id: 'site.feedback',
    scope: 'state',
    label: 'site.inbox.nav',
    hint: 'site.inbox.meStateHint',
    href: ({ locale }) => `/${locale}/state/feedback`,
    roles: ['state_admin'],
    waiting: async ({ db }) => (await listFeedback(db, { stateWide: true }, { status: 'new' }, ONE)).total,
    order: 40,
  },
];

import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { homeRoutes } from './home.routes.ts';
import { homeSeed } from './home.seed.ts';
import { CONTENT_EDITORS } from './welcome.policy.ts';

/** The welcome page of a municipality ("Meppen mag dich!"): its words, contact points, next events, a video behind consent. */
export const homePart: ManifestPart = {
  routes: homeRoutes,
  nav: [
    // First among the municipality's public links: the newcomer's way in.
    staffEntry('welcome.home.public', 'public', 'welcome', [], { label: 'welcome.home.nav.public', order: 5 }),
    staffEntry('welcome.home.staff', 'municipality', 'welcome', [...CONTENT_EDITORS], {
      label: 'welcome.home.nav.staff',
      order: 21,
    }),
  ],
  me: [
    {
      id: 'welcome.home.me',
      scope: 'municipality',
      label: 'welcome.home.me.label',
      hint: 'welcome.home.me.hint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/welcome`,
      roles: [...CONTENT_EDITORS],
      order: 21,
    },
  ],
  seed: [homeSeed],
  tables: ['welcome_pages', 'welcome_page_texts', 'welcome_contacts'],
  auditSubjects: ['welcome.welcome_page'],
};

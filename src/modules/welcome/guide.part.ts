import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { guideAdminRoutes } from './guide.admin.routes.ts';
import { guidePublicRoutes } from './guide.routes.ts';
import { guideSeed } from './guide.seed.ts';
import { CONTENT_EDITORS } from './welcome.policy.ts';

/**
 * The guide: a tree of pages per municipality, authored in German, published after review, every saved text kept
 * as a version; the reader's pages (with print view and Leichte Sprache) and the editors' pages.
 */
export const guidePart: ManifestPart = {
  routes: routesOf(guidePublicRoutes, guideAdminRoutes),
  nav: [
    staffEntry('welcome.guide.public', 'public', 'guide', [], { label: 'welcome.guide.nav.public', order: 20 }),
    staffEntry('welcome.guide.staff', 'municipality', 'guide', [...CONTENT_EDITORS], {
      label: 'welcome.guide.nav.staff',
      order: 80,
    }),
  ],
  me: [
    {
      id: 'welcome.guide.edit',
      scope: 'municipality',
      label: 'welcome.guide.me.title',
      hint: 'welcome.guide.me.hint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/guide`,
      roles: [...CONTENT_EDITORS],
      order: 80,
    },
  ],
  seed: [guideSeed],
  tables: ['welcome_guide_pages', 'welcome_guide_texts', 'welcome_guide_versions'],
  auditSubjects: ['welcome.guide_page'],
};

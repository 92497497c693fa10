import { tenant } from '../../platform/db/tenant.ts';
import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { waitingTranslations } from './translations.overview.ts';
import { translationsRoutes } from './translations.routes.ts';
import { CONTENT_EDITORS } from './welcome.policy.ts';

/**
 * Translations of guide pages: each language's state (missing, outdated, current), the side-by-side editor that
 * shows what changed in the source, and machine drafts (a LibreTranslate-compatible provider, off by default) that
 * stay marked for readers until a person approves them. Its SQL is on the guide part's tables (same module).
 */
export const translationsPart: ManifestPart = {
  routes: translationsRoutes,
  nav: [
    staffEntry('welcome.translations', 'municipality', 'guide/translations', CONTENT_EDITORS, {
      label: 'welcome.translations.nav',
      order: 62,
    }),
  ],
  me: [
    {
      id: 'welcome.translations',
      scope: 'municipality',
      label: 'welcome.translations.me.label',
      hint: 'welcome.translations.me.hint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/guide/translations`,
      roles: CONTENT_EDITORS,
      waiting: async ({ db, municipalityId }) => (municipalityId ? waitingTranslations(db, tenant(municipalityId)) : 0),
      order: 62,
    },
  ],
  auditSubjects: ['welcome.guide_translation'],
};

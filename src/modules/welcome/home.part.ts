import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The welcome page of a municipality ("Meppen mag dich!"): its words, contact points, next events, a video behind consent. */
export const homePart: ManifestPart = {
  tables: ['welcome_pages', 'welcome_page_texts', 'welcome_contacts'],
  auditSubjects: ['welcome.welcome_page'],
};

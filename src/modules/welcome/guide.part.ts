import type { ManifestPart } from '../../platform/modules/manifest.ts';

/**
 * The guide: a tree of pages per municipality, authored in German, published after review, every saved text kept
 * as a version; the reader's pages (with print view and Leichte Sprache) and the editors' pages.
 */
export const guidePart: ManifestPart = {
  tables: ['welcome_guide_pages', 'welcome_guide_texts', 'welcome_guide_versions'],
  auditSubjects: ['welcome.guide_page'],
};

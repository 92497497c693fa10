import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** One search across languages over guide pages, places, practice examples (and other modules' public entries). */
export const searchPart: ManifestPart = {
  tables: ['welcome_glossary', 'welcome_glossary_terms'],
  auditSubjects: ['welcome.glossary'],
};

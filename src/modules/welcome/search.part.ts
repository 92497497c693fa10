import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { searchRoutes } from './search.routes.ts';
import { searchSeed } from './search.seed.ts';

/**
 * One search across languages over a municipality's guide pages, places, the practice library and other modules'
 * public entries (their manifests' `search` sources); the glossary maps German administrative terms to every
 * language. The search reads the guide's, places' and practice's text tables (same module) without writing them.
 */
export const searchPart: ManifestPart = {
  routes: searchRoutes,
  nav: [staffEntry('welcome.search', 'public', 'search', [], { label: 'welcome.search.nav', order: 58 })],
  seed: [searchSeed],
  tables: [
    'welcome_glossary',
    'welcome_glossary_terms',
    'welcome_search_guide',
    'welcome_search_practice',
    'welcome_search_lexicon',
  ],
  auditSubjects: ['welcome.glossary'],
};

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { directoryMe, directoryNav } from './directory.nav.ts';
import { directorySeed } from './directory.seed.ts';
import { directoryRoutes } from './directory.routes.ts';

export type { GeoJsonGeometry, ProviderKind, ProviderTable, QuartierTable } from './directory.tables.ts';
export { PROVIDER_KINDS } from './directory.tables.ts';
export { MUNICIPALITY_ROLES, type MunicipalityRole } from './directory.policy.ts';
export { parseBoundary } from './geojson.ts';
export { getQuartier, getQuartierBySlug, quartiereOf } from './quartiere.service.ts';
export { getProvider, providersOf } from './providers.service.ts';
export { withPlaceNames } from './people.service.ts';
export { describeIn } from './translations.service.ts';

/** Municipalities, Quartiere, providers (Träger), and the people of a municipality with their roles. */
export const directory: ModuleManifest = {
  name: 'directory',
  routes: directoryRoutes,
  nav: directoryNav,
  me: directoryMe,
  seed: [directorySeed],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: [
    'directory.municipality',
    'directory.quartier',
    'directory.quartier_translation',
    'directory.provider',
    'directory.role_assignment',
    'directory.invitation',
  ],
  tables: ['quartiere', 'providers', 'quartier_translations'],
};

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { directorySeed } from './directory.seed.ts';
import { directoryRoutes } from './directory.routes.ts';

export type { GeoJsonGeometry, ProviderKind, ProviderTable, QuartierTable } from './directory.tables.ts';
export { PROVIDER_KINDS } from './directory.tables.ts';
export { MUNICIPALITY_ROLES, type MunicipalityRole } from './directory.policy.ts';
export { parseBoundary } from './geojson.ts';
export { getQuartier, getQuartierBySlug, quartiereOf } from './quartiere.service.ts';
export { getProvider, providersOf } from './providers.service.ts';
export { describeIn, sourceHash } from './translations.service.ts';

// The staff sections of a municipality's directory, and the state's municipality register.
const nav = [
  ...(['quartiere', 'providers', 'people'] as const).map((section, i) =>
    staffEntry(`directory.${section}`, 'municipality', section, DIRECTORY_READERS, {
      label: `directory.admin.${section}`,
      order: 10 + i,
    }),
  ),
  staffEntry('directory.municipalities', 'state', 'municipalities', ['state_admin'], {
    label: 'directory.state.title',
    order: 10,
  }),
];

/** Municipalities, Quartiere, providers (Träger), and the people of a municipality with their roles. */
export const directory: ModuleManifest = {
  name: 'directory',
  routes: directoryRoutes,
  nav,
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

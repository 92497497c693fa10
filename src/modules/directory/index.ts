import type { ModuleManifest, NavEntry } from '../../platform/modules/manifest.ts';
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
const nav: NavEntry[] = [
  ...(['quartiere', 'providers', 'people'] as const).map(
    (section, i): NavEntry => ({
      id: `directory.${section}`,
      scope: 'municipality',
      label: `directory.admin.${section}`,
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/${section}`,
      roles: DIRECTORY_READERS,
      order: 10 + i,
    }),
  ),
  {
    id: 'directory.municipalities',
    scope: 'state',
    label: 'directory.state.title',
    href: (c) => `/${c.locale}/state/municipalities`,
    roles: ['state_admin'],
    order: 10,
  },
];

/** Municipalities, Quartiere, providers (Träger), and the people of a municipality with their roles. */
export const directory: ModuleManifest = {
  name: 'directory',
  routes: directoryRoutes,
  nav,
  me: [],
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

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import './housing.tables.ts';
import './households.tables.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { householdsMe, householdsNav } from './households.nav.ts';
import { householdsRoutes } from './households.routes.ts';
import { householdsSeed } from './households.seed.ts';

export { type HouseholdNeeds, householdNeeds } from './households.service.ts';

/**
 * Housing: the eligibility check (WBS, space and rent limits) on dated rule tables, flats listed by landlords,
 * household profiles, applications and viewings, and the housing office's matching rounds on the matching library.
 */
export const housing: ModuleManifest = {
  name: 'housing',
  routes: routesOf(householdsRoutes, applicationsRoutes),
  nav: [...householdsNav],
  me: [...householdsMe],
  seed: [householdsSeed],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: ['housing.flat', 'housing.household', 'housing.application', 'housing.viewing_slot'],
  tables: [
    'housing_flats',
    'housing_flat_texts',
    'housing_households',
    'housing_household_members',
    'housing_applications',
    'housing_viewing_slots',
    'housing_household_notices',
  ],
};

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import './housing.tables.ts';
import './photos.tables.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { flatsApiRoutes } from './flats.api.ts';
import { flatsMe, flatsNav } from './flats.nav.ts';
import { flatsStaffRoutes } from './flats.routes.ts';
import { flatsSeed } from './flats.seed.ts';
import { flatsPublicRoutes } from './housing.public.routes.ts';
import { photosRoutes } from './photos.routes.ts';

export { flatFit, type Fit, type FitFlat, type FitNeeds, type FitReason } from './flat-fit.ts';
export { findFlat, listFlats, type FlatDetail, type PublicFlat } from './flats.read.ts';

/**
 * Housing: the eligibility check (WBS, space and rent limits) on dated rule tables, flats listed by landlords,
 * household profiles, applications and viewings, and the housing office's matching rounds on the matching library.
 */
export const housing: ModuleManifest = {
  name: 'housing',
  routes: routesOf(flatsPublicRoutes, flatsStaffRoutes, photosRoutes, flatsApiRoutes),
  nav: [...flatsNav],
  me: [...flatsMe],
  seed: [flatsSeed],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: [
    'housing.flat',
    'housing.household',
    'housing.application',
    'housing.viewing_slot',
    'housing.flat_photo',
  ],
  tables: [
    'housing_flats',
    'housing_flat_texts',
    'housing_households',
    'housing_household_members',
    'housing_applications',
    'housing_viewing_slots',
    'housing_flat_photos',
  ],
};

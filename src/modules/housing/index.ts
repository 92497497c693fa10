import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import './housing.tables.ts';
import './rules.tables.ts';
import './photos.tables.ts';
import { checkRoutes } from './check.routes.ts';
import { rulesRoutes } from './rules.routes.ts';
import { rulesMe, rulesNav } from './rules.nav.ts';
import { rulesSeed } from './rules.seed.ts';
import { flatsApiRoutes } from './flats.api.ts';
import { flatsMe, flatsNav } from './flats.nav.ts';
import { flatsStaffRoutes } from './flats.routes.ts';
import { flatsSeed } from './flats.seed.ts';
import { flatsPublicRoutes } from './housing.public.routes.ts';
import { photosRoutes } from './photos.routes.ts';

export { checkEligibility, type EligibilityInput, type EligibilityResult, type Reason } from './eligibility.engine.ts';
export type { ResidenceCategory, Rules } from './eligibility.rules.ts';
export { RESIDENCE_CATEGORIES } from './eligibility.rules.ts';
export { rulesInForce } from './rules.service.ts';
export { flatFit, type Fit, type FitFlat, type FitNeeds, type FitReason } from './flat-fit.ts';
export { findFlat, listFlats, type FlatDetail, type PublicFlat } from './flats.read.ts';

/**
 * Housing: the eligibility check (WBS, space and rent limits) on dated rule tables, flats listed by landlords,
 * household profiles, applications and viewings, and the housing office's matching rounds on the matching library.
 */
export const housing: ModuleManifest = {
  name: 'housing',
  routes: routesOf(rulesRoutes, checkRoutes, flatsPublicRoutes, flatsStaffRoutes, photosRoutes, flatsApiRoutes),
  nav: [...rulesNav, ...flatsNav],
  me: [...rulesMe, ...flatsMe],
  seed: [rulesSeed, flatsSeed],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: [
    'housing.flat',
    'housing.household',
    'housing.application',
    'housing.viewing_slot',
    'housing.rule_set',
    'housing.flat_photo',
  ],
  tables: [
    'housing_flats',
    'housing_flat_texts',
    'housing_households',
    'housing_household_members',
    'housing_applications',
    'housing_viewing_slots',
    'housing_rule_sets',
    'housing_rent_limits',
    'housing_flat_photos',
  ],
};

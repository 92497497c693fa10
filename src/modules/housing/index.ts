import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import './housing.tables.ts';
import './households.tables.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { householdsMe, householdsNav } from './households.nav.ts';
import { householdsRoutes } from './households.routes.ts';
import { householdsSeed } from './households.seed.ts';
import './rules.tables.ts';
import './rounds.tables.ts';
import './photos.tables.ts';
import { checkRoutes } from './check.routes.ts';
import { officeMe, officeNav } from './office.nav.ts';
import { officeRoutes } from './office.routes.ts';
import { housingHistorySeed } from './office.history.seed.ts';
import { officeSeed } from './office.seed.ts';
import { runRoundJob } from './rounds.jobs.ts';
import { roundsRoutes } from './rounds.routes.ts';
import { ROUND_JOB } from './rounds.service.ts';
import { rulesRoutes } from './rules.routes.ts';
import { rulesMe, rulesNav } from './rules.nav.ts';
import { rulesSeed } from './rules.seed.ts';
import { flatsApiRoutes } from './flats.api.ts';
import { flatsMe, flatsNav } from './flats.nav.ts';
import { flatsStaffRoutes } from './flats.routes.ts';
import { flatsSearch } from './flats.search.read.ts';
import { flatsSeed } from './flats.seed.ts';
import { flatsPublicRoutes } from './housing.public.routes.ts';
import { photosRoutes } from './photos.routes.ts';

export { checkEligibility, type EligibilityInput, type EligibilityResult, type Reason } from './eligibility.engine.ts';
export type { ResidenceCategory, Rules } from './eligibility.rules.ts';
export { RESIDENCE_CATEGORIES } from './eligibility.rules.ts';
export { rulesInForce } from './rules.service.ts';
export { type HouseholdNeeds, householdNeeds, ownHouseholdNeeds } from './households.service.ts';
export { explainForHousehold, type HouseholdExplanation } from './rounds.explain.ts';
export { HouseholdRoundSection } from './views/round-household.tsx';
export { flatFit, type Fit, type FitFlat, type FitNeeds, type FitReason } from './flat-fit.ts';
export { findFlat, listFlats, type FlatDetail, type PublicFlat } from './flats.read.ts';

/**
 * Housing: the eligibility check (WBS, space and rent limits) on dated rule tables, flats listed by landlords,
 * household profiles, applications and viewings, and the housing office's matching rounds on the matching library.
 */
export const housing: ModuleManifest = {
  name: 'housing',
  routes: routesOf(
    rulesRoutes,
    checkRoutes,
    flatsPublicRoutes,
    flatsStaffRoutes,
    photosRoutes,
    flatsApiRoutes,
    householdsRoutes,
    applicationsRoutes,
    officeRoutes,
    roundsRoutes,
  ),
  nav: [...rulesNav, ...flatsNav, ...householdsNav, ...officeNav],
  me: [...rulesMe, ...flatsMe, ...householdsMe, ...officeMe],
  jobs: { [ROUND_JOB]: runRoundJob },
  seed: [rulesSeed, flatsSeed, householdsSeed, officeSeed, housingHistorySeed],
  // Advertised flats in the welcome module's search across a municipality's pages.
  search: [flatsSearch],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: [
    'housing.flat',
    'housing.household',
    'housing.application',
    'housing.viewing_slot',
    'housing.rule_set',
    'housing.round',
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
    'housing_household_notices',
    'housing_rounds',
    'housing_round_proposals',
    'housing_round_unplaced',
    'housing_round_confirmations',
    'housing_flat_photos',
  ],
};

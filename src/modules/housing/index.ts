import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import './housing.tables.ts';

/**
 * Housing: the eligibility check (WBS, space and rent limits) on dated rule tables, flats listed by landlords,
 * household profiles, applications and viewings, and the housing office's matching rounds on the matching library.
 */
export const housing: ModuleManifest = {
  name: 'housing',
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: ['housing.flat', 'housing.household', 'housing.application', 'housing.viewing_slot'],
  tables: [
    'housing_flats',
    'housing_flat_texts',
    'housing_households',
    'housing_household_members',
    'housing_applications',
    'housing_viewing_slots',
  ],
};

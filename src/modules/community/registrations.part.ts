import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The registrations part of the community module: its routes, navigation, tiles, jobs, seed steps and tables. */
export const registrationsPart: ManifestPart = {};

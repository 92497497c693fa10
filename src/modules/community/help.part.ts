import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The help part of the community module: its routes, navigation, tiles, jobs, seed steps and tables. */
export const helpPart: ManifestPart = {};

import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The feeds part of the community module: its routes, navigation, tiles, jobs, seed steps and tables. */
export const feedsPart: ManifestPart = {};

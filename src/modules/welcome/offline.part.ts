import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** Offline reading: one municipality's guide in one language, saved on the reader's device by a service worker (opt-in). */
export const offlinePart: ManifestPart = {};

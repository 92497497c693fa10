import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { offlineRoutes } from './offline.routes.ts';

/**
 * Offline reading: one municipality's guide in one language, saved on the reader's device by a service worker
 * (opt-in), from a versioned bundle of the published pages, cleaned again before they are packed.
 */
export const offlinePart: ManifestPart = {
  routes: offlineRoutes,
};

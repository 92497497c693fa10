import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** Places a newcomer needs: list, place pages with "open now", a map after consent, GeoJSON with OSM tags. */
export const placesPart: ManifestPart = {
  tables: ['welcome_places', 'welcome_place_texts'],
  auditSubjects: ['welcome.place'],
};

import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { eventsApiRoutes } from './api.routes.ts';
import { feedsRoutes } from './feeds.routes.ts';
import { communityQuartierSections } from './quartier-section.ts';

/**
 * The feeds part of the community module: iCalendar feeds (a municipality's, a Quartier's, an organiser's, one
 * series), the JSON events API, and community's sections of the public Quartier page. It only reads; the tables
 * are written by the events, registrations and rooms parts.
 */
export const feedsPart: ManifestPart = {
  routes: routesOf(feedsRoutes, eventsApiRoutes),
  quartierSections: communityQuartierSections,
};

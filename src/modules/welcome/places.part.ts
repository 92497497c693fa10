import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { placesRoutes } from './places.routes.ts';
import { placesSeed } from './places.seed.ts';
import { placesStaffRoutes } from './places.staff.routes.ts';
import { CONTENT_EDITORS } from './welcome.policy.ts';

/** Places a newcomer needs: list, place pages with "open now", a map after consent, GeoJSON with OSM tags. */
export const placesPart: ManifestPart = {
  routes: routesOf(placesRoutes, placesStaffRoutes),
  nav: [
    staffEntry('welcome.places.public', 'public', 'places', [], { label: 'welcome.places.nav.public', order: 22 }),
    staffEntry('welcome.places.staff', 'municipality', 'places', [...CONTENT_EDITORS], {
      label: 'welcome.places.nav.staff',
      order: 22,
    }),
  ],
  me: [
    {
      id: 'welcome.places.me',
      scope: 'municipality',
      label: 'welcome.places.me.label',
      hint: 'welcome.places.me.hint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/places`,
      roles: [...CONTENT_EDITORS],
      order: 22,
    },
  ],
  seed: [placesSeed],
  tables: ['welcome_places', 'welcome_place_texts'],
  auditSubjects: ['welcome.place'],
};

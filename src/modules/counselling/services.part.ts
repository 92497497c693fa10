import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { SERVICE_KEEPERS } from './services.policy.ts';
import { servicesPublicRoutes } from './services.public.routes.ts';
import { servicesQuartierSections } from './services.quartier.ts';
import { servicePlacesSeed, servicesSeed } from './services.seed.ts';
import { servicesStaffRoutes } from './services.staff.routes.ts';

/** Services: offers of providers and Quartier offices, their texts per language and counsellors; the public list and service pages; the Quartier section. */
export const servicesPart: ManifestPart = {
  routes: routesOf(servicesPublicRoutes, servicesStaffRoutes),
  nav: [
    staffEntry('counselling.services.public', 'public', 'counselling', [], {
      label: 'counselling.services.nav.public',
      order: 70,
    }),
    staffEntry('counselling.services.staff', 'municipality', 'counselling', [...SERVICE_KEEPERS, 'counsellor'], {
      label: 'counselling.services.nav.staff',
      order: 70,
    }),
  ],
  me: [
    {
      id: 'counselling.services.mine',
      scope: 'municipality',
      label: 'counselling.services.me.mine',
      hint: 'counselling.services.me.mineHint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/counselling`,
      roles: ['counsellor'],
      order: 70,
    },
  ],
  seed: [servicesSeed, servicePlacesSeed],
  quartierSections: servicesQuartierSections,
  tables: ['counselling_services', 'counselling_service_texts', 'counselling_counsellors'],
  auditSubjects: ['counselling.service', 'counselling.counsellor'],
};

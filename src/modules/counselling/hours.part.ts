import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { OWN_HOURS } from './hours.policy.ts';
import { hoursRoutes } from './hours.routes.ts';
import { hoursSeed } from './hours.seed.ts';

/** Hours: counsellors' weekly hours and exceptions (public holidays computed), from which the free slots are computed (slots.ts). */
export const hoursPart: ManifestPart = {
  routes: routesOf(hoursRoutes),
  nav: [
    staffEntry('counselling.hours', 'municipality', 'counselling/hours', OWN_HOURS, {
      label: 'counselling.hours.nav',
      order: 71,
    }),
  ],
  me: [
    {
      id: 'counselling.hours',
      scope: 'municipality',
      label: 'counselling.hours.nav',
      hint: 'counselling.hours.me.hint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/counselling/hours`,
      roles: OWN_HOURS,
      order: 71,
    },
  ],
  seed: [hoursSeed],
  tables: ['counselling_hours', 'counselling_exceptions'],
  auditSubjects: ['counselling.hours', 'counselling.exception'],
};

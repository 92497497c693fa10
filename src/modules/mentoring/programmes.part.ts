import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { cyclesRoutes } from './cycles.routes.ts';
import { mentoringSeed } from './mentoring.seed.ts';
import { PROGRAMME_STAFF_ROLES } from './mentoring.policy.ts';
import { programmesRoutes } from './programmes.routes.ts';

/** Programmes and applications: the public programme pages, applying and signing up, "My mentoring", the staff's lists. */
export const programmesPart: ManifestPart = {
  routes: routesOf(programmesRoutes, applicationsRoutes, cyclesRoutes),
  nav: [
    staffEntry('mentoring.programmes.public', 'public', 'mentoring', [], {
      label: 'mentoring.programmes.nav.public',
      order: 90,
    }),
    staffEntry('mentoring.programmes.staff', 'municipality', 'mentoring', [...PROGRAMME_STAFF_ROLES], {
      label: 'mentoring.programmes.nav.staff',
      order: 90,
    }),
  ],
  me: [
    {
      id: 'mentoring.applications.mine',
      scope: 'personal',
      label: 'mentoring.applications.me.title',
      hint: 'mentoring.applications.me.hint',
      href: ({ locale }) => `/${locale}/me/mentoring`,
      roles: [],
      order: 90,
    },
  ],
  seed: [mentoringSeed],
  tables: [],
  auditSubjects: ['mentoring.programme', 'mentoring.cycle', 'mentoring.mentee', 'mentoring.mentor'],
};

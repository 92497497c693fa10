import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { applicationsToDecide } from './applications.repository.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { cyclesRoutes } from './cycles.routes.ts';
import { answersAwaiting } from './matching.read.ts';
import { mentoringSeed } from './mentoring.seed.ts';
import { PROGRAMME_STAFF_ROLES } from './mentoring.policy.ts';
import { programmesRoutes } from './programmes.routes.ts';
import { PROGRAMME_TEXT_SUBJECT } from './programmes.service.ts';

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
      waiting: async ({ db, user }) => (await answersAwaiting(db, null, user.id)).length,
      order: 90,
    },
    {
      id: 'mentoring.programmes.run',
      scope: 'municipality',
      label: 'mentoring.programmes.nav.staff',
      hint: 'mentoring.programmes.me.staffHint',
      href: (c) => `/${c.locale}/m/${c.municipality}/admin/mentoring`,
      roles: [...PROGRAMME_STAFF_ROLES],
      waiting: async ({ db, user, municipalityId }) =>
        municipalityId ? applicationsToDecide(db, tenant(municipalityId), user.id) : 0,
      order: 90,
    },
  ],
  seed: [mentoringSeed],
  tables: [],
  auditSubjects: [
    'mentoring.programme',
    PROGRAMME_TEXT_SUBJECT,
    'mentoring.cycle',
    'mentoring.mentee',
    'mentoring.mentor',
  ],
};

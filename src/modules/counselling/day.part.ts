import type { ManifestPart, MeEntry } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { dayContactRoutes } from './day.contact.routes.ts';
import { figuresRoutes } from './day.figures.routes.ts';
import { DAY_ROLES, FIGURES_ROLES } from './day.policy.ts';
import { bookedCount } from './day.repository.ts';
import { DAY_ZONE, dayRoutes } from './day.routes.ts';
import { daySeed } from './day.seed.ts';
import { instantOf, localDay } from './slots.ts';

const me: readonly MeEntry[] = [
  {
    id: 'counselling.day.mine',
    scope: 'municipality',
    label: 'counselling.day.me.title',
    hint: 'counselling.day.me.hint',
    href: ({ locale, municipality }) => `/${locale}/m/${municipality}/admin/counselling/day`,
    roles: ['counsellor'],
    waiting: async ({ db, user, municipalityId }) => {
      if (!municipalityId) return 0;
      const today = localDay(new Date(), DAY_ZONE);
      const from = instantOf(today, 0, DAY_ZONE);
      return bookedCount(db, { municipalityId }, user.id, from, instantOf(today, 24 * 60, DAY_ZONE));
    },
    order: 40,
  },
  {
    id: 'counselling.figures',
    scope: 'municipality',
    label: 'counselling.day.figures.me.title',
    hint: 'counselling.day.figures.me.hint',
    href: ({ locale, municipality }) => `/${locale}/m/${municipality}/admin/counselling/figures`,
    roles: FIGURES_ROLES,
    order: 41,
  },
];

/** The counsellor's day: appointments, walk-ins counted with one tap, no-shows, rebooking, and the anonymous contact figures. */
export const dayPart: ManifestPart = {
  routes: routesOf(dayRoutes, dayContactRoutes, figuresRoutes),
  nav: [
    staffEntry('counselling.day', 'municipality', 'counselling/day', DAY_ROLES, {
      label: 'counselling.day.nav',
      order: 60,
    }),
    staffEntry('counselling.figures', 'municipality', 'counselling/figures', FIGURES_ROLES, {
      label: 'counselling.day.figures.nav',
      order: 61,
    }),
  ],
  me,
  seed: [daySeed],
  tables: ['counselling_contacts'],
  auditSubjects: ['counselling.contact', 'counselling.day'],
};

import type { ManifestPart, MeEntry } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { ORGANISER_ROLES } from './registrations.policy.ts';
import './registrations.tables.ts';
import { registrationJobs, registrationSchedules } from './registrations.jobs.ts';
import { comingRegistrationsOfUser } from './registrations.mine.repository.ts';
import { registrationsOrganiserRoutes } from './registrations.organiser.routes.ts';
import { registrationsRoutes } from './registrations.routes.ts';
import { registrationsSeed } from './registrations.seed.ts';

const me: readonly MeEntry[] = [
  {
    id: 'community.registrations.mine',
    scope: 'personal',
    label: 'community.registrations.mine.title',
    hint: 'community.registrations.mine.hint',
    href: ({ locale }) => `/${locale}/me/registrations`,
    roles: [],
    waiting: ({ db, user }) => comingRegistrationsOfUser(db, user.id, new Date()),
    order: 30,
  },
  {
    id: 'community.registrations.overview',
    scope: 'municipality',
    label: 'community.registrations.overview.title',
    hint: 'community.registrations.overview.hint',
    href: ({ locale, municipality }) => `/${locale}/m/${municipality}/admin/registrations`,
    roles: ORGANISER_ROLES,
    order: 31,
  },
];

/**
 * The registrations part of the community module: registering for a date (with or without an account), the
 * waitlist and its promotions, the holder's page and code, the organiser's list, CSV and attendance counts, the
 * mails (confirmation, promotion, change, reminder) and the erasure of personal data after the date.
 */
export const registrationsPart: ManifestPart = {
  routes: routesOf(registrationsRoutes, registrationsOrganiserRoutes),
  nav: [
    staffEntry('community.registrations', 'municipality', 'registrations', ORGANISER_ROLES, {
      label: 'community.registrations.overview.title',
      order: 52,
    }),
  ],
  me,
  jobs: registrationJobs,
  schedules: registrationSchedules,
  seed: [registrationsSeed],
  auditSubjects: ['community.registration', 'community.attendance'],
  tables: ['community_registrations', 'community_attendance'],
};

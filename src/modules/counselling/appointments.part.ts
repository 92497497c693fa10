import { type ManifestPart, routesOf } from '../../platform/modules/manifest.ts';
import { appointmentJobs, appointmentSchedules } from './appointments.jobs.ts';
import { appointmentsRebookRoutes } from './appointments.rebook.routes.ts';
import { appointmentsRoutes } from './appointments.routes.ts';
import { appointmentsSeed } from './appointments.seed.ts';

/** Appointments: booking without an account, confirmation with a calendar file, cancel and rebook by link or code, reminders and the erasure of personal data. */
export const appointmentsPart: ManifestPart = {
  routes: routesOf(appointmentsRoutes, appointmentsRebookRoutes),
  jobs: appointmentJobs,
  schedules: appointmentSchedules,
  seed: [appointmentsSeed],
  tables: ['counselling_appointments'],
  auditSubjects: ['counselling.appointment'],
};

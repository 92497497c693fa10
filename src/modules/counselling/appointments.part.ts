import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { appointmentJobs, appointmentSchedules } from './appointments.jobs.ts';

/** Appointments: booking without an account, confirmation with a calendar file, cancel and rebook by link or code, reminders and the erasure of personal data. */
export const appointmentsPart: ManifestPart = {
  jobs: appointmentJobs,
  schedules: appointmentSchedules,
  tables: ['counselling_appointments'],
  auditSubjects: ['counselling.appointment'],
};

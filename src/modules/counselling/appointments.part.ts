import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** Appointments: booking without an account, confirmation with a calendar file, cancel and rebook by link or code, reminders and the erasure of personal data. */
export const appointmentsPart: ManifestPart = {
  tables: ['counselling_appointments'],
  auditSubjects: ['counselling.appointment'],
};

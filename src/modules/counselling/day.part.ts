import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The counsellor's day: appointments, walk-ins counted with one tap, no-shows, rebooking, and the anonymous contact figures. */
export const dayPart: ManifestPart = {
  tables: ['counselling_contacts'],
  auditSubjects: ['counselling.contact'],
};

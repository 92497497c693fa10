import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** Hours: counsellors' weekly hours and exceptions (public holidays computed), from which the free slots are computed (slots.ts). */
export const hoursPart: ManifestPart = {
  tables: ['counselling_hours', 'counselling_exceptions'],
  auditSubjects: ['counselling.hours', 'counselling.exception'],
};

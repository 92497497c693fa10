import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** Services: offers of providers and Quartier offices, their texts per language and counsellors; the public list and service pages; the Quartier section. */
export const servicesPart: ManifestPart = {
  tables: ['counselling_services', 'counselling_service_texts', 'counselling_counsellors'],
  auditSubjects: ['counselling.service', 'counselling.counsellor'],
};

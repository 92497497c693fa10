import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** Interpreters: a municipality's pool with languages and hours, requests from appointments and their acceptance. */
export const interpretersPart: ManifestPart = {
  tables: ['counselling_interpreters', 'counselling_interpreter_hours', 'counselling_interpreter_requests'],
  auditSubjects: ['counselling.interpreter', 'counselling.interpreter_request'],
};

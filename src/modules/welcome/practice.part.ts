import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The state-wide good-practice library: submitted by municipalities and providers, published by state editors. */
export const practicePart: ManifestPart = {
  tables: ['welcome_practices', 'welcome_practice_texts'],
  auditSubjects: ['welcome.practice'],
};

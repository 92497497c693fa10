import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { CORE_TABLES } from './mentoring.tables.ts';

/** The core of the module: the tables every part reads (programmes, cycles, people, pairings, sessions, activities). */
export const corePart: ManifestPart = {
  tables: [...CORE_TABLES],
};

import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The events part of the community module: its routes, navigation, tiles, jobs, seed steps and tables. */
export const eventsPart: ManifestPart = {
  tables: ['community_event_types', 'community_events', 'community_event_texts', 'community_occurrences'],
  auditSubjects: ['community.event', 'community.occurrence'],
};

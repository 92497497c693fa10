import type { ManifestPart } from '../../platform/modules/manifest.ts';

/** The rooms part of the community module: its routes, navigation, tiles, jobs, seed steps and tables. */
export const roomsPart: ManifestPart = {
  tables: ['community_rooms', 'community_room_texts', 'community_bookings'],
  auditSubjects: ['community.room', 'community.booking'],
};

import { composeManifest } from '../../platform/modules/manifest.ts';
import './community.tables.ts';
import { eventsPart } from './events.part.ts';
import { feedsPart } from './feeds.part.ts';
import { helpPart } from './help.part.ts';
import { registrationsPart } from './registrations.part.ts';
import { roomsPart } from './rooms.part.ts';

/**
 * Neighbourhood life: events as series with one row per date, registration without an account with waitlists,
 * calendar feeds, rooms and their bookings (no double booking, enforced by the database), and neighbourly help.
 */
export const community = composeManifest('community', new URL('./locales/', import.meta.url), [
  eventsPart,
  registrationsPart,
  feedsPart,
  roomsPart,
  helpPart,
]);

// For the counselling module: walk-in hours use the rooms' opening-hours syntax and its readable lines, and a
// service meeting in a room shows that room's name and address.
export { parseOpeningHours } from './rooms.hours.ts';
export { findRoom, listRooms } from './rooms.repository.ts';
export { Checkbox, CheckboxGroup, OpeningHours } from './views/room-parts.tsx';

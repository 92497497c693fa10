import { AppError, type FieldError } from '../../platform/http/app-error.ts';
import { issueToError } from '../../platform/http/forms.ts';
import { composeManifest } from '../../platform/modules/manifest.ts';
import type { UseCase } from '../../platform/usecase/run-use-case.ts';
import './community.tables.ts';
import { eventsPart } from './events.part.ts';
import { eventForm } from './events.schema.ts';
import { createEvent } from './events.service.ts';
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

/** What another module gives for a one-off draft event (the welcome module's "adapt this for my Quartier"). */
export interface EventDraft {
  title: string;
  description: string;
  organiserName: string;
  address: string;
  startDate: string;
  startTime: string;
  endTime: string;
}

/**
 * Creates a one-off event at an address as a draft, through the events' own create use case (which checks the
 * date and the times as the event form does); its problems come back as a 422 on the caller's fields.
 */
export async function createEventDraft(uc: UseCase, d: EventDraft): Promise<string> {
  const input = eventForm.safeParse({
    ...d,
    typeKey: 'information_session',
    sourceLocale: 'de',
    place: 'address',
    repeat: 'once',
    registration: 'none',
    languages: 'de',
  });
  if (!input.success) {
    const fields: Record<string, FieldError> = {};
    for (const i of input.error.issues) fields[String(i.path[0] ?? '_form')] ??= issueToError(i);
    throw new AppError('community.event.invalid', 422, 'error.badRequest', {}, fields);
  }
  return createEvent(uc, input.data);
}

import { composeManifest } from '../../platform/modules/manifest.ts';
import './counselling.tables.ts';
import { appointmentsPart } from './appointments.part.ts';
import { dayPart } from './day.part.ts';
import { hoursPart } from './hours.part.ts';
import { interpretersPart } from './interpreters.part.ts';
import { servicesPart } from './services.part.ts';

/**
 * Counselling: services with their counsellors' hours, appointments booked without an account (with an interpreter
 * when needed), the counsellor's day, and contact figures that count and never record a person.
 */
export const counselling = composeManifest('counselling', new URL('./locales/', import.meta.url), [
  servicesPart,
  hoursPart,
  appointmentsPart,
  interpretersPart,
  dayPart,
]);

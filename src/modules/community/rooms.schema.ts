import { z } from 'zod';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { BOOKER_ROLES } from './bookings.rules.ts';
import { ROOM_EQUIPMENT } from './community.tables.ts';
import { parseOpeningHours } from './rooms.hours.ts';

/** A ticked checkbox posts "on"; an unticked one posts nothing. */
const flag = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

/** A group of checkboxes: nothing, one value or several. */
function several<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v): T[number][] => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));
}

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A room and its booking rules, as staff keep them. */
export const roomForm = z.object({
  name: z.string().max(200),
  street: z.string().max(200),
  postcode: z.string().regex(/^[0-9]{5}$/, { error: 'community.rooms.error.postcode' }),
  city: z.string().max(100),
  quartierId: z.uuid().optional(),
  capacity: whole(1, 2000),
  equipment: several(ROOM_EQUIPMENT),
  wheelchairAccessible: flag,
  stepFree: flag,
  accessibleToilet: flag,
  hearingLoop: flag,
  openingHours: z
    .string()
    .max(500)
    .refine((v) => parseOpeningHours(v).ok, { error: 'community.rooms.error.openingHours' })
    .optional(),
  bookableBy: several(BOOKER_ROLES).refine((v) => v.length > 0, {
    error: 'community.rooms.error.bookableBy',
  }),
  needsApproval: flag,
  maxBookingHours: whole(1, 24),
  leadTimeHours: whole(0, 2160),
  bufferMinutes: whole(0, 240),
  active: flag,
  sourceLocale: z.enum(LOCALES).default('de'),
  description: z.string().max(8000).optional(),
});
export type RoomInput = z.infer<typeof roomForm>;

/** A room's description in one more language. */
export const roomTextForm = z.object({ description: z.string().max(8000) });

/** The public room list's filter. */
export const roomListQuery = z.object({ quartier: z.string().max(64).optional() });

import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { BOOKING_PURPOSES } from './community.tables.ts';

/** A wall-clock time of day as people type it: 9:00, 09:00, 18.30 (normalised to HH:MM); 24:00 ends a day. */
const clockTime = z
  .string()
  .max(5)
  .regex(/^([01]?\d|2[0-4])[:.]([0-5]\d)$/, { error: 'community.rooms.error.time' })
  .transform((v) => {
    const [h, m] = v.split(/[:.]/);
    return `${(h ?? '').padStart(2, '0')}:${m}`;
  })
  .refine((v) => v <= '24:00', { error: 'community.rooms.error.time' });

/** The longest weekly request: half a year of one evening a week. */
export const MAX_WEEKS = 26;

/** The booking form: a day, from and to, what for, and how many weeks in a row. */
export const bookingForm = z.object({
  date: isoDay('community.rooms.error.date'),
  from: clockTime,
  to: clockTime,
  purpose: z.enum(BOOKING_PURPOSES),
  title: z.string().max(200),
  weeks: z.coerce.number().int().min(1).max(MAX_WEEKS).default(1),
});
export type BookingInput = z.infer<typeof bookingForm>;

/** Approve or reject a request (all its dates). */
export const decisionForm = z.object({ decision: z.enum(['approve', 'reject']) });

/** Whether a booked room was used. */
export const usedForm = z.object({ used: z.enum(['yes', 'no']) });

/** Cancel one date, or this and all later dates of the same request. */
export const cancelForm = z.object({ scope: z.enum(['one', 'following']).default('one') });

/** The usage figures' filter: a year, optionally one room. */
export const usageQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2999).optional(),
  room: z.uuid().optional(),
});

/** The week a room page shows: ISO week `2026-W49`. */
export const weekQuery = z.object({
  week: z
    .string()
    .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/)
    .optional(),
});

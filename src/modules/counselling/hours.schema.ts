import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { EXCEPTION_REASONS } from './counselling.tables.ts';

/** A wall-clock time "HH:MM" (00:00–23:59). */
const clock = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'counselling.hours.error.time' });
const day = isoDay('counselling.hours.error.day');

/** A weekly range of one of the person's services. */
export const hoursForm = z
  .object({
    service: z.uuid({ error: 'counselling.hours.error.service' }),
    weekday: z.enum(['1', '2', '3', '4', '5', '6', '7']).transform(Number),
    starts: clock,
    ends: clock,
    validFrom: day,
    validUntil: day.optional(),
  })
  .refine((v) => v.ends > v.starts, { error: 'counselling.hours.error.endAfterStart', path: ['ends'] })
  .refine((v) => v.validUntil === undefined || v.validUntil >= v.validFrom, {
    error: 'counselling.hours.error.untilAfterFrom',
    path: ['validUntil'],
  });
export type HoursInput = z.infer<typeof hoursForm>;

/** A day off (no times) or other hours on a day, with a reason key (never free text). */
export const exceptionForm = z
  .object({
    exceptionService: z.union([z.literal('all'), z.uuid()], { error: 'counselling.hours.error.service' }),
    day,
    dayStarts: clock.optional(),
    dayEnds: clock.optional(),
    reason: z.enum(EXCEPTION_REASONS),
  })
  .refine((v) => (v.dayStarts === undefined) === (v.dayEnds === undefined), {
    error: 'counselling.hours.error.bothTimes',
    path: ['dayEnds'],
  })
  .refine((v) => v.dayStarts === undefined || v.dayEnds === undefined || v.dayEnds > v.dayStarts, {
    error: 'counselling.hours.error.endAfterStart',
    path: ['dayEnds'],
  });
export type ExceptionInput = z.infer<typeof exceptionForm>;

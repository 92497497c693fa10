import { z } from 'zod';
import { LANGUAGES } from './counselling.tables.ts';
import type { WeeklyHours } from './interpreters.repository.ts';

/** ISO weekdays, Monday first: the form has one from/to pair per day. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'counselling.interpreters.error.time' });

/** A ticked checkbox posts "on"; an unticked one posts nothing. */
const flag = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

const languages = z
  .union([z.enum(LANGUAGES), z.array(z.enum(LANGUAGES))])
  .optional()
  .transform((v): string[] => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
  .refine((v) => v.length > 0, { error: 'counselling.interpreters.error.languages' });

const dayFields = Object.fromEntries(
  WEEKDAYS.flatMap((d) => [
    [`from${d}`, time.optional()],
    [`to${d}`, time.optional()],
  ]),
) as Record<`from${number}` | `to${number}`, z.ZodOptional<typeof time>>;

const base = z.object({ displayName: z.string().min(1).max(100), languages, active: flag, ...dayFields });

/** The weekly hours the form gives: a day with both times, the end after the start; a half-filled day is an error. */
function withHours<T extends z.infer<typeof base>>(v: T, ctx: z.RefinementCtx): T & { hours: WeeklyHours[] } {
  const hours: WeeklyHours[] = [];
  for (const d of WEEKDAYS) {
    const times = v as unknown as Record<string, string | undefined>;
    const [starts, ends] = [times[`from${d}`], times[`to${d}`]];
    if (!starts && !ends) continue;
    if (!starts || !ends || ends <= starts) {
      ctx.addIssue({ code: 'custom', path: [`to${d}`], message: 'counselling.interpreters.error.range' });
      continue;
    }
    hours.push({ weekday: d, starts, ends });
  }
  return { ...v, hours };
}

/** Adding someone to the pool: a person of the municipality (by account), name, languages, weekly hours. */
export const newInterpreterForm = base.extend({ userId: z.uuid() }).transform(withHours);
/** Changing an interpreter of the pool. */
export const interpreterForm = base.transform(withHours);

import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { MONTH_WEEKS, type Recurrence, WEEKDAYS } from './events.rrule.ts';

/**
 * Form and query schemas of the events part. Error keys are message keys of the `events` catalog part; money is
 * typed in euros and kept in cents; times are local wall-clock times in Europe/Berlin.
 */

/** Languages an organiser can tick: the platform's seven and the other languages newcomers here often speak. */
export const EVENT_LANGUAGES = [...LOCALES, 'ps', 'ti', 'ku', 'sq', 'so'] as const;

const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

/** Ticked checkboxes of one name: absent, one value or several. */
const ticked = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z
    .union([z.enum(values), z.array(z.enum(values))], { error })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'community.events.error.time' });

const euros = z
  .string()
  .regex(/^[0-9]{1,4}([.,][0-9]{1,2})?$/, { error: 'community.events.error.euros' })
  .transform((s) => Math.round(Number(s.replace(',', '.')) * 100))
  .refine((c) => c <= 100_000, { error: 'community.events.error.euros' });

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const eventShape = z.object({
  typeKey: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'validation.choice' }),
  sourceLocale: z.enum(LOCALES).default('de'),
  title: z.string().min(1).max(200),
  description: z.string().max(8000).optional(),
  organiserName: z.string().min(1).max(200),
  providerId: z.uuid({ error: 'validation.choice' }).optional(),
  quartierId: z.uuid({ error: 'validation.choice' }).optional(),
  place: z.enum(['room', 'address'], { error: 'validation.required' }),
  roomId: z.uuid({ error: 'validation.choice' }).optional(),
  address: z.string().min(1).max(300).optional(),
  languages: ticked(EVENT_LANGUAGES, 'validation.choice'),
  wheelchairAccessible: checkbox,
  stepFree: checkbox,
  signLanguage: checkbox,
  hearingLoop: checkbox,
  familyFriendly: checkbox,
  childcare: checkbox,
  cost: euros.optional(),
  startDate: isoDay('community.events.error.date'),
  startTime: time,
  endTime: time,
  repeat: z.enum(['once', 'weekly', 'monthly'], { error: 'validation.required' }),
  interval: z.coerce.number({ error: 'validation.choice' }).int().min(1).max(4).optional(),
  weekdays: ticked(WEEKDAYS, 'validation.choice'),
  monthWeek: z.enum(MONTH_WEEKS, { error: 'validation.choice' }).optional(),
  monthDay: z.enum(WEEKDAYS, { error: 'validation.choice' }).optional(),
  ends: z.enum(['never', 'until', 'count'], { error: 'validation.choice' }).optional(),
  until: isoDay('community.events.error.date').optional(),
  count: z.coerce.number({ error: 'validation.invalid' }).int().min(2).max(200).optional(),
  capacity: z.coerce.number({ error: 'validation.invalid' }).int().min(1).max(10_000).optional(),
  registration: z.enum(['required', 'none']).default('required'),
});

type Shape = z.infer<typeof eventShape>;
type Issue = (path: string, message: string) => void;
const issues =
  (ctx: z.RefinementCtx): Issue =>
  (path, message) =>
    ctx.addIssue({ code: 'custom', path: [path], message });

/** A date's end comes after its start on the same day (the series' first date and one moved date alike). */
function checkTimes(v: { startTime: string; endTime: string }, issue: Issue): void {
  if (minutes(v.endTime) <= minutes(v.startTime)) issue('endTime', 'community.events.error.endBeforeStart');
}

function checkPlace(v: Shape, issue: Issue): void {
  if (v.place === 'room' && !v.roomId) issue('roomId', 'community.events.error.roomRequired');
  if (v.place === 'address' && !v.address) issue('address', 'validation.required');
}

function checkRepeat(v: Shape, issue: Issue): void {
  if (v.repeat === 'weekly' && v.weekdays.length === 0) issue('weekdays', 'community.events.error.weekdays');
  if (v.repeat === 'monthly' && !v.monthWeek) issue('monthWeek', 'validation.required');
  if (v.repeat === 'monthly' && !v.monthDay) issue('monthDay', 'validation.required');
  if (v.repeat === 'once') return;
  if (v.ends === 'until' && !v.until) issue('until', 'validation.required');
  if (v.ends === 'until' && v.until && v.until < v.startDate) issue('until', 'community.events.error.untilBefore');
  if (v.ends === 'count' && !v.count) issue('count', 'validation.required');
}

export const eventForm = eventShape.superRefine((v, ctx) => {
  const issue = issues(ctx);
  if (v.languages.length === 0) issue('languages', 'community.events.error.languages');
  checkTimes(v, issue);
  checkPlace(v, issue);
  checkRepeat(v, issue);
});
export type EventInput = z.infer<typeof eventForm>;

/** The repetition the form describes. */
export function recurrenceFrom(v: EventInput): Recurrence {
  if (v.repeat === 'once') return { kind: 'once' };
  const ending =
    v.ends === 'until' && v.until
      ? { kind: 'until' as const, day: v.until }
      : v.ends === 'count' && v.count
        ? { kind: 'count' as const, count: v.count }
        : { kind: 'never' as const };
  if (v.repeat === 'weekly') return { kind: 'weekly', interval: v.interval ?? 1, days: v.weekdays, ending };
  return { kind: 'monthly', week: v.monthWeek ?? '1', day: v.monthDay ?? 'MO', ending };
}

/** The length of one date in minutes (end after start on the same day). */
export const durationOf = (v: Pick<EventInput, 'startTime' | 'endTime'>) => minutes(v.endTime) - minutes(v.startTime);

export const statusForm = z.object({ status: z.enum(['draft', 'published', 'cancelled']) });

export const textForm = z.object({
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(8000).optional(),
});

/** Changing one date: its day and times, its places; the reason is not kept (the notice says what changed). */
export const occurrenceForm = z
  .object({
    date: isoDay('community.events.error.date'),
    startTime: time,
    endTime: time,
    places: z.coerce.number({ error: 'validation.invalid' }).int().min(1).max(10_000).optional(),
  })
  .superRefine((v, ctx) => checkTimes(v, issues(ctx)));
export type OccurrenceInput = z.infer<typeof occurrenceForm>;

const label = z.string().max(100).optional();

/** A municipality's own event type: a key and its label per language (German required). */
export const typeForm = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'community.events.error.typeKey' }),
  label_de: z.string().min(1).max(100),
  label_en: label,
  label_ar: label,
  label_fa: label,
  label_uk: label,
  label_ru: label,
  label_tr: label,
});
export type TypeInput = z.infer<typeof typeForm>;

/** The public list's filters (GET query); every one optional and checked. */
export const listQuery = z.object({
  view: z.enum(['list', 'month'], { error: 'community.events.error.filter' }).optional(),
  month: z
    .string()
    .regex(/^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$/, { error: 'community.events.error.filter' })
    .optional(),
  from: isoDay('community.events.error.filter').optional(),
  to: isoDay('community.events.error.filter').optional(),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'community.events.error.filter' })
    .optional(),
  lang: z.enum(EVENT_LANGUAGES, { error: 'community.events.error.filter' }).optional(),
  accessible: z.literal('on', { error: 'community.events.error.filter' }).optional(),
  family: z.literal('on', { error: 'community.events.error.filter' }).optional(),
  free: z.literal('on', { error: 'community.events.error.filter' }).optional(),
  quartier: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'community.events.error.filter' })
    .optional(),
  q: z.string().max(100, { error: 'community.events.error.filter' }).optional(),
  page: z.coerce.number({ error: 'community.events.error.filter' }).int().min(1).max(100_000).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

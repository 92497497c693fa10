import { z } from 'zod';
import { fromFloating, parseLocal } from '../../lib/calendar/index.ts';
import { ACTIVITY_KINDS } from './mentoring.tables.ts';

/** A ticked checkbox posts "on"; an unticked one posts nothing. */
const flag = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

const WEB = /^https?:\/\/[^\s]{1,990}$/;

/** An http(s) address a browser can open. */
const web = (error: string) =>
  z
    .string()
    .max(1000, { error })
    .refine(
      (v) => {
        if (!WEB.test(v)) return false;
        try {
          return ['http:', 'https:'].includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { error },
    );

/** A date and time as the browser's `datetime-local` field sends it, read in Berlin time. */
const berlinTime = z
  .string()
  .max(30)
  .transform((v, ctx) => {
    const floating = parseLocal(v);
    const year = floating?.getUTCFullYear() ?? 0;
    if (!floating || year < 2000 || year > 2999) {
      ctx.addIssue({ code: 'custom', message: 'mentoring.sessions.error.time' });
      return z.NEVER;
    }
    return fromFloating(floating, 'Europe/Berlin');
  });

/** A session as staff enter it: start and end in Berlin time. */
export const sessionForm = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    title: z.string().min(1).max(300),
    organization: z.string().max(300).optional(),
    startsAt: berlinTime,
    endsAt: berlinTime.optional(),
    location: z.string().max(500).optional(),
    visitorNote: z.string().max(2000).optional(),
    webUrl: web('mentoring.sessions.error.web').optional(),
    public: flag,
    cancelled: flag,
  })
  .refine((v) => v.endsAt === undefined || v.endsAt >= v.startsAt, {
    error: 'mentoring.sessions.error.endAfterStart',
    path: ['endsAt'],
  });
export type SessionInput = z.infer<typeof sessionForm>;

/** Where a programme imports its council's meetings from. */
export const sourceForm = z.object({
  endpointUrl: web('mentoring.sessions.error.endpoint'),
  bodyId: web('mentoring.sessions.error.body').optional(),
  visitorNote: z.string().max(2000).optional(),
  scheduled: flag,
});
export type SourceInput = z.infer<typeof sourceForm>;

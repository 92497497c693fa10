import { z } from 'zod';
import { isoDay, uuid } from '../../platform/http/params.ts';
import { ACTIVITY_KINDS, FEEDBACK_QUESTIONS } from './mentoring.tables.ts';

/** The two feedback forms: mid-term (from half-time of the cycle) and final (from two weeks before its end). */
export const FEEDBACK_STAGES = ['mid', 'final'] as const;
export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

/** "We go": a session of the programme added to the log (planned, not yet attended). */
export const sessionActivityForm = z.object({ sessionId: uuid });

/** An activity the pair enters themselves: a kind the cycle counts, what it was, the day, whether attended. */
export const activityForm = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string().min(1).max(300),
  onDate: isoDay('mentoring.workspace.error.day'),
  attended: z.literal('yes').optional(),
});
export type ActivityInput = z.infer<typeof activityForm>;

/** Whether an activity of the log was attended. */
export const attendedForm = z.object({ attended: z.enum(['yes', 'no']) });

const score = z.coerce.number().int().min(1).max(5);

/** The feedback form: a score 1–5 for each question, and an optional comment about the programme. */
export const feedbackForm = z.object({
  ...(Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q, score])) as Record<
    (typeof FEEDBACK_QUESTIONS)[number],
    typeof score
  >),
  comment: z.string().max(2000).optional(),
});
export type FeedbackInput = z.infer<typeof feedbackForm>;

/** A message to the other side of the pairing. */
export const messageForm = z.object({ body: z.string().min(1).max(4000) });

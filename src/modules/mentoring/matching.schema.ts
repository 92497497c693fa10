import { z } from 'zod';

/** A fixed pair: one mentee with a place, one mentor of the cycle. */
export const fixedPairForm = z.object({
  menteeId: z.uuid({ error: 'mentoring.matching.fixed.menteeInvalid' }),
  mentorId: z.uuid({ error: 'mentoring.matching.fixed.mentorInvalid' }),
});

/** An answer to a published pairing. */
export const answerForm = z.object({
  answer: z.enum(['accepted', 'declined'], { error: 'mentoring.answer.choose' }),
});

/** A form with no fields (a button). */
export const buttonForm = z.object({});

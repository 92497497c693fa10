import { z } from 'zod';

// Validation at the edge: every problem is a message key on its field, shown in the person's language with what
// they typed kept. The database checks the same limits again.

const phone = z
  .string()
  .max(40)
  .transform((v) => v.replace(/[\s()./-]/g, ''))
  .pipe(z.string().regex(/^\+?[0-9]{6,20}$/, { error: 'community.registrations.error.phone' }));

/** The registration form: name or nickname, a way to reach the person, places, consent, and the waitlist answer. */
export const registrationForm = z
  .object({
    name: z.string().min(1).max(100),
    email: z.email().max(254).optional(),
    phone: phone.optional(),
    partySize: z.coerce.number().int().min(1).max(10).default(1),
    consent: z.literal('yes', { error: 'community.registrations.error.consent' }),
    waitlist: z
      .literal('yes')
      .optional()
      .transform((v) => v === 'yes'),
  })
  .refine((v) => v.email !== undefined || v.phone !== undefined, {
    path: ['email'],
    error: 'community.registrations.error.contact',
    // Said together with the other fields' problems, not only once they are fixed.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type RegistrationInput = z.infer<typeof registrationForm>;

/** A code typed in to find one's registration (`/registrations?code=`). */
export const codeQuery = z.object({ code: z.string().max(40).optional() });

const count = z.coerce.number().int().min(0).max(100_000).optional();

/** Attendance counts: the total, and the optional breakdowns, each no more than the total. */
export const attendanceForm = z
  .object({
    total: z.coerce.number().int().min(0).max(100_000),
    women: count,
    men: count,
    diverse: count,
    ageUnder18: count,
    age18to26: count,
    age27to64: count,
    age65plus: count,
  })
  .refine((v) => (v.women ?? 0) + (v.men ?? 0) + (v.diverse ?? 0) <= v.total, {
    path: ['women'],
    error: 'community.registrations.attendance.error.genderSum',
  })
  .refine((v) => (v.ageUnder18 ?? 0) + (v.age18to26 ?? 0) + (v.age27to64 ?? 0) + (v.age65plus ?? 0) <= v.total, {
    path: ['ageUnder18'],
    error: 'community.registrations.attendance.error.ageSum',
  });
export type AttendanceInput = z.infer<typeof attendanceForm>;

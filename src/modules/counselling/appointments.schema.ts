import { z } from 'zod';

// Validation at the edge of the booking pages: every problem a message key on its field, the input kept. The
// service checks the choices against the service and the slot against the database again.

const k = (key: string) => `counselling.appointments.error.${key}`;
const code = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/);
const lang = z.string().regex(/^[a-z]{2,3}$/);

/** `<counsellorId>.<ISO start>`: one slot of one counsellor. */
export const SLOT = /^([0-9a-f-]{36})\.(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?Z)$/;

export function parseSlot(v: string | undefined): { counsellorId: string; startsAt: Date } | null {
  const m = v ? SLOT.exec(v) : null;
  if (!m) return null;
  const startsAt = new Date(m[2]!);
  return Number.isNaN(startsAt.getTime()) ? null : { counsellorId: m[1]!, startsAt };
}

/** The GET steps: each field optional; what is missing or wrong decides which step is shown. */
export const stepQuery = z.object({
  topic: z.string().max(60).optional(),
  language: z.string().max(10).optional(),
  channel: z.string().max(20).optional(),
  day: z.string().max(10).optional(),
  slot: z.string().max(80).optional(),
});
export type StepQuery = z.infer<typeof stepQuery>;

const phone = z
  .string()
  .max(40)
  .transform((v) => v.replace(/[\s()./-]/g, ''))
  .pipe(z.string().regex(/^\+?[0-9]{6,20}$/, { error: k('phone') }));

/** The last step, posted: the choices again (hidden), the slot, who and how to reach them, consent. */
export const bookingForm = z.object({
  topic: code,
  language: lang,
  channel: z.enum(['in_person', 'phone', 'video'], { error: k('channel') }),
  slot: z.string().regex(SLOT, { error: k('slot') }),
  name: z
    .string()
    .trim()
    .min(1, { error: k('name') })
    .max(100, { error: k('name') }),
  email: z
    .email({ error: k('email') })
    .max(254)
    .optional(),
  phone: phone.optional(),
  interpreter: z
    .literal('yes')
    .optional()
    .transform((v) => v === 'yes'),
  interpreterLanguage: lang.optional(),
  consent: z.literal('yes', { error: k('consent') }),
});
export type BookingForm = z.infer<typeof bookingForm>;

/** A code typed in to find one's appointment. */
export const codeForm = z.object({
  code: z
    .string()
    .min(1, { error: k('code') })
    .max(40, { error: k('code') }),
});

/** Another time for one's appointment: one of the offered slots. */
export const rebookForm = z.object({ slot: z.string().regex(SLOT, { error: k('slot') }) });

/** The same by code: the code, and the slot once one is chosen (without it, the page offers the times). */
export const codeRebookForm = codeForm.extend({
  slot: z
    .string()
    .regex(SLOT, { error: k('slot') })
    .optional(),
});

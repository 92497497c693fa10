import { z } from 'zod';
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from '../../platform/auth/passwords.ts';

/** A new password: 12 to 256 characters, not one of the most common ones. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .refine((p) => !isCommonPassword(p), { error: 'account.password.tooCommon' });

const email = z.email().max(254);
const displayName = z.string().max(120);
// Where to continue after signing in; checked again by safeNext, here only bounded.
const next = z.string().max(2000).optional();

export const registerSchema = z.object({ displayName, email, password: newPassword });
export type RegisterInput = z.infer<typeof registerSchema>;

// Signing in checks no policy: an old password that predates the rules must still work.
export const loginSchema = z.object({
  email,
  password: z.string().max(PASSWORD_MAX),
  next,
  // The token of a "was this you?" link, when signing in from it.
  unlock: z.string().max(100).optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const codeSchema = z.object({ code: z.string().max(20), next });

export const forgotSchema = z.object({ email });

export const resetSchema = z.object({ password: newPassword });

export const confirmSchema = z.object({ password: z.string().max(PASSWORD_MAX) });

export const invitationSchema = z.object({ displayName, password: newPassword });

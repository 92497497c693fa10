import type { z } from 'zod';
import type { FieldError } from './app-error.ts';

/** What the user typed, as strings, to put back into the form. */
export type FormValues = Record<string, string | string[]>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: Record<string, FieldError>; values: FormValues };

const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

/**
 * Validates a form body against a schema. Empty fields count as absent, so `.optional()` means "may be left
 * blank" and a required field left blank says "required". Errors come as message keys with values; a schema
 * may name its own key as the issue's message (e.g. `z.string().min(12, { error: 'auth.passwordTooShort' })`).
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const values = formValues(body);
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string' ? v.trim() !== '' : v.length > 0) input[k] = typeof v === 'string' ? v.trim() : v;
  }
  // With the input in each issue, a wrong value says "invalid" and only a missing one says "required".
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, values };
  const errors: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '_form';
    if (!errors[field]) errors[field] = issueToError(issue);
  }
  return { ok: false, errors, values };
}

// PostgreSQL text cannot hold NUL, and no person types one: drop it rather than fail on it later.
const clean = (v: string): string => v.replaceAll('\u0000', '');

function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = clean(v);
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string').map(clean);
  }
  return out;
}

/** Maps a zod issue to one of our generic validation messages (or the schema's own key). */
export function issueToError(issue: z.core.$ZodIssue): FieldError {
  if (KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.input === undefined ? 'validation.required' : 'validation.invalid' };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', values: { min: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.required' };
      return { key: 'validation.tooSmall', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'validation.tooLong', values: { max: Number(issue.maximum) } };
      return { key: 'validation.tooLarge', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'validation.email' : 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    default:
      return { key: 'validation.invalid' };
  }
}

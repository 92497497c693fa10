import type { MessageValues } from '../i18n/messages.ts';

/** A field's problem: a message key and its values, rendered in the user's language. */
export interface FieldError {
  key: string;
  values?: MessageValues;
}

/**
 * The one error type services throw. `code` is stable (clients may rely on it), `status` the HTTP status,
 * `messageKey` the catalog key of what the user reads; `fields` carries per-field problems for forms.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: string,
    readonly values: MessageValues = {},
    readonly fields: Record<string, FieldError> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** 404 for something that does not exist, or that the tenant may not know exists. */
export const notFound = (what = 'resource') => new AppError(`${what}.not_found`, 404, 'error.notFound');
/** 403 for a signed-in person without the right. */
export const forbidden = () => new AppError('forbidden', 403, 'error.forbidden');
/** 409 for a conflict with the current state (double booking, full event, flat already promised). */
export const conflict = (code: string, messageKey: string, values?: MessageValues) =>
  new AppError(code, 409, messageKey, values);

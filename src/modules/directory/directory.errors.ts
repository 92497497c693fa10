import { AppError, type FieldError } from '../../platform/http/app-error.ts';
import { violatedConstraint } from '../../platform/db/transaction.ts';

/** A form's problems found by a service (taken slug, unknown person…): 422 with the fields to mark. */
export function invalidFields(fields: Record<string, FieldError>): AppError {
  return new AppError('directory.invalid', 422, 'error.badRequest', {}, fields);
}

/** Maps a unique violation to field problems; rethrows anything else (a real fault stays a fault). */
export function uniqueToFields(err: unknown, byConstraint: Record<string, Record<string, FieldError>>): never {
  const c = violatedConstraint(err);
  const fields = c ? byConstraint[c] : undefined;
  if (fields) throw invalidFields(fields);
  throw err;
}

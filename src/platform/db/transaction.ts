import type { Kysely, Transaction } from 'kysely';
import type { Database } from './types.ts';

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

export interface TxOptions {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /** Attempts in all, including the first. */
  attempts?: number;
}

/** Runs one use case in a transaction, retrying a bounded number of times on serialization failures. */
export async function withTransaction<T>(
  db: Kysely<Database>,
  fn: (tx: Transaction<Database>) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      const builder = db.transaction();
      return await (options.isolation ? builder.setIsolationLevel(options.isolation) : builder).execute(fn);
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      // Jittered back-off so that competing transactions do not collide again in lockstep.
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    }
  }
}

/** True for errors worth retrying the whole transaction for. */
export function isRetryable(err: unknown): boolean {
  return RETRYABLE.has(sqlState(err) ?? '');
}

/** The SQLSTATE of a database error, if it is one. */
export function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.length === 5 ? code : undefined;
}

/** The constraint a database error names, if any (unique, exclusion, check, foreign key). */
export function violatedConstraint(err: unknown): string | undefined {
  const c = (err as { constraint?: unknown } | null)?.constraint;
  return typeof c === 'string' ? c : undefined;
}

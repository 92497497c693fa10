import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type AuditAction, type AuditSummary, audit } from '../audit/audit.ts';
import type { Tenant } from '../db/tenant.ts';
import { type TxOptions, withTransaction } from '../db/transaction.ts';
import type { Database, Tx } from '../db/types.ts';

/** Who runs a use case, for whom and in which request: what every write needs besides its input. */
export interface UseCaseCall {
  db: Kysely<Database>;
  /** The municipality whose data changes; null for state-wide or platform data (accounts). */
  tenant: Tenant | null;
  /** The person acting; null for the system itself (jobs) or an anonymous visitor (registration, feedback). */
  actor: string | null;
  requestId: string | null;
  now: Date;
}

/** One state change as the audit records it: what was done to which record, and a summary before and after. */
export interface Change {
  action: Exclude<AuditAction, 'read' | 'export'>;
  /** Declared in the module's manifest (`auditSubjects`), e.g. `directory.quartier`. */
  subjectType: string;
  subjectId: string | null;
  before?: AuditSummary | null;
  after?: AuditSummary | null;
}

/** What the use case's body gets: the transaction, the call, and `record` for each change it makes. */
export interface UseCase extends UseCaseCall {
  tx: Tx;
  record(change: Change): void;
  /**
   * Ends the use case without a change (a taken address, a wrong code): everything it wrote is rolled back, and
   * runUseCase returns `answer`. The only way to finish without an audit entry is to leave no trace.
   */
  refuse(answer: unknown): never;
}

// Carries a refusal's answer out of the transaction, which it rolls back.
class Refusal {
  constructor(readonly answer: unknown) {}
}

/** Thrown when a use case would commit without recording what it changed; the transaction is rolled back. */
export class UnauditedChangeError extends Error {
  constructor(name: string) {
    super(`use case ${name} recorded no change: every write must record one (uc.record) for the audit log`);
  }
}

/**
 * Runs one write: a transaction (retried a bounded number of times on serialization failures), the use case's
 * body, then one audit row per recorded change — in the same transaction, so that the record exists exactly when
 * the change does. A body that records nothing is refused and rolled back: no state change without an audit entry.
 */
export async function runUseCase<T>(
  name: string,
  call: UseCaseCall,
  body: (uc: UseCase) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  try {
    return await runAudited(name, call, body, options);
  } catch (err) {
    if (err instanceof Refusal) return err.answer as T;
    throw err;
  }
}

async function runAudited<T>(
  name: string,
  call: UseCaseCall,
  body: (uc: UseCase) => Promise<T>,
  options: TxOptions,
): Promise<T> {
  return withTransaction(
    call.db,
    async (tx) => {
      // Fresh per attempt: a retried transaction records its changes again.
      const changes: Change[] = [];
      const refuse = (answer: unknown): never => {
        throw new Refusal(answer);
      };
      const result = await body({ ...call, tx, record: (c) => void changes.push(c), refuse });
      if (changes.length === 0) throw new UnauditedChangeError(name);
      for (const c of changes) {
        await audit(tx, {
          actor: call.actor,
          municipalityId: call.tenant?.municipalityId ?? null,
          action: c.action,
          subjectType: c.subjectType,
          subjectId: c.subjectId,
          requestId: call.requestId,
          at: call.now,
          changes: { before: c.before ?? null, after: c.after ?? null },
        });
      }
      return result;
    },
    options,
  );
}

/** The tenant of a use case that works on one municipality's data (a programming error when there is none). */
export function useCaseTenant(uc: UseCaseCall): Tenant {
  if (!uc.tenant) throw new Error('this use case needs a tenant');
  return uc.tenant;
}

/** The call of a request: the application's database, the URL's municipality, the signed-in person, the request id. */
export function requestCall(req: FastifyRequest, tenant: Tenant | null = req.tenant): UseCaseCall {
  return {
    db: req.server.deps.db,
    tenant,
    actor: req.user?.id ?? null,
    requestId: req.id,
    now: req.server.deps.now(),
  };
}

/**
 * A summary of a record for the audit: the `keep` fields as they are (identifiers, codes, numbers), and for the
 * `mark` fields (free text such as names and descriptions) only whether they are filled, never their words.
 */
export function summarize<R extends object>(
  row: R | null | undefined,
  keep: readonly (keyof R & string)[],
  mark: readonly (keyof R & string)[] = [],
): AuditSummary | null {
  if (!row) return null;
  const out: Record<string, string | number | boolean | null> = {};
  for (const k of keep) {
    const v = row[k];
    out[k] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v == null ? null : String(v);
  }
  for (const k of mark) out[k] = row[k] !== null && row[k] !== undefined && row[k] !== '';
  return out;
}

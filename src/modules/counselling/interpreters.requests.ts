import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor, Tx } from '../../platform/db/types.ts';
import type { RequestStatus } from './counselling.tables.ts';
import { type PoolMailEnv, mailPool } from './interpreters.notify.ts';

export type { PoolMailEnv } from './interpreters.notify.ts';

// The seam between appointments and the interpreters' pool: an appointment that needs an interpreter asks for one
// inside the booking's own transaction; cancelling the appointment withdraws the request. The interpreters part
// owns this file (and may add what tells the pool); the appointments and day parts only call it.

/**
 * A request for an interpreter of `language` for the appointment's time (open until someone accepts). With `env`
 * (where links point, the catalogs), the pool's active interpreters of that language are told by mail, each in their
 * account's language, in the same transaction (the outbox sends after the commit).
 */
export async function requestInterpreter(
  tx: Tx,
  t: Tenant,
  r: { appointmentId: string; language: string; startsAt: Date; endsAt: Date },
  env?: PoolMailEnv,
): Promise<string> {
  const row = await tx
    .insertInto('counselling_interpreter_requests')
    .values({
      municipality_id: t.municipalityId,
      appointment_id: r.appointmentId,
      language: r.language,
      blocks: `[${r.startsAt.toISOString()},${r.endsAt.toISOString()})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (env) await mailPool(tx, t, env, r);
  return row.id;
}

/** Withdraws the appointment's request (open or accepted): the interpreter's time is free again. */
export async function cancelInterpreterRequest(tx: Tx, t: Tenant, appointmentId: string): Promise<void> {
  await tx
    .updateTable('counselling_interpreter_requests')
    .set({ status: 'cancelled', interpreter_id: null, accepted_at: null })
    .where('municipality_id', '=', t.municipalityId)
    .where('appointment_id', '=', appointmentId)
    .where('status', '<>', 'cancelled')
    .execute();
}

/**
 * The state of the interpreter requests of some appointments (absent: none was needed): requested, or confirmed with
 * the interpreter's first name only (the person booking needs to know who comes, not the interpreter's full name).
 * Labels: `counselling.interpreters.state.requested` and `counselling.interpreters.state.confirmed` ({name}).
 */
export async function interpreterStates(
  db: Executor,
  t: Tenant,
  appointmentIds: readonly string[],
): Promise<Map<string, { status: RequestStatus; language: string; interpreterName: string | null }>> {
  if (appointmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('counselling_interpreter_requests as r')
    .leftJoin('counselling_interpreters as i', (j) =>
      j.onRef('i.municipality_id', '=', 'r.municipality_id').onRef('i.id', '=', 'r.interpreter_id'),
    )
    .select(['r.appointment_id', 'r.status', 'r.language', 'i.display_name'])
    .where('r.municipality_id', '=', t.municipalityId)
    .where('r.appointment_id', 'in', appointmentIds)
    .execute();
  return new Map(
    rows.map((r) => [
      r.appointment_id,
      { status: r.status, language: r.language, interpreterName: firstName(r.display_name) },
    ]),
  );
}

const firstName = (name: string | null): string | null => (name ? (name.trim().split(/\s+/)[0] ?? name) : null);

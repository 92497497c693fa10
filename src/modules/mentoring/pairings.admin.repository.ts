import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { pairingsWithAttended, pairingsWithPeople } from './core.repository.ts';

// The staff's view of a cycle's pairings (with their activity logs, never their messages) and the cycle's end.

/** A pairing of the cycle as staff see it: both names, its status and how many activities the mentee attended. */
export interface CyclePairing {
  id: string;
  status: string;
  menteeId: string;
  menteeName: string;
  menteeStatus: string;
  mentorName: string;
  attended: number;
  logged: number;
}

/** The cycle's pairings that were published (not proposals, not declined), by mentee name. */
export async function pairingsOfCycle(db: Executor, t: Tenant, cycleId: string): Promise<CyclePairing[]> {
  const rows = await pairingsWithPeople(db, t)
    .leftJoin('mentoring_activities as a', (j) =>
      j.onRef('a.municipality_id', '=', 'p.municipality_id').onRef('a.pairing_id', '=', 'p.id'),
    )
    .select((eb) => [
      'p.id',
      'p.status',
      'e.id as menteeId',
      'e.display_name as menteeName',
      'e.status as menteeStatus',
      'r.display_name as mentorName',
      eb.fn.count<string>('a.id').filterWhere('a.attended', '=', true).as('attended'),
      eb.fn.count<string>('a.id').as('logged'),
    ])
    .where('p.cycle_id', '=', cycleId)
    .where('p.status', 'in', ['published', 'active', 'completed', 'ended'])
    .groupBy(['p.id', 'p.status', 'e.id', 'e.display_name', 'e.status', 'r.display_name'])
    .orderBy('e.display_name')
    .execute();
  return rows.map((r) => ({ ...r, attended: Number(r.attended), logged: Number(r.logged) }));
}

/** The activity logs of the cycle's pairings, oldest first (staff see them; messages stay with the pair). */
export function activitiesOfCycle(db: Executor, t: Tenant, cycleId: string) {
  return db
    .selectFrom('mentoring_activities as a')
    .innerJoin('mentoring_pairings as p', (j) =>
      j.onRef('p.municipality_id', '=', 'a.municipality_id').onRef('p.id', '=', 'a.pairing_id'),
    )
    .select(['a.id', 'a.pairing_id as pairingId', 'a.kind', 'a.title', 'a.on_date as onDate', 'a.attended'])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('p.cycle_id', '=', cycleId)
    .orderBy('a.on_date')
    .orderBy('a.created_at')
    .execute();
}

/** Locks the cycle's row; its status, or null when the tenant has no such cycle. */
export async function lockCycle(db: Executor, t: Tenant, cycleId: string): Promise<string | null> {
  const row = await db
    .selectFrom('mentoring_cycles')
    .select('status')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', cycleId)
    .forUpdate()
    .executeTakeFirst();
  return row?.status ?? null;
}

/**
 * Ends a cycle in one go: the cycle `finished`; each active pairing `completed` when its mentee attended at least
 * `required` activities, else `ended`; those mentees `completed` (with `completed_at`). Pairings still waiting for
 * answers (`published`) end too. Returns the counts.
 */
export async function finishCycle(
  db: Executor,
  t: Tenant,
  v: { cycleId: string; required: number; now: Date },
): Promise<{ completed: number; ended: number }> {
  // Lock the pairings first (an activity logged at the same time locks its pairing too), then count.
  await db
    .selectFrom('mentoring_pairings')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', v.cycleId)
    .where('status', 'in', ['active', 'published'])
    .forUpdate()
    .execute();
  const rows = await pairingsWithAttended(db, t)
    .select((eb) => ['p.id', 'p.mentee_id as menteeId', 'p.status', eb.fn.count<string>('a.id').as('attended')])
    .where('p.cycle_id', '=', v.cycleId)
    .where('p.status', 'in', ['active', 'published'])
    .groupBy(['p.id', 'p.mentee_id', 'p.status'])
    .execute();
  const done = rows.filter((p) => p.status === 'active' && Number(p.attended) >= v.required);
  const doneIds = done.map((p) => p.id);
  const endedIds = rows.filter((p) => !doneIds.includes(p.id)).map((p) => p.id);
  if (doneIds.length > 0) {
    await db
      .updateTable('mentoring_pairings')
      .set({ status: 'completed', updated_at: v.now })
      .where('municipality_id', '=', t.municipalityId)
      .where('id', 'in', doneIds)
      .execute();
    await db
      .updateTable('mentoring_mentees')
      .set({ status: 'completed', completed_at: v.now })
      .where('municipality_id', '=', t.municipalityId)
      .where(
        'id',
        'in',
        done.map((p) => p.menteeId),
      )
      .execute();
  }
  if (endedIds.length > 0) {
    await db
      .updateTable('mentoring_pairings')
      .set({ status: 'ended', updated_at: v.now })
      .where('municipality_id', '=', t.municipalityId)
      .where('id', 'in', endedIds)
      .execute();
  }
  await db
    .updateTable('mentoring_cycles')
    .set({ status: 'finished', updated_at: v.now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', v.cycleId)
    .execute();
  return { completed: doneIds.length, ended: endedIds.length };
}

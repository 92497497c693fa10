import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { pairingsWithAttended } from './core.repository.ts';

// The rows behind a programme's figures: only codes and counts (status, gender, kinds, scores), never a name, a
// motivation, a comment or a political direction. Every query takes the tenant first and filters by it.

export interface FigureScope {
  programmeId: string;
  /** One cycle, or null for all cycles of the programme. */
  cycleId: string | null;
}

export interface MenteeFigureRow {
  id: string;
  gender: string | null;
  status: string;
}

export interface PairingFigureRow {
  id: string;
  status: string;
  attended: number;
}

export interface FeedbackFigureRow {
  stage: string;
  side: string;
  scores: Record<string, number>;
}

export interface OutcomeFigureRow {
  menteeId: string;
  kind: string;
}

/** The pairings that took place (accepted by both sides): active, or ended at the cycle's end, completed or not. */
export const HELD_PAIRING_STATUSES = ['active', 'completed', 'ended'] as const;

function cyclesOfScope(db: Executor, t: Tenant, s: FigureScope) {
  let q = db
    .selectFrom('mentoring_cycles')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', s.programmeId);
  if (s.cycleId) q = q.where('id', '=', s.cycleId);
  return q;
}

/** The applications of the scope: status and (optional) gender. */
export function menteesOf(db: Executor, t: Tenant, s: FigureScope): Promise<MenteeFigureRow[]> {
  return db
    .selectFrom('mentoring_mentees')
    .select(['id', 'gender', 'status'])
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', 'in', cyclesOfScope(db, t, s))
    .orderBy('applied_at')
    .orderBy('id')
    .execute();
}

/** The pairings that took place, each with its number of attended activities. */
export async function heldPairingsOf(db: Executor, t: Tenant, s: FigureScope): Promise<PairingFigureRow[]> {
  const rows = await pairingsWithAttended(db, t)
    .select((eb) => ['p.id', 'p.status', eb.fn.count<string>('a.id').as('attended')])
    .where('p.cycle_id', 'in', cyclesOfScope(db, t, s))
    .where('p.status', 'in', HELD_PAIRING_STATUSES)
    .groupBy(['p.id', 'p.status'])
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status, attended: Number(r.attended) }));
}

/** The feedback of the scope's pairings: stage, side and scores (the comment is never read here). */
export function feedbackOf(db: Executor, t: Tenant, s: FigureScope): Promise<FeedbackFigureRow[]> {
  return db
    .selectFrom('mentoring_feedback as f')
    .innerJoin('mentoring_pairings as p', (j) =>
      j.onRef('p.municipality_id', '=', 'f.municipality_id').onRef('p.id', '=', 'f.pairing_id'),
    )
    .select(['f.stage', 'f.side', 'f.scores'])
    .where('f.municipality_id', '=', t.municipalityId)
    .where('p.cycle_id', 'in', cyclesOfScope(db, t, s))
    .execute();
}

/** The outcomes recorded for the scope's mentees: one row per mentee and kind. */
export function outcomesOf(db: Executor, t: Tenant, s: FigureScope): Promise<OutcomeFigureRow[]> {
  return db
    .selectFrom('mentoring_outcomes as o')
    .innerJoin('mentoring_mentees as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.mentee_id'),
    )
    .select(['o.mentee_id as menteeId', 'o.kind'])
    .where('o.municipality_id', '=', t.municipalityId)
    .where('e.cycle_id', 'in', cyclesOfScope(db, t, s))
    .execute();
}

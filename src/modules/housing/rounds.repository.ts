import type { Selectable } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { ProposalExplanation, RoundPolicy, RoundStatus, RoundTable } from './rounds.tables.ts';
import './housing.tables.ts';
import './rounds.tables.ts';

// The only file with SQL for matching rounds; every function takes the tenant first and filters by it.

export type RoundRow = Selectable<RoundTable>;

export async function insertRound(
  db: Executor,
  t: Tenant,
  v: { title: string; policy: RoundPolicy; roundDate: string; ruleVersion: string; input: unknown; by: string | null },
): Promise<string> {
  const row = await db
    .insertInto('housing_rounds')
    .values({
      municipality_id: t.municipalityId,
      title: v.title,
      policy: v.policy,
      round_date: v.roundDate,
      rule_version: v.ruleVersion,
      input: JSON.stringify(v.input),
      created_by_user_id: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findRound(db: Executor, t: Tenant, id: string): Promise<RoundRow | undefined> {
  return (await db
    .selectFrom('housing_rounds')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst()) as RoundRow | undefined;
}

/** The same round, locked for the rest of the transaction (a run and a confirmation never interleave). */
export async function lockRound(db: Executor, t: Tenant, id: string): Promise<RoundRow | undefined> {
  return (await db
    .selectFrom('housing_rounds')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()) as RoundRow | undefined;
}

export async function listRounds(db: Executor, t: Tenant, limit = 50) {
  return db
    .selectFrom('housing_rounds')
    .select(['id', 'title', 'policy', 'status', 'round_date', 'progress', 'created_at'])
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Rounds of a municipality whose proposals wait for a person's confirmation. */
export async function countRoundsAwaiting(db: Executor, t: Tenant): Promise<number> {
  const row = await db
    .selectFrom('housing_rounds')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('status', 'in', ['run', 'confirmed_partly'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateRound(
  db: Executor,
  t: Tenant,
  id: string,
  v: {
    status?: RoundStatus;
    policy?: RoundPolicy;
    progress?: number;
    preview?: unknown;
    comparison?: unknown;
    jobId?: string | null;
    runAt?: Date;
  },
  now: Date,
): Promise<void> {
  await db
    .updateTable('housing_rounds')
    .set({
      updated_at: now,
      ...(v.status ? { status: v.status } : {}),
      ...(v.policy ? { policy: v.policy } : {}),
      ...(v.progress !== undefined ? { progress: v.progress } : {}),
      ...(v.preview !== undefined ? { preview: JSON.stringify(v.preview) } : {}),
      ...(v.comparison !== undefined ? { comparison: JSON.stringify(v.comparison) } : {}),
      ...(v.jobId !== undefined ? { job_id: v.jobId } : {}),
      ...(v.runAt ? { run_at: v.runAt } : {}),
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Replaces a round's proposals and unplaced households with a new run's (confirmed ones are never replaced). */
export async function replaceResults(
  db: Executor,
  t: Tenant,
  roundId: string,
  proposals: { householdId: string; flatId: string; explanation: ProposalExplanation }[],
  unplaced: { householdId: string; reason: { code: string } }[],
): Promise<void> {
  const scope = { municipality_id: t.municipalityId, round_id: roundId };
  await db
    .deleteFrom('housing_round_proposals')
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .execute();
  await db
    .deleteFrom('housing_round_unplaced')
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .execute();
  if (proposals.length > 0) {
    await db
      .insertInto('housing_round_proposals')
      .values(
        proposals.map((p) => ({
          ...scope,
          household_id: p.householdId,
          flat_id: p.flatId,
          score: p.explanation.total,
          explanation: JSON.stringify(p.explanation),
        })),
      )
      .execute();
  }
  if (unplaced.length > 0) {
    await db
      .insertInto('housing_round_unplaced')
      .values(unplaced.map((u) => ({ ...scope, household_id: u.householdId, reason: JSON.stringify(u.reason) })))
      .execute();
  }
}

export async function proposalsOf(db: Executor, t: Tenant, roundId: string) {
  return db
    .selectFrom('housing_round_proposals as p')
    .leftJoin('housing_round_confirmations as c', (j) =>
      j
        .onRef('c.municipality_id', '=', 'p.municipality_id')
        .onRef('c.round_id', '=', 'p.round_id')
        .onRef('c.household_id', '=', 'p.household_id'),
    )
    .select([
      'p.household_id',
      'p.flat_id',
      'p.score',
      'p.explanation',
      'c.flat_id as confirmed_flat_id',
      'c.confirmed_at',
      'c.override_reason',
    ])
    .where('p.municipality_id', '=', t.municipalityId)
    .where('p.round_id', '=', roundId)
    .orderBy('p.score', 'desc')
    .orderBy('p.household_id')
    .execute();
}

export async function unplacedOf(db: Executor, t: Tenant, roundId: string) {
  return db
    .selectFrom('housing_round_unplaced')
    .select(['household_id', 'reason'])
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .orderBy('household_id')
    .execute();
}

export async function confirmationsOf(db: Executor, t: Tenant, roundId: string) {
  return db
    .selectFrom('housing_round_confirmations')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('round_id', '=', roundId)
    .execute();
}

export async function insertConfirmation(
  db: Executor,
  t: Tenant,
  v: {
    roundId: string;
    householdId: string;
    flatId: string;
    by: string | null;
    reason: string | null;
    applicationId: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('housing_round_confirmations')
    .values({
      municipality_id: t.municipalityId,
      round_id: v.roundId,
      household_id: v.householdId,
      flat_id: v.flatId,
      confirmed_by_user_id: v.by,
      override_reason: v.reason,
      application_id: v.applicationId,
      confirmed_at: v.at,
    })
    .execute();
}

/** Streets of flats, for labels on the office's pages. */
export async function flatStreets(db: Executor, t: Tenant, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('housing_flats')
    .select(['id', 'street'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.street]));
}

import { sql } from 'kysely';
import { pairingsWithPeople } from './core.repository.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Reason } from './matching.score.ts';

// The SQL of matching and answers: who is in the pool, the mentors' free places (counted under a row lock on the
// mentor), the pairings of a cycle. Every function takes the tenant first and filters by it.

/** Statuses that hold one of a mentor's places once staff published the pairing. */
export const HOLDS_PLACE = ['published', 'active', 'ended', 'completed'] as const;
/** Statuses that end a mentee's pairing for good (a declined pairing frees the mentee for a re-run). */
const ACTIVE_STATUSES = ['active', 'ended', 'completed'] as const;

export interface PoolMentee {
  id: string;
  displayName: string;
  locale: string;
  userId: string;
  topics: string[];
  committees: string[];
  languages: string[];
  availability: string[];
  gender: string | null;
  politicalDirection: string | null;
  preferredMentorId: string | null;
}

export interface PoolMentor {
  id: string;
  userId: string;
  displayName: string;
  body: string;
  faction: string | null;
  topics: string[];
  committees: string[];
  languages: string[];
  availability: string[];
  capacity: number;
  /** Places held by pairings that are not declined (fixed, proposed, published, active, ended, completed). */
  taken: number;
}

/**
 * Mentees with a place in the cycle (`accepted`) and no pairing that is not declined: those a run may pair. The
 * political direction only where consent was given.
 */
export function unpairedMentees(db: Executor, t: Tenant, cycleId: string): Promise<PoolMentee[]> {
  return db
    .selectFrom('mentoring_mentees as e')
    .select([
      'e.id',
      'e.display_name as displayName',
      'e.locale',
      'e.user_id as userId',
      'e.topics',
      'e.committees',
      'e.languages',
      'e.availability',
      'e.gender',
      sql<string | null>`case when e.political_consent_at is not null then e.political_direction end`.as(
        'politicalDirection',
      ),
      'e.preferred_mentor_id as preferredMentorId',
    ])
    .where('e.municipality_id', '=', t.municipalityId)
    .where('e.cycle_id', '=', cycleId)
    .where('e.status', '=', 'accepted')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mentoring_pairings as p')
            .select('p.id')
            .whereRef('p.municipality_id', '=', 'e.municipality_id')
            .whereRef('p.mentee_id', '=', 'e.id')
            .where('p.status', '<>', 'declined'),
        ),
      ),
    )
    .orderBy('e.applied_at')
    .orderBy('e.id')
    .execute();
}

/** The cycle's active mentors with their capacity and the places their pairings (not declined) hold. */
export function cycleMentors(db: Executor, t: Tenant, cycleId: string): Promise<PoolMentor[]> {
  return db
    .selectFrom('mentoring_mentors as r')
    .leftJoin('mentoring_pairings as p', (j) =>
      j
        .onRef('p.municipality_id', '=', 'r.municipality_id')
        .onRef('p.mentor_id', '=', 'r.id')
        .on('p.status', '<>', 'declined'),
    )
    .select(({ fn }) => [
      'r.id',
      'r.user_id as userId',
      'r.display_name as displayName',
      'r.body',
      'r.faction',
      'r.topics',
      'r.committees',
      'r.languages',
      'r.availability',
      'r.capacity',
      fn.count<string>('p.id').as('taken'),
    ])
    .where('r.municipality_id', '=', t.municipalityId)
    .where('r.cycle_id', '=', cycleId)
    .where('r.status', '=', 'active')
    .groupBy(['r.municipality_id', 'r.id'])
    .orderBy('r.display_name')
    .orderBy('r.id')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, taken: Number(r.taken) })));
}

/** Pairs declined before in this cycle (`menteeId:mentorId`): a re-run does not propose them again. */
export async function declinedPairs(db: Executor, t: Tenant, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('mentoring_pairings')
    .select(['mentee_id', 'mentor_id'])
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'declined')
    .execute();
  return new Set(rows.map((r) => `${r.mentee_id}:${r.mentor_id}`));
}

/** Removes the cycle's open proposals of an earlier run (fixed, published and active pairings stay). */
export async function deleteOpenProposals(db: Executor, t: Tenant, cycleId: string): Promise<number> {
  const rows = await db
    .deleteFrom('mentoring_pairings')
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'proposed')
    .where('fixed', '=', false)
    .returning('id')
    .execute();
  return rows.length;
}

/** Inserts a proposed pairing (of a run, or fixed by staff). */
export async function insertPairing(
  db: Executor,
  t: Tenant,
  v: {
    cycleId: string;
    menteeId: string;
    mentorId: string;
    fixed: boolean;
    runId: string | null;
    score: number | null;
    reasons: Reason[];
  },
): Promise<string> {
  const row = await db
    .insertInto('mentoring_pairings')
    .values({
      municipality_id: t.municipalityId,
      cycle_id: v.cycleId,
      mentee_id: v.menteeId,
      mentor_id: v.mentorId,
      fixed: v.fixed,
      run_id: v.runId,
      score: v.score,
      reasons: JSON.stringify(v.reasons),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Locks a mentor's row for the rest of the transaction (all counting of their places happens under it). */
export async function lockMentor(db: Executor, t: Tenant, mentorId: string) {
  const row = await db
    .selectFrom('mentoring_mentors')
    .select(['id', 'cycle_id as cycleId', 'user_id as userId', 'display_name as displayName', 'capacity', 'status'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', mentorId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** How many of a mentor's pairings are in one of `statuses` (call under the mentor's lock). */
export async function countPairingsOfMentor(
  db: Executor,
  t: Tenant,
  mentorId: string,
  statuses: readonly string[],
): Promise<number> {
  const row = await db
    .selectFrom('mentoring_pairings')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('mentor_id', '=', mentorId)
    .where('status', 'in', [...statuses])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Counts the places a mentor's pairings hold: published or active (or ended, completed). */
export const countHeldPlaces = (db: Executor, t: Tenant, mentorId: string) =>
  countPairingsOfMentor(db, t, mentorId, HOLDS_PLACE);
/** Counts a mentor's accepted pairings (active, ended, completed). */
export const countAcceptedPairs = (db: Executor, t: Tenant, mentorId: string) =>
  countPairingsOfMentor(db, t, mentorId, ACTIVE_STATUSES);

/** A mentee of the cycle (for a fixed pair); null when the cycle has none with this id. */
export async function findMentee(db: Executor, t: Tenant, cycleId: string, id: string) {
  const row = await db
    .selectFrom('mentoring_mentees')
    .select(['id', 'status', 'user_id as userId', 'locale', 'display_name as displayName'])
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Whether the mentee has a pairing that is not declined. */
export async function hasOpenPairing(db: Executor, t: Tenant, menteeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('mentoring_pairings')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('mentee_id', '=', menteeId)
    .where('status', '<>', 'declined')
    .executeTakeFirst();
  return row !== undefined;
}

export interface PairingListRow {
  id: string;
  status: string;
  fixed: boolean;
  score: number | null;
  reasons: Reason[];
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  menteeAnswer: string | null;
  mentorAnswer: string | null;
}

/** The cycle's pairings with both names, proposals first, then by mentor. */
export async function pairingsOfCycle(db: Executor, t: Tenant, cycleId: string): Promise<PairingListRow[]> {
  const rows = await pairingsWithPeople(db, t)
    .select([
      'p.id',
      'p.status',
      'p.fixed',
      'p.score',
      'p.reasons',
      'p.mentee_id as menteeId',
      'e.display_name as menteeName',
      'p.mentor_id as mentorId',
      'r.display_name as mentorName',
      'p.mentee_answer as menteeAnswer',
      'p.mentor_answer as mentorAnswer',
    ])
    .where('p.cycle_id', '=', cycleId)
    .orderBy(sql`p.status = 'proposed'`, 'desc')
    .orderBy('r.display_name')
    .orderBy('e.display_name')
    .execute();
  return rows.map((r) => ({ ...r, reasons: Array.isArray(r.reasons) ? (r.reasons as Reason[]) : [] }));
}

/** The cycle's open proposals (to publish), by mentor so that mentor locks are always taken in one order. */
export function openProposals(db: Executor, t: Tenant, cycleId: string) {
  return db
    .selectFrom('mentoring_pairings')
    .select(['id', 'mentee_id as menteeId', 'mentor_id as mentorId'])
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'proposed')
    .orderBy('mentor_id')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Sets a proposal published (only while it is still proposed); false when it no longer was. */
export async function markPublished(db: Executor, t: Tenant, pairingId: string, now: Date): Promise<boolean> {
  const rows = await db
    .updateTable('mentoring_pairings')
    .set({ status: 'published', published_at: now, updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', pairingId)
    .where('status', '=', 'proposed')
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Deletes one open proposal of the cycle (fixed ones too: staff may undo a fixed pair before publishing). */
export async function deleteProposal(db: Executor, t: Tenant, cycleId: string, pairingId: string) {
  const row = await db
    .deleteFrom('mentoring_pairings')
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('id', '=', pairingId)
    .where('status', '=', 'proposed')
    .returning(['id', 'mentee_id as menteeId', 'mentor_id as mentorId', 'fixed'])
    .executeTakeFirst();
  return row ?? null;
}

/** A pairing locked for an answer: its status, both answers and its people. */
export async function lockPairing(db: Executor, t: Tenant, pairingId: string) {
  const row = await db
    .selectFrom('mentoring_pairings')
    .select([
      'id',
      'cycle_id as cycleId',
      'status',
      'mentee_id as menteeId',
      'mentor_id as mentorId',
      'mentee_answer as menteeAnswer',
      'mentor_answer as mentorAnswer',
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', pairingId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** Writes a pairing's answers and status. */
export async function updateAnswer(
  db: Executor,
  t: Tenant,
  pairingId: string,
  v: { status: string; menteeAnswer: string | null; mentorAnswer: string | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('mentoring_pairings')
    .set({ status: v.status, mentee_answer: v.menteeAnswer, mentor_answer: v.mentorAnswer, updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', pairingId)
    .execute();
}

/** Sets a mentee's status (matched once both sides accepted). */
export async function setMenteeStatus(db: Executor, t: Tenant, menteeId: string, status: string): Promise<void> {
  await db
    .updateTable('mentoring_mentees')
    .set({ status })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', menteeId)
    .execute();
}

/** What the answer page shows of a pairing: both people's public facts and the answers so far. */
export async function pairingForAnswer(db: Executor, t: Tenant, pairingId: string) {
  const row = await pairingsWithPeople(db, t)
    .select([
      'p.id',
      'p.status',
      'p.mentee_answer as menteeAnswer',
      'p.mentor_answer as mentorAnswer',
      'e.user_id as menteeUserId',
      'e.display_name as menteeName',
      'e.topics as menteeTopics',
      'e.languages as menteeLanguages',
      'e.availability as menteeAvailability',
      'r.user_id as mentorUserId',
      'r.display_name as mentorName',
      'r.body as mentorBody',
      'r.faction as mentorFaction',
      'r.topics as mentorTopics',
      'r.languages as mentorLanguages',
    ])
    .where('p.id', '=', pairingId)
    .executeTakeFirst();
  return row ?? null;
}

/** The numbers the balance report needs, for one cycle. */
export async function balanceFigures(db: Executor, t: Tenant, cycleId: string) {
  const row = await db
    .selectFrom('mentoring_mentees as e')
    .leftJoin('mentoring_pairings as p', (j) =>
      j
        .onRef('p.municipality_id', '=', 'e.municipality_id')
        .onRef('p.mentee_id', '=', 'e.id')
        .on('p.status', '<>', 'declined'),
    )
    .select([
      sql<string>`count(*) filter (where e.gender = 'woman' and e.status <> 'withdrawn')`.as('womenApplied'),
      sql<string>`count(p.id)`.as('matched'),
      sql<string>`count(p.id) filter (where e.gender = 'woman')`.as('matchedWomen'),
      sql<string>`count(*) filter (where p.id is null and e.gender = 'woman' and e.status = 'accepted')`.as(
        'womenWithoutPairing',
      ),
    ])
    .where('e.municipality_id', '=', t.municipalityId)
    .where('e.cycle_id', '=', cycleId)
    .executeTakeFirstOrThrow();
  return {
    womenApplied: Number(row.womenApplied),
    matched: Number(row.matched),
    matchedWomen: Number(row.matchedWomen),
    womenWithoutPairing: Number(row.womenWithoutPairing),
  };
}

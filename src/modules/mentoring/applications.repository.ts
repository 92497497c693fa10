import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { pairingsWithPeopleEverywhere } from './core.repository.ts';

// Mentee applications and mentor sign-ups: the only SQL on them for part A. Every function takes the tenant first.

export interface MenteeValues {
  cycleId: string;
  userId: string;
  displayName: string;
  locale: string;
  motivation: string;
  topics: string[];
  committees: string[];
  languages: string[];
  availability: string[];
  accessibility: string | null;
  gender: string | null;
  politicalDirection: string | null;
  preferredMentorId: string | null;
  status: 'applied' | 'waitlisted';
}

export interface MentorValues {
  cycleId: string;
  userId: string;
  displayName: string;
  body: string;
  faction: string | null;
  committees: string[];
  topics: string[];
  languages: string[];
  availability: string[];
  capacity: number;
}

/** Locks the cycle's row for the rest of the transaction: applications to one cycle are counted one at a time. */
export async function lockCycle(db: Executor, t: Tenant, cycleId: string): Promise<void> {
  await db
    .selectFrom('mentoring_cycles')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', cycleId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertMentee(db: Executor, t: Tenant, v: MenteeValues, now: Date): Promise<string> {
  const row = await db
    .insertInto('mentoring_mentees')
    .values({
      municipality_id: t.municipalityId,
      cycle_id: v.cycleId,
      user_id: v.userId,
      display_name: v.displayName,
      locale: v.locale,
      motivation: v.motivation,
      topics: v.topics,
      committees: v.committees,
      languages: v.languages,
      availability: v.availability,
      accessibility: v.accessibility,
      gender: v.gender,
      political_direction: v.politicalDirection,
      political_consent_at: v.politicalDirection ? now : null,
      preferred_mentor_id: v.preferredMentorId,
      status: v.status,
      applied_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMentor(db: Executor, t: Tenant, v: MentorValues): Promise<string> {
  const row = await db
    .insertInto('mentoring_mentors')
    .values({
      municipality_id: t.municipalityId,
      cycle_id: v.cycleId,
      user_id: v.userId,
      display_name: v.displayName,
      body: v.body,
      faction: v.faction,
      committees: v.committees,
      topics: v.topics,
      languages: v.languages,
      availability: v.availability,
      capacity: v.capacity,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the person already applied or signed up for the cycle (either side). */
export async function takenPart(db: Executor, t: Tenant, cycleId: string, userId: string) {
  const [mentee, mentor] = await Promise.all([
    db
      .selectFrom('mentoring_mentees')
      .select(['id', 'status'])
      .where('municipality_id', '=', t.municipalityId)
      .where('cycle_id', '=', cycleId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
    db
      .selectFrom('mentoring_mentors')
      .select(['id', 'status'])
      .where('municipality_id', '=', t.municipalityId)
      .where('cycle_id', '=', cycleId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);
  return { mentee: mentee ?? null, mentor: mentor ?? null };
}

export interface MenteeRow {
  id: string;
  cycleId: string;
  userId: string;
  displayName: string;
  locale: string;
  status: string;
  appliedAt: Date;
  gender: string | null;
  topics: string[];
  languages: string[];
  politicalDirection: string | null;
}

const MENTEE = [
  'id',
  'cycle_id as cycleId',
  'user_id as userId',
  'display_name as displayName',
  'locale',
  'status',
  'applied_at as appliedAt',
  'gender',
  'topics',
  'languages',
  'political_direction as politicalDirection',
] as const;

export async function findMentee(db: Executor, t: Tenant, id: string): Promise<MenteeRow | null> {
  const row = await db
    .selectFrom('mentoring_mentees')
    .select(MENTEE)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** A cycle's mentees: holders of a place first, then the waitlist in order, then the rest; each by applied_at. */
export function menteesOf(db: Executor, t: Tenant, cycleId: string): Promise<MenteeRow[]> {
  return db
    .selectFrom('mentoring_mentees')
    .select(MENTEE)
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .orderBy(
      sql`case when status in ('applied', 'accepted', 'matched', 'completed') then 0 when status = 'waitlisted' then 1 else 2 end`,
    )
    .orderBy('applied_at')
    .orderBy('id')
    .execute();
}

export interface MentorRow {
  id: string;
  userId: string;
  displayName: string;
  body: string;
  faction: string | null;
  capacity: number;
  status: string;
  languages: string[];
  topics: string[];
}

/** A cycle's mentors, by name. */
export function mentorsOf(db: Executor, t: Tenant, cycleId: string): Promise<MentorRow[]> {
  return db
    .selectFrom('mentoring_mentors')
    .select([
      'id',
      'user_id as userId',
      'display_name as displayName',
      'body',
      'faction',
      'capacity',
      'status',
      'languages',
      'topics',
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .orderBy('display_name')
    .execute();
}

export async function findMentor(db: Executor, t: Tenant, id: string) {
  const row = await db
    .selectFrom('mentoring_mentors')
    .select(['id', 'cycle_id as cycleId', 'capacity', 'status'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export async function setMenteeStatus(db: Executor, t: Tenant, id: string, status: string): Promise<void> {
  await db
    .updateTable('mentoring_mentees')
    .set({ status })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Withdrawing erases the special-category data at once (Art. 9 GDPR): no political direction is kept. */
export async function eraseSpecialData(db: Executor, t: Tenant, id: string): Promise<void> {
  await db
    .updateTable('mentoring_mentees')
    .set({ political_direction: null, political_consent_at: null })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function setMentorCapacity(db: Executor, t: Tenant, id: string, capacity: number): Promise<void> {
  await db
    .updateTable('mentoring_mentors')
    .set({ capacity })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** The first applications on the waitlist, in order. */
export async function firstWaitlisted(db: Executor, t: Tenant, cycleId: string, n: number) {
  if (n <= 0) return [];
  return db
    .selectFrom('mentoring_mentees')
    .select(MENTEE)
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'waitlisted')
    .orderBy('applied_at')
    .orderBy('id')
    .limit(n)
    .execute();
}

/**
 * A person's applications and sign-ups in every municipality: the one read here that is not scoped to a tenant,
 * because it is scoped to the person, as their account is.
 */
export async function partsOfUser(db: Executor, userId: string) {
  const [mentees, mentors] = await Promise.all([
    db
      .selectFrom('mentoring_mentees as e')
      .innerJoin('mentoring_cycles as c', (j) =>
        j.onRef('c.municipality_id', '=', 'e.municipality_id').onRef('c.id', '=', 'e.cycle_id'),
      )
      .innerJoin('mentoring_programmes as p', (j) =>
        j.onRef('p.municipality_id', '=', 'c.municipality_id').onRef('p.id', '=', 'c.programme_id'),
      )
      .leftJoin('mentoring_pairings as r', (j) =>
        j
          .onRef('r.municipality_id', '=', 'e.municipality_id')
          .onRef('r.mentee_id', '=', 'e.id')
          .on('r.status', 'in', ['published', 'active', 'completed', 'ended']),
      )
      .select([
        'e.municipality_id as municipalityId',
        'e.id',
        'e.status',
        'e.applied_at as appliedAt',
        'c.id as cycleId',
        'c.name as cycleName',
        'p.id as programmeId',
        'p.slug',
        'r.id as pairingId',
        'r.status as pairingStatus',
      ])
      .where('e.user_id', '=', userId)
      .orderBy('e.applied_at', 'desc')
      .execute(),
    db
      .selectFrom('mentoring_mentors as m')
      .innerJoin('mentoring_cycles as c', (j) =>
        j.onRef('c.municipality_id', '=', 'm.municipality_id').onRef('c.id', '=', 'm.cycle_id'),
      )
      .innerJoin('mentoring_programmes as p', (j) =>
        j.onRef('p.municipality_id', '=', 'c.municipality_id').onRef('p.id', '=', 'c.programme_id'),
      )
      .select([
        'm.municipality_id as municipalityId',
        'm.id',
        'm.status',
        'm.capacity',
        'c.id as cycleId',
        'c.name as cycleName',
        'p.id as programmeId',
        'p.slug',
      ])
      .where('m.user_id', '=', userId)
      .orderBy('m.created_at', 'desc')
      .execute(),
  ]);
  const pairings = await pairingsWithPeopleEverywhere(db)
    .select([
      'p.municipality_id as municipalityId',
      'p.id',
      'p.status',
      'p.mentor_id as mentorId',
      'e.display_name as menteeName',
    ])
    .where('r.user_id', '=', userId)
    .where('p.status', 'in', ['published', 'active', 'completed', 'ended'])
    .execute();
  return { mentees, mentors, pairings };
}

/**
 * How many applications with a place (`applied`) wait for a decision in the programmes of a municipality whose
 * staff list holds this person: the count on the staff's "Mentoring programmes" tile.
 */
export async function applicationsToDecide(db: Executor, t: Tenant, userId: string): Promise<number> {
  const row = await db
    .selectFrom('mentoring_mentees as e')
    .innerJoin('mentoring_cycles as c', (j) =>
      j.onRef('c.municipality_id', '=', 'e.municipality_id').onRef('c.id', '=', 'e.cycle_id'),
    )
    .innerJoin('mentoring_programme_staff as s', (j) =>
      j.onRef('s.municipality_id', '=', 'c.municipality_id').onRef('s.programme_id', '=', 'c.programme_id'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('e.municipality_id', '=', t.municipalityId)
    .where('s.user_id', '=', userId)
    .where('e.status', '=', 'applied')
    .where('c.status', '<>', 'finished')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../platform/auth/session-user.ts';
import type { Database } from '../../platform/db/types.ts';
import type { MenteeFacts, MentorFacts } from './matching.score.ts';
import { insertAccount, insertProgramme } from './core.fixtures.ts';

// Test fixtures of the matching part, written straight into the core tables (whatever the application pages do):
// a programme with its staff, a cycle, mentors and mentees, and the people behind them.

type Db = Kysely<Database>;

/** A person (no password: tests sign them in with a session), optionally holding roles in the municipality. */
export async function person(
  db: Db,
  m: string,
  o: { name?: string; locale?: string; roles?: readonly Role[] } = {},
): Promise<string> {
  return insertAccount(db, { name: o.name ?? 'Test', locale: o.locale, municipalityId: m, roles: o.roles });
}

/** A programme with one cycle (status `matching`) and the given staff. */
export async function programmeWithCycle(
  db: Db,
  m: string,
  o: { slug?: string; staff?: string[]; asksPolitical?: boolean; womenTarget?: number | null; places?: number } = {},
) {
  const slug = o.slug ?? `prog-${randomUUID().slice(0, 8)}`;
  const programmeId = await insertProgramme(db, m, {
    slug,
    organiser: 'Migrationsbeirat',
    asksPolitical: o.asksPolitical ?? false,
    womenTargetPercent: o.womenTarget === undefined ? 50 : o.womenTarget,
    texts: { de: { title: 'Demokratie. Macht. Integration.', aim: 'Ziel' } },
    staff: o.staff,
  });
  const c = await db
    .insertInto('mentoring_cycles')
    .values({
      municipality_id: m,
      programme_id: programmeId,
      name: '2027',
      applications_open: '2027-01-01',
      applications_close: '2027-02-01',
      starts_on: '2027-03-01',
      ends_on: '2027-12-31',
      places: o.places ?? 10,
      status: 'matching',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { programmeId, slug, cycleId: c.id };
}

export interface MentorSpec {
  name?: string;
  userId?: string;
  capacity?: number;
  faction?: string | null;
  topics?: string[];
  committees?: string[];
  languages?: string[];
  availability?: string[];
}

/** A mentor of the cycle (a new person unless `userId` is given). */
export async function mentor(
  db: Db,
  m: string,
  cycleId: string,
  s: MentorSpec = {},
): Promise<{ id: string; userId: string }> {
  const userId = s.userId ?? (await person(db, m, { name: s.name ?? 'Mentor' }));
  const row = await db
    .insertInto('mentoring_mentors')
    .values({
      municipality_id: m,
      cycle_id: cycleId,
      user_id: userId,
      display_name: s.name ?? 'Ratsmitglied',
      body: 'Rat der Stadt',
      faction: s.faction ?? null,
      topics: s.topics ?? [],
      committees: s.committees ?? [],
      languages: s.languages ?? ['de'],
      availability: s.availability ?? [],
      capacity: s.capacity ?? 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, userId };
}

export interface MenteeSpec {
  name?: string;
  userId?: string;
  locale?: string;
  status?: string;
  gender?: string | null;
  topics?: string[];
  committees?: string[];
  languages?: string[];
  availability?: string[];
  politicalDirection?: string | null;
  preferredMentorId?: string | null;
  appliedAt?: Date;
}

/** A mentee of the cycle, by default with a place (`accepted`). */
export async function mentee(
  db: Db,
  m: string,
  cycleId: string,
  s: MenteeSpec = {},
): Promise<{ id: string; userId: string }> {
  const userId = s.userId ?? (await person(db, m, { name: s.name ?? 'Mentee', locale: s.locale ?? 'de' }));
  const row = await db
    .insertInto('mentoring_mentees')
    .values({
      municipality_id: m,
      cycle_id: cycleId,
      user_id: userId,
      display_name: s.name ?? 'Mentee',
      locale: s.locale ?? 'de',
      motivation: 'Ich möchte mitreden.',
      topics: s.topics ?? [],
      committees: s.committees ?? [],
      languages: s.languages ?? ['de'],
      availability: s.availability ?? [],
      gender: s.gender ?? null,
      political_direction: s.politicalDirection ?? null,
      political_consent_at: s.politicalDirection ? new Date() : null,
      preferred_mentor_id: s.preferredMentorId ?? null,
      status: s.status ?? 'accepted',
      ...(s.appliedAt ? { applied_at: s.appliedAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, userId };
}

/** A pairing written straight in (a proposal or a published pairing), for the concurrency tests. */
export async function pairing(
  db: Db,
  m: string,
  cycleId: string,
  menteeId: string,
  mentorId: string,
  o: { status?: string; menteeAnswer?: string | null } = {},
): Promise<string> {
  const row = await db
    .insertInto('mentoring_pairings')
    .values({
      municipality_id: m,
      cycle_id: cycleId,
      mentee_id: menteeId,
      mentor_id: mentorId,
      status: o.status ?? 'proposed',
      mentee_answer: o.menteeAnswer ?? null,
      published_at: o.status === 'published' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A mentee as the score sees them: nothing in common with anyone but German, unless `o` says more. */
export const menteeFacts = (o: Partial<MenteeFacts> = {}): MenteeFacts => ({
  id: 'e1',
  topics: [],
  committees: [],
  languages: ['de'],
  availability: [],
  politicalDirection: null,
  preferredMentorId: null,
  ...o,
});

/** A mentor as the score sees them: nothing in common with anyone but German, unless `o` says more. */
export const mentorFacts = (o: Partial<MentorFacts> = {}): MentorFacts => ({
  id: 'r1',
  topics: [],
  committees: [],
  languages: ['de'],
  availability: [],
  faction: null,
  ...o,
});

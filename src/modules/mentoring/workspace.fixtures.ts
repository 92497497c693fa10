import type { Role } from '../../platform/auth/session-user.ts';
import type { Executor } from '../../platform/db/types.ts';
import { insertAccount, insertProgramme } from './core.fixtures.ts';

// Test data for the workspace, written straight into the core tables: a programme with its staff, a running cycle
// (started 60 days ago, ending in 60), a mentor and a mentee in an active pairing, a second pairing of other people,
// and sessions: one to offer, and a cancelled, a non-public, a deleted and a past one that are not offered.

export async function fixtureUser(
  db: Executor,
  v: { name: string; locale?: string; role?: Role; municipalityId?: string },
): Promise<string> {
  return insertAccount(db, {
    name: v.name,
    locale: v.locale,
    municipalityId: v.municipalityId,
    roles: v.role ? [v.role] : [],
  });
}

const day = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

export interface WorkspaceFixture {
  programmeId: string;
  programmeSlug: string;
  cycleId: string;
  staffId: string;
  menteeUserId: string;
  mentorUserId: string;
  menteeId: string;
  pairingId: string;
  otherPairingId: string;
  otherMenteeId: string;
  outsiderId: string;
  sessionId: string;
  hiddenSessionIds: string[];
}

/** The workspace's fixture in a municipality, dated around `now`. */
export async function workspaceFixture(
  db: Executor,
  m: string,
  now: Date,
  slug = 'ws-test',
): Promise<WorkspaceFixture> {
  const staffId = await fixtureUser(db, { name: 'Sabine Staff', role: 'municipality_admin', municipalityId: m });
  const outsiderId = await fixtureUser(db, { name: 'Otto Outsider', role: 'municipality_admin', municipalityId: m });
  const menteeUserId = await fixtureUser(db, { name: 'Mohammed', locale: 'ar' });
  const mentorUserId = await fixtureUser(db, { name: 'Ratsfrau Meyer', locale: 'de' });
  const otherMenteeUser = await fixtureUser(db, { name: 'Zahra' });
  const otherMentorUser = await fixtureUser(db, { name: 'Ratsherr Krüger' });
  const programmeId = await insertProgramme(db, m, {
    slug,
    organiser: 'Migrationsbeirat',
    texts: { de: { title: 'Testprogramm', aim: 'Mitmachen.' } },
    staff: [staffId],
  });
  const cycle = await db
    .insertInto('mentoring_cycles')
    .values({
      municipality_id: m,
      programme_id: programmeId,
      name: '2026',
      applications_open: day(now, -120),
      applications_close: day(now, -90),
      starts_on: day(now, -60),
      ends_on: day(now, 60),
      places: 10,
      activity_kinds: ['council_session', 'committee', 'faction_meeting'],
      activities_required: 3,
      status: 'running',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mentor = (userId: string, name: string) =>
    db
      .insertInto('mentoring_mentors')
      .values({
        municipality_id: m,
        cycle_id: cycle.id,
        user_id: userId,
        display_name: name,
        body: 'Rat der Stadt',
        capacity: 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const mentee = (userId: string, name: string, locale: string) =>
    db
      .insertInto('mentoring_mentees')
      .values({
        municipality_id: m,
        cycle_id: cycle.id,
        user_id: userId,
        display_name: name,
        locale,
        motivation: 'Ich will mitreden.',
        status: 'matched',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const r1 = await mentor(mentorUserId, 'Ratsfrau Meyer');
  const r2 = await mentor(otherMentorUser, 'Ratsherr Krüger');
  const e1 = await mentee(menteeUserId, 'محمد العلي', 'ar');
  const e2 = await mentee(otherMenteeUser, 'زهرا رضایی', 'fa');
  const pairing = (menteeId: string, mentorId: string) =>
    db
      .insertInto('mentoring_pairings')
      .values({
        municipality_id: m,
        cycle_id: cycle.id,
        mentee_id: menteeId,
        mentor_id: mentorId,
        status: 'active',
        mentee_answer: 'accepted',
        mentor_answer: 'accepted',
        published_at: new Date(now.getTime() - 61 * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const p1 = await pairing(e1.id, r1.id);
  const p2 = await pairing(e2.id, r2.id);
  const session = (v: { title: string; days: number; public?: boolean; cancelled?: boolean; deleted?: boolean }) =>
    db
      .insertInto('mentoring_sessions')
      .values({
        municipality_id: m,
        programme_id: programmeId,
        kind: 'council_session',
        title: v.title,
        organization: 'Rat der Stadt',
        starts_at: new Date(now.getTime() + v.days * 86_400_000),
        location: 'Rathaus, Markt',
        visitor_note: 'Einlasskarte vorher im Rathaus holen.',
        public: v.public ?? true,
        cancelled: v.cancelled ?? false,
        deleted: v.deleted ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const offered = await session({ title: 'Ratssitzung Dezember', days: 5 });
  const hidden = [
    await session({ title: 'Abgesagte Sitzung', days: 6, cancelled: true }),
    await session({ title: 'Nichtöffentliche Sitzung', days: 7, public: false }),
    await session({ title: 'Gelöschte Sitzung', days: 8, deleted: true }),
    await session({ title: 'Vergangene Sitzung', days: -3 }),
  ];
  return {
    programmeId,
    programmeSlug: slug,
    cycleId: cycle.id,
    staffId,
    menteeUserId,
    mentorUserId,
    menteeId: e1.id,
    pairingId: p1.id,
    otherPairingId: p2.id,
    otherMenteeId: e2.id,
    outsiderId,
    sessionId: offered.id,
    hiddenSessionIds: hidden.map((h) => h.id),
  };
}

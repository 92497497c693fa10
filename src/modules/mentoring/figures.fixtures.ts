import type { Executor } from '../../platform/db/types.ts';
import { insertAccount, insertProgramme } from './core.fixtures.ts';
import './mentoring.tables.ts';

// Test data for the figures, inserted straight into the core tables: a programme with its staff, a finished cycle
// (mentees of every status and gender, mentors, pairings held and declined, activities attended and not, feedback,
// outcomes) and an open cycle with a few applications. The numbers are chosen so that some cells are one to four.

export interface MenteeSpec {
  gender: 'woman' | 'man' | 'diverse' | null;
  status: string;
  /** Attended activities of the mentee's pairing (participants only). */
  attended?: number;
  outcomes?: string[];
  /** Final feedback scores of the mentee's side, mid-term of the mentor's side. */
  final?: Record<string, number>;
  mid?: Record<string, number>;
}

const repeat = (n: number, spec: MenteeSpec): MenteeSpec[] => Array.from({ length: n }, () => ({ ...spec }));

/** The finished cycle's mentees, before their feedback. */
const FINISHED_BASE: MenteeSpec[] = [
  ...repeat(5, { gender: 'woman', status: 'completed', attended: 4, outcomes: ['advisory_council', 'association'] }),
  ...repeat(2, { gender: 'woman', status: 'completed', attended: 6, outcomes: ['candidacy', 'advisory_council'] }),
  ...repeat(2, { gender: 'woman', status: 'matched', attended: 1 }),
  ...repeat(6, { gender: 'man', status: 'completed', attended: 3, outcomes: ['advisory_council'] }),
  { gender: 'man', status: 'completed', attended: 5, outcomes: ['party_membership', 'association'] },
  { gender: 'man', status: 'matched', attended: 2 },
  { gender: 'diverse', status: 'completed', attended: 3, outcomes: ['association'] },
  ...repeat(2, { gender: null, status: 'completed', attended: 5 }),
  ...repeat(3, { gender: 'woman', status: 'withdrawn' }),
  ...repeat(2, { gender: 'woman', status: 'waitlisted' }),
  { gender: 'man', status: 'declined' },
  ...repeat(4, { gender: 'man', status: 'waitlisted' }),
];

/** The finished cycle's mentees. */
export const FINISHED: MenteeSpec[] = FINISHED_BASE.map((m, i) => ({
  ...m,
  // Final feedback from the first twelve participants, mid-term feedback from three (too few for a mean).
  ...(m.attended !== undefined && i < 12 ? { final: { overall: 3 + (i % 3), understanding: 4, confidence: 5 } } : {}),
  ...(m.attended !== undefined && i < 3 ? { mid: { overall: 2, mentor_time: 4 } } : {}),
}));

/** The open cycle's applications. */
export const OPEN: MenteeSpec[] = [
  ...repeat(3, { gender: 'woman', status: 'applied' }),
  ...repeat(2, { gender: 'man', status: 'applied' }),
  { gender: null, status: 'waitlisted' },
];

export interface FiguresFixture {
  programmeId: string;
  slug: string;
  finishedCycleId: string;
  openCycleId: string;
}

async function cycle(
  db: Executor,
  municipalityId: string,
  programmeId: string,
  c: { name: string; open: string; close: string; starts: string; ends: string; status: string },
) {
  const row = await db
    .insertInto('mentoring_cycles')
    .values({
      municipality_id: municipalityId,
      programme_id: programmeId,
      name: c.name,
      applications_open: c.open,
      applications_close: c.close,
      starts_on: c.starts,
      ends_on: c.ends,
      places: 20,
      status: c.status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function fill(db: Executor, municipalityId: string, cycleId: string, mentees: readonly MenteeSpec[]) {
  const mentors: string[] = [];
  for (let i = 0; i < 12; i++) {
    const row = await db
      .insertInto('mentoring_mentors')
      .values({
        municipality_id: municipalityId,
        cycle_id: cycleId,
        user_id: await insertAccount(db, { name: `Ratsmitglied ${i + 1}` }),
        display_name: `Ratsmitglied ${i + 1}`,
        body: 'Rat der Stadt',
        capacity: 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    mentors.push(row.id);
  }
  let n = 0;
  for (const m of mentees) {
    const name = `Mentee ${++n}`;
    const mentee = await db
      .insertInto('mentoring_mentees')
      .values({
        municipality_id: municipalityId,
        cycle_id: cycleId,
        user_id: await insertAccount(db, { name }),
        display_name: name,
        locale: 'ar',
        motivation: 'Ich möchte die Kommunalpolitik kennenlernen.',
        gender: m.gender,
        status: m.status,
        applied_at: new Date(Date.UTC(2025, 5, 1, 0, n)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mentor = mentors[n % mentors.length]!;
    if (m.status === 'declined') {
      await db
        .insertInto('mentoring_pairings')
        .values({
          municipality_id: municipalityId,
          cycle_id: cycleId,
          mentee_id: mentee.id,
          mentor_id: mentor,
          status: 'declined',
          mentee_answer: 'declined',
        })
        .execute();
    }
    const attended = m.attended;
    if (attended !== undefined) {
      const pairing = await db
        .insertInto('mentoring_pairings')
        .values({
          municipality_id: municipalityId,
          cycle_id: cycleId,
          mentee_id: mentee.id,
          mentor_id: mentor,
          status: m.status === 'completed' ? 'completed' : 'ended',
          mentee_answer: 'accepted',
          mentor_answer: 'accepted',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const activities = Array.from({ length: attended + 1 }, (_, i) => ({
        municipality_id: municipalityId,
        pairing_id: pairing.id,
        kind: i % 2 === 0 ? 'council_session' : 'committee',
        title: `Sitzung ${i + 1}`,
        on_date: `2025-${String(10 + (i % 3)).padStart(2, '0')}-0${1 + (i % 9)}`,
        // One activity of each pairing was planned but not attended: it does not count.
        attended: i < attended,
      }));
      await db.insertInto('mentoring_activities').values(activities).execute();
      if (m.final)
        await db
          .insertInto('mentoring_feedback')
          .values({
            municipality_id: municipalityId,
            pairing_id: pairing.id,
            side: 'mentee',
            stage: 'final',
            scores: JSON.stringify(m.final),
            comment: 'Sehr persönlicher Kommentar',
          })
          .execute();
      if (m.mid)
        await db
          .insertInto('mentoring_feedback')
          .values({
            municipality_id: municipalityId,
            pairing_id: pairing.id,
            side: 'mentor',
            stage: 'mid',
            scores: JSON.stringify(m.mid),
          })
          .execute();
    }
    for (const kind of m.outcomes ?? [])
      await db
        .insertInto('mentoring_outcomes')
        .values({ municipality_id: municipalityId, mentee_id: mentee.id, kind })
        .execute();
  }
}

/** A programme with the given staff, a finished cycle (`FINISHED`) and an open one (`OPEN`). */
export async function figuresFixture(
  db: Executor,
  municipalityId: string,
  options: { staff: readonly string[]; slug?: string },
): Promise<FiguresFixture> {
  const slug = options.slug ?? 'demokratie-macht-integration';
  const programmeId = await insertProgramme(db, municipalityId, {
    slug,
    organiser: 'Migrationsbeirat',
    asksPolitical: true,
    womenTargetPercent: 50,
    texts: {
      de: {
        title: 'DEMOKRATIE. MACHT. INTEGRATION.',
        aim: 'Menschen mit Migrationsgeschichte begleiten Ratsmitglieder.',
      },
    },
    staff: options.staff,
  });
  const finishedCycleId = await cycle(db, municipalityId, programmeId, {
    name: '2025/26',
    open: '2025-05-01',
    close: '2025-07-31',
    starts: '2025-09-01',
    ends: '2026-06-30',
    status: 'finished',
  });
  const openCycleId = await cycle(db, municipalityId, programmeId, {
    name: '2027',
    open: '2026-11-15',
    close: '2027-01-15',
    starts: '2027-02-01',
    ends: '2027-12-15',
    status: 'open',
  });
  await fill(db, municipalityId, finishedCycleId, FINISHED);
  await fill(db, municipalityId, openCycleId, OPEN);
  return { programmeId, slug, finishedCycleId, openCycleId };
}

import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

// The mentoring matching part in the shared checks: a programme whose staff list holds a given person, a cycle
// with mentors and mentees (that person one of them), a fixed pair, a published pairing and an open proposal.

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;
type Db = Kysely<Database>;

async function userId(db: Db, email: string): Promise<string> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

async function newPerson(db: Db, email: string): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({ email, display_name: email.split('@')[0]!, password_hash: null, totp_secret: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A programme `slug` staffed by `staffEmail`, a cycle, two mentors and three mentees (the staff person the first). */
async function matchingCycle(db: Db, m: string, slug: string, staffEmail: string) {
  const staff = await userId(db, staffEmail);
  const p = await db
    .insertInto('mentoring_programmes')
    .values({ municipality_id: m, slug, organiser: 'Probe', asks_political: true, women_target_percent: 50 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mentoring_programme_texts')
    .values({ municipality_id: m, programme_id: p.id, locale: 'de', title: 'Probe', aim: 'Probe' })
    .execute();
  await db
    .insertInto('mentoring_programme_staff')
    .values({ municipality_id: m, programme_id: p.id, user_id: staff })
    .execute();
  const c = await db
    .insertInto('mentoring_cycles')
    .values({
      municipality_id: m,
      programme_id: p.id,
      name: 'Probe',
      applications_open: '2027-01-01',
      applications_close: '2027-02-01',
      starts_on: '2027-03-01',
      ends_on: '2027-12-31',
      places: 10,
      status: 'matching',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mentors: string[] = [];
  for (const [i, capacity] of [2, 2].entries()) {
    const u = await newPerson(db, `${slug}-mentor-${i}-${m.slice(0, 8)}@example.test`);
    const r = await db
      .insertInto('mentoring_mentors')
      .values({
        municipality_id: m,
        cycle_id: c.id,
        user_id: u,
        display_name: `Mentor ${i}`,
        body: 'Rat',
        capacity,
        languages: ['de'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    mentors.push(r.id);
  }
  const mentees: string[] = [];
  for (let i = 0; i < 3; i++) {
    const u = i === 0 ? staff : await newPerson(db, `${slug}-mentee-${i}-${m.slice(0, 8)}@example.test`);
    const e = await db
      .insertInto('mentoring_mentees')
      .values({
        municipality_id: m,
        cycle_id: c.id,
        user_id: u,
        display_name: `Mentee ${i}`,
        locale: 'de',
        motivation: 'Probe',
        languages: ['de'],
        gender: i === 0 ? 'woman' : 'man',
        status: 'accepted',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    mentees.push(e.id);
  }
  return { programmeId: p.id, cycleId: c.id, mentors, mentees };
}

/**
 * Start pages for the bad-input and tenant-leak crawls: the matching page of a cycle with a published pairing (its
 * answer page, where the staff person is the mentee) and an open proposal (its drop form).
 */
export async function matchingFormPages(
  db: Db,
  m: string,
  municipality: string,
  staffEmail: string,
): Promise<string[]> {
  const c = await matchingCycle(db, m, 'matching-probe', staffEmail);
  const published = await db
    .insertInto('mentoring_pairings')
    .values({
      municipality_id: m,
      cycle_id: c.cycleId,
      mentee_id: c.mentees[0]!,
      mentor_id: c.mentors[0]!,
      status: 'published',
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mentoring_pairings')
    .values({ municipality_id: m, cycle_id: c.cycleId, mentee_id: c.mentees[1]!, mentor_id: c.mentors[1]!, score: 4 })
    .execute();
  return [
    `/de/m/${municipality}/admin/mentoring/matching-probe/cycles/${c.cycleId}/matching`,
    `/de/m/${municipality}/mentoring/pairings/${published.id}/answer`,
  ];
}

/**
 * The matching part's writes in the audit tour (Meppen; `admin` holds every municipal role and is on the
 * programme's staff and one of its mentees): a fixed pair, a run, a dropped proposal, publishing, an answer.
 */
export async function tourMentoringMatching(db: Db, admin: Client, m: string, adminEmail: string, post: Post) {
  const c = await matchingCycle(db, m, 'matching-tour', adminEmail);
  const q = '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/matching';
  const url = `/de/m/meppen/admin/mentoring/matching-tour/cycles/${c.cycleId}/matching`;
  await admin.get(url);
  await post(admin, `POST ${q}/fixed`, `${url}/fixed`, { menteeId: c.mentees[0]!, mentorId: c.mentors[0]! });
  await post(admin, `POST ${q}/run`, `${url}/run`, {});
  const proposal = await db
    .selectFrom('mentoring_pairings')
    .select('id')
    .where('cycle_id', '=', c.cycleId)
    .where('fixed', '=', false)
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/proposals/:id/drop`, `${url}/proposals/${proposal.id}/drop`, {});
  await post(admin, `POST ${q}/publish`, `${url}/publish`, {});
  const mine = await db
    .selectFrom('mentoring_pairings')
    .select('id')
    .where('cycle_id', '=', c.cycleId)
    .where('mentee_id', '=', c.mentees[0]!)
    .executeTakeFirstOrThrow();
  const answer = `/de/m/meppen/mentoring/pairings/${mine.id}/answer`;
  await admin.get(answer);
  await post(admin, 'POST /:locale/m/:municipality/mentoring/pairings/:id/answer', answer, { answer: 'accepted' });
}

import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';
import { createUser } from './users.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

const SLUG = 'test-mentoring';
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A mentoring programme of the municipality with a cycle open for applications, one application and one mentor,
 * and every holder of a staff role there on its staff list (so that the crawls reach the staff pages by links).
 * Idempotent. Returns the pages to start from.
 */
export async function mentoringToRead(
  db: Kysely<Database>,
  municipalityId: string,
  slug = 'meppen',
  now = new Date(),
  /** Whose application the open cycle holds (its withdraw form is on their "My mentoring"); else the newest staff member's. */
  applicantEmail?: string,
): Promise<string[]> {
  let programme = await db
    .selectFrom('mentoring_programmes')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('slug', '=', SLUG)
    .executeTakeFirst();
  if (!programme) {
    programme = await db
      .insertInto('mentoring_programmes')
      .values({ municipality_id: municipalityId, slug: SLUG, organiser: 'Testbeirat', asks_political: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('mentoring_programme_texts')
      .values({
        municipality_id: municipalityId,
        programme_id: programme.id,
        locale: 'de',
        title: 'Testprogramm',
        aim: 'Politik erleben.',
      })
      .execute();
    const cycle = await db
      .insertInto('mentoring_cycles')
      .values({
        municipality_id: municipalityId,
        programme_id: programme.id,
        name: 'Test',
        applications_open: iso(new Date(now.getTime() - 10 * DAY)),
        applications_close: iso(new Date(now.getTime() + 30 * DAY)),
        starts_on: iso(new Date(now.getTime() + 40 * DAY)),
        ends_on: iso(new Date(now.getTime() + 300 * DAY)),
        places: 5,
        status: 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The application is the crawling staff member's, so that "My mentoring" shows them its withdraw form.
    const named = applicantEmail
      ? await db.selectFrom('users').select('id as user_id').where('email', '=', applicantEmail).executeTakeFirst()
      : undefined;
    const first =
      named ??
      (await db
        .selectFrom('role_assignments')
        .select('user_id')
        .where('municipality_id', '=', municipalityId)
        .where('role', 'in', ['municipality_admin', 'quartier_manager'])
        .orderBy('granted_at', 'desc')
        .executeTakeFirst());
    const mentee = first ? { id: first.user_id } : await createUser(db, { email: `mentee-${slug}@example.test` });
    const mentor = await createUser(db, { email: `mentor-${slug}@example.test` });
    await db
      .insertInto('mentoring_mentees')
      .values({
        municipality_id: municipalityId,
        cycle_id: cycle.id,
        user_id: mentee.id,
        display_name: 'Test Mentee',
        locale: 'de',
        motivation: 'Neugier.',
      })
      .execute();
    await db
      .insertInto('mentoring_mentors')
      .values({
        municipality_id: municipalityId,
        cycle_id: cycle.id,
        user_id: mentor.id,
        display_name: 'Test Mentor',
        body: 'Rat',
      })
      .execute();
    // An upcoming session of the programme (its edit page is reached from the sessions list).
    await db
      .insertInto('mentoring_sessions')
      .values({
        municipality_id: municipalityId,
        programme_id: programme.id,
        kind: 'council_session',
        title: 'Ratssitzung',
        starts_at: new Date(now.getTime() + 14 * DAY),
        location: 'Rathaus',
      })
      .execute();
    // A finished cycle with a completed participation and no certificate yet: its pairs page offers to issue one.
    const done = await db
      .insertInto('mentoring_cycles')
      .values({
        municipality_id: municipalityId,
        programme_id: programme.id,
        name: 'Vorjahr',
        applications_open: iso(new Date(now.getTime() - 400 * DAY)),
        applications_close: iso(new Date(now.getTime() - 380 * DAY)),
        starts_on: iso(new Date(now.getTime() - 370 * DAY)),
        ends_on: iso(new Date(now.getTime() - 60 * DAY)),
        places: 5,
        status: 'finished',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const graduate = await createUser(db, { email: `graduate-${slug}@example.test` });
    await db
      .insertInto('mentoring_mentees')
      .values({
        municipality_id: municipalityId,
        cycle_id: done.id,
        user_id: graduate.id,
        display_name: 'Test Absolventin',
        locale: 'ar',
        motivation: 'Mitreden.',
        status: 'completed',
        completed_at: new Date(now.getTime() - 60 * DAY),
      })
      .execute();
  }
  const staff = await db
    .selectFrom('role_assignments')
    .select('user_id')
    .distinct()
    .where('municipality_id', '=', municipalityId)
    .where('role', 'in', ['municipality_admin', 'quartier_manager'])
    .execute();
  if (staff.length > 0)
    await db
      .insertInto('mentoring_programme_staff')
      .values(staff.map((s) => ({ municipality_id: municipalityId, programme_id: programme.id, user_id: s.user_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  const cycle = await db
    .selectFrom('mentoring_cycles')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('programme_id', '=', programme.id)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  const finished = await db
    .selectFrom('mentoring_cycles')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('programme_id', '=', programme.id)
    .where('status', '=', 'finished')
    .executeTakeFirstOrThrow();
  const admin = `/de/m/${slug}/admin/mentoring`;
  return [
    `/de/m/${slug}/mentoring`,
    `/de/m/${slug}/mentoring/${SLUG}`,
    `/de/m/${slug}/mentoring/${SLUG}/apply`,
    `/de/m/${slug}/mentoring/${SLUG}/mentor`,
    '/de/me/mentoring',
    admin,
    `${admin}/new`,
    `${admin}/${SLUG}/edit`,
    // The translation of its title and aim (the edit form links every language; the crawl visits one).
    `${admin}/${SLUG}/texts/ar`,
    `${admin}/${SLUG}/cycles/new`,
    `${admin}/${SLUG}/cycles/${cycle.id}/edit`,
    `${admin}/${SLUG}/cycles/${cycle.id}/applications`,
    // The pairs page of the finished cycle (the crawl visits one page of each shape): the certificate form.
    `${admin}/${SLUG}/cycles/${finished.id}/pairings`,
  ];
}

/**
 * The mentoring programmes part's writes in the audit tour: a programme and a cycle created and changed, its
 * title and aim translated, an application (confirmed by staff, then withdrawn), a mentor's sign-up and a change
 * of their capacity.
 */
export async function tourMentoringProgrammes(
  db: Kysely<Database>,
  admin: Client,
  member: Client,
  municipalityId: string,
  now: Date,
  post: Post,
) {
  const q = '/:locale/m/:municipality/admin/mentoring';
  const base = '/de/m/meppen/admin/mentoring';
  const programme = { slug: 'tour-programmes', title: 'Tour', aim: 'Tour.', organiser: 'Tourbeirat', active: 'yes' };
  await post(admin, `POST ${q}/new`, `${base}/new`, programme);
  const staff = await db
    .selectFrom('mentoring_programme_staff as s')
    .innerJoin('mentoring_programmes as p', (j) =>
      j.onRef('p.municipality_id', '=', 's.municipality_id').onRef('p.id', '=', 's.programme_id'),
    )
    .select('s.user_id')
    .where('s.municipality_id', '=', municipalityId)
    .where('p.slug', '=', 'tour-programmes')
    .executeTakeFirstOrThrow();
  const edit = { ...programme, asksPolitical: 'yes', staff: staff.user_id };
  await post(admin, `POST ${q}/:programme/edit`, `${base}/tour-programmes/edit`, edit);
  const arabic = { title: 'جولة', description: 'جولة.' };
  await post(admin, `POST ${q}/:programme/texts/:lang`, `${base}/tour-programmes/texts/ar`, arabic);
  const cycle = {
    name: 'Tour',
    applicationsOpen: iso(new Date(now.getTime() - DAY)),
    applicationsClose: iso(new Date(now.getTime() + 20 * DAY)),
    startsOn: iso(new Date(now.getTime() + 30 * DAY)),
    endsOn: iso(new Date(now.getTime() + 200 * DAY)),
    places: '3',
    activityKinds: 'council_session',
    activitiesRequired: '2',
    status: 'open',
  };
  await post(admin, `POST ${q}/:programme/cycles/new`, `${base}/tour-programmes/cycles/new`, cycle);
  const c = await db
    .selectFrom('mentoring_cycles')
    .innerJoin('mentoring_programmes as p', (j) =>
      j
        .onRef('p.municipality_id', '=', 'mentoring_cycles.municipality_id')
        .onRef('p.id', '=', 'mentoring_cycles.programme_id'),
    )
    .select('mentoring_cycles.id')
    .where('mentoring_cycles.municipality_id', '=', municipalityId)
    .where('p.slug', '=', 'tour-programmes')
    .executeTakeFirstOrThrow();
  const cycleUrl = `${base}/tour-programmes/cycles/${c.id}`;
  await post(admin, `POST ${q}/:programme/cycles/:cycle/edit`, `${cycleUrl}/edit`, { ...cycle, places: '4' });
  const pub = '/:locale/m/:municipality/mentoring';
  const application = { displayName: 'Tour Mentee', motivation: 'Tour.', languages: 'de', privacy: 'yes' };
  await post(member, `POST ${pub}/:programme/apply`, '/de/m/meppen/mentoring/tour-programmes/apply', application);
  const mentee = await db
    .selectFrom('mentoring_mentees')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('cycle_id', '=', c.id)
    .executeTakeFirstOrThrow();
  await post(
    admin,
    `POST ${q}/:programme/cycles/:cycle/applications/:id/status`,
    `${cycleUrl}/applications/${mentee.id}/status`,
    {
      status: 'accepted',
    },
  );
  await post(
    member,
    `POST ${pub}/applications/:id/withdraw`,
    `/de/m/meppen/mentoring/applications/${mentee.id}/withdraw`,
    {},
  );
  const signUp = { displayName: 'Tour Mentor', body: 'Rat', languages: 'de', capacity: '1' };
  await post(admin, `POST ${pub}/:programme/mentor`, '/de/m/meppen/mentoring/tour-programmes/mentor', signUp);
  const mentor = await db
    .selectFrom('mentoring_mentors')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('cycle_id', '=', c.id)
    .executeTakeFirstOrThrow();
  await post(
    admin,
    `POST ${q}/:programme/cycles/:cycle/mentors/:id/capacity`,
    `${cycleUrl}/mentors/${mentor.id}/capacity`,
    {
      capacity: '2',
    },
  );
}

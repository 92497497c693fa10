import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { workspaceFixture } from '../modules/mentoring/workspace.fixtures.ts';
import { createSession, markSecondFactor } from '../platform/auth/sessions.ts';
import type { Database } from '../platform/db/types.ts';
import { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/** A client signed in as an existing user (a session straight in the database, second factor done). */
export async function mentoringClient(app: FastifyInstance, db: Kysely<Database>, userId: string): Promise<Client> {
  const now = app.deps.now();
  const token = await createSession(db, userId, now);
  await markSecondFactor(db, token, now);
  const client = new Client(app);
  client.cookies = `zh_sid=${token}`;
  return client;
}

const day = (now: Date, n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The mentoring workspace's writes in the audit tour: a pair (of a running cycle of Meppen, the tour's admin on the
 * programme's staff) logs a session and an activity, marks it attended, gives feedback and writes; then the staff
 * finish the cycle.
 */
export async function tourMentoringWorkspace(
  db: Kysely<Database>,
  app: FastifyInstance,
  admin: Client,
  adminEmail: string,
  municipalityId: string,
  now: Date,
  post: Post,
) {
  const f = await workspaceFixture(db, municipalityId, now, 'tour-mentoring');
  const { id: adminId } = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', adminEmail)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mentoring_programme_staff')
    .values({ municipality_id: municipalityId, programme_id: f.programmeId, user_id: adminId })
    .execute();
  const p = '/:locale/m/:municipality/mentoring/pairings/:id';
  const ws = `/de/m/meppen/mentoring/pairings/${f.pairingId}`;
  const mentee = await mentoringClient(app, db, f.menteeUserId);
  const mentor = await mentoringClient(app, db, f.mentorUserId);
  await mentee.get(ws);
  await mentor.get(ws);
  await post(mentee, `POST ${p}/activities`, `${ws}/activities`, { sessionId: f.sessionId });
  const planned = { kind: 'committee', title: 'Tourausschuss', onDate: day(now, -3) };
  await post(mentor, `POST ${p}/activities`, `${ws}/activities`, planned);
  const activity = await db
    .selectFrom('mentoring_activities')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('title', '=', 'Tourausschuss')
    .executeTakeFirstOrThrow();
  const attended = `${ws}/activities/${activity.id}/attended`;
  await post(mentor, `POST ${p}/activities/:activityId/attended`, attended, { attended: 'yes' });
  const scores = { overall: '4', understanding: '4', confidence: '3', mentor_time: '5' };
  await post(mentee, `POST ${p}/feedback/:stage`, `${ws}/feedback/mid`, scores);
  await post(mentee, `POST ${p}/messages`, `${ws}/messages`, { body: 'Bis Dienstag!' });
  const q = '/:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle';
  const cycle = `/de/m/meppen/admin/mentoring/${f.programmeSlug}/cycles/${f.cycleId}`;
  await admin.get(`${cycle}/pairings`);
  await post(admin, `POST ${q}/finish`, `${cycle}/finish`, {});
}

/**
 * For the bad-input and tenant-leak crawls: a running cycle with an active pair (one planned activity of a past day
 * in its log, so that the attendance form shows), the staff person (by address) on the programme's staff. Returns
 * the staff's pairings page, a client of the mentee and the mentee's pages (the workspace and the feedback form).
 */
export async function mentoringWorkspaceForms(
  app: FastifyInstance,
  db: Kysely<Database>,
  municipalityId: string,
  slug: string,
  staffEmail: string,
  now: Date,
): Promise<{ staffPages: string[]; participant: Client; participantPages: string[] }> {
  const f = await workspaceFixture(db, municipalityId, now, 'crawl-mentoring');
  const staff = await db.selectFrom('users').select('id').where('email', '=', staffEmail).executeTakeFirstOrThrow();
  await db
    .insertInto('mentoring_programme_staff')
    .values({ municipality_id: municipalityId, programme_id: f.programmeId, user_id: staff.id })
    .execute();
  await db
    .insertInto('mentoring_activities')
    .values({
      municipality_id: municipalityId,
      pairing_id: f.pairingId,
      kind: 'committee',
      title: 'Ausschuss',
      on_date: day(now, -4),
      attended: false,
    })
    .execute();
  const ws = `/de/m/${slug}/mentoring/pairings/${f.pairingId}`;
  return {
    staffPages: [`/de/m/${slug}/admin/mentoring/${f.programmeSlug}/cycles/${f.cycleId}/pairings`],
    participant: await mentoringClient(app, db, f.menteeUserId),
    participantPages: [ws, `${ws}/feedback/mid`],
  };
}

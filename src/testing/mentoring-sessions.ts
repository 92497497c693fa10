import type { Kysely } from 'kysely';
import { fixtureProgramme, fixtureSession, userIdOf } from '../modules/mentoring/sessions.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

let serial = 0;

/**
 * A programme of municipality `m` whose staff list holds the person with `email`, with one session and an OParl
 * source (an address where nothing answers), so that every page and form of the sessions part shows: the list
 * with its form, a session's edit page, the OParl page with its two forms.
 */
export async function mentoringSessionsFormPages(
  db: Kysely<Database>,
  m: string,
  slug: string,
  email: string,
): Promise<string[]> {
  const staff = await userIdOf(db, email);
  const p = await fixtureProgramme(db, m, { slug: `sessions-probe-${++serial}`, staff: [staff] });
  const session = await fixtureSession(db, m, p.programmeId, { startsAt: new Date(Date.now() + 20 * 86_400_000) });
  await db
    .insertInto('mentoring_oparl_sources')
    .values({
      municipality_id: m,
      programme_id: p.programmeId,
      endpoint_url: 'http://127.0.0.1:9/oparl',
      body_id: null,
      visitor_note: null,
    })
    .execute();
  const base = `/de/m/${slug}/admin/mentoring/${p.slug}/sessions`;
  return [base, `${base}/${session}/edit`, `${base}/oparl`];
}

/**
 * The sessions part's writes in the audit tour: the tour's admin (on a programme's staff list) enters a session,
 * changes it, sets the OParl source and imports (a name under .invalid, which never resolves (RFC 6761): the
 * failed run is recorded too; an address of this machine would be refused by the form).
 */
export async function tourMentoringSessions(
  db: Kysely<Database>,
  admin: Client,
  m: string,
  adminEmail: string,
  post: Post,
): Promise<void> {
  const [list, , oparl] = await mentoringSessionsFormPages(db, m, 'meppen', adminEmail);
  const q = '/:locale/m/:municipality/admin/mentoring/:programme/sessions';
  const form = { kind: 'faction_meeting', title: 'Toursitzung', startsAt: '2030-03-05T18:30', public: 'on' };
  await post(admin, `POST ${q}`, list!, form);
  const row = await db
    .selectFrom('mentoring_sessions')
    .select('id')
    .where('municipality_id', '=', m)
    .where('title', '=', 'Toursitzung')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/:id/edit`, `${list}/${row.id}/edit`, { ...form, title: 'Toursitzung 2' });
  await post(admin, `POST ${q}/oparl`, oparl!, { endpointUrl: 'https://ratsinfo.invalid/oparl/system' });
  await post(admin, `POST ${q}/oparl/import`, `${oparl}/import`, {});
}

import type { Kysely } from 'kysely';
import { certificateFixture } from '../modules/mentoring/certificates.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The mentoring certificates in the audit tour: the tour's Meppen administrator, on the staff list of a programme
 * with a finished cycle, issues the certificates of its two completed mentees.
 */
export async function tourMentoringCertificates(
  db: Kysely<Database>,
  admin: Client,
  municipalityId: string,
  email: string,
  post: Post,
): Promise<void> {
  const me = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const f = await certificateFixture(db, municipalityId, { staffUserId: me.id });
  const route = 'POST /:locale/m/:municipality/admin/mentoring/:programme/cycles/:cycle/certificates';
  await post(admin, route, `/de/m/meppen/admin/mentoring/${f.slug}/cycles/${f.cycleId}/certificates`, {});
}

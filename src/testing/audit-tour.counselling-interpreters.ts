import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';
import { joinPool, openRequest } from './counselling-interpreters.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The interpreters part's writes in the audit tour: a person added to the pool (the role granted with it), changed,
 * and an open request accepted. `admin` holds every municipal role in Meppen.
 */
export async function tourCounsellingInterpreters(
  db: Kysely<Database>,
  admin: Client,
  municipalityId: string,
  post: Post,
) {
  const q = '/:locale/m/:municipality';
  const base = '/de/m/meppen';
  const person = await db
    .insertInto('users')
    .values({
      email: 'tour-interpreter@example.test',
      display_name: 'Tour Sprachmittlung',
      password_hash: null,
      totp_secret: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_assignments')
    .values({ user_id: person.id, role: 'resident', municipality_id: municipalityId })
    .execute();
  const form = {
    userId: person.id,
    displayName: 'Tour Sprachmittlung',
    languages: 'ti',
    active: 'on',
    from2: '09:00',
    to2: '12:00',
  };
  await post(admin, `POST ${q}/admin/counselling/interpreters/new`, `${base}/admin/counselling/interpreters/new`, form);
  const it = await db
    .selectFrom('counselling_interpreters')
    .select('id')
    .where('user_id', '=', person.id)
    .executeTakeFirstOrThrow();
  const edit = `${base}/admin/counselling/interpreters/${it.id}/edit`;
  await post(admin, `POST ${q}/admin/counselling/interpreters/:id/edit`, edit, { ...form, languages: 'ar' });
  const adminEmail = 'tour-admin@example.test';
  await joinPool(db, municipalityId, adminEmail);
  const request = await openRequest(db, municipalityId, 31);
  await post(admin, `POST ${q}/interpreting/:id/accept`, `${base}/interpreting/${request}/accept`, {});
}

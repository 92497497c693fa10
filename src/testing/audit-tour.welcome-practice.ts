import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The good-practice library's writes in the audit tour: Meppen submits an example, the state edits and publishes
 * it, and Meppen adapts it into a draft guide page. `admin` holds every municipal role in Meppen.
 */
export async function tourWelcomePractice(db: Kysely<Database>, admin: Client, state: Client, post: Post) {
  const q = '/:locale/m/:municipality/admin/practice';
  const base = '/de/m/meppen/admin/practice';
  const form = { title: 'Tourbeispiel', what: 'Ein Beispiel für die Tour.', placeName: 'Meppen', tags: 'encounter' };
  await admin.get(`${base}/new`);
  await post(admin, `POST ${q}`, base, form);
  const { practice_id: id } = await db
    .selectFrom('welcome_practice_texts')
    .select('practice_id')
    .where('title', '=', 'Tourbeispiel')
    .executeTakeFirstOrThrow();
  await state.get(`/de/state/practice/${id}`);
  await post(state, 'POST /:locale/state/practice/:id', `/de/state/practice/${id}`, { ...form, results: 'Gut.' });
  await post(state, 'POST /:locale/state/practice/:id/status', `/de/state/practice/${id}/status`, {
    status: 'published',
  });
  await admin.get(`${base}/adapt/tourbeispiel`);
  await post(admin, `POST ${q}/adapt/:slug`, `${base}/adapt/tourbeispiel`, { target: 'guide', topic: 'leisure' });
}

import type { Kysely } from 'kysely';
import { practiceFixtures } from '../modules/welcome/practice.fixtures.ts';
import type { Database } from '../platform/db/types.ts';

/**
 * A published and a waiting example of the good-practice library, whatever the demo content holds, so that the
 * crawls reach the pages of one example by links: the state's review page and a municipality's "adapt" form.
 * Idempotent. Returns their ids.
 */
export async function practiceToRead(db: Kysely<Database>): Promise<{ published: string; submitted: string }> {
  const find = (slug: string) =>
    db.selectFrom('welcome_practices').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!(await find('test-nachbarschaftsgarten'))) await practiceFixtures(db);
  const published = (await find('test-nachbarschaftsgarten'))!.id;
  const submitted = (await find('test-sprachpaten'))!.id;
  return { published, submitted };
}

/** Start pages of the bad-input crawl: Meppen's staff forms of the library, and the state's. */
export async function practiceFormPages(db: Kysely<Database>): Promise<{ meppen: string[]; state: string[] }> {
  const { submitted } = await practiceToRead(db);
  return {
    meppen: [
      '/de/m/meppen/admin/practice',
      '/de/m/meppen/admin/practice/new',
      `/de/m/meppen/admin/practice/adapt/test-nachbarschaftsgarten`,
    ],
    state: ['/de/state/practice', `/de/state/practice/${submitted}`, '/de/practice'],
  };
}

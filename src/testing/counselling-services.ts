import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';

/** Start pages for the bad-input crawl: the staff forms of one demo service of Meppen. */
export async function counsellingServiceFormPages(db: Kysely<Database>, municipalityId: string): Promise<string[]> {
  const row = await db
    .selectFrom('counselling_services')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .orderBy('created_at')
    .executeTakeFirst();
  const base = '/de/m/meppen/admin/counselling';
  if (!row) return [`${base}/new`];
  return [`${base}/new`, `${base}/${row.id}/edit`, `${base}/${row.id}/texts/en`, `${base}/${row.id}/counsellors`];
}

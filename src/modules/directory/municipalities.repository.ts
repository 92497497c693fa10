import type { Executor } from '../../platform/db/types.ts';
import './directory.tables.ts';

export interface MunicipalityRow {
  id: string;
  slug: string;
  ags: string;
  name: string;
  district: string;
}

const COLUMNS = ['id', 'slug', 'ags', 'name', 'district'] as const;

/** Every municipality by name. Municipalities are the tenants themselves: state-wide reference data. */
export function listMunicipalities(db: Executor): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').select(COLUMNS).orderBy('name').execute();
}

export function findMunicipalityBySlug(db: Executor, slug: string): Promise<MunicipalityRow | undefined> {
  return db.selectFrom('municipalities').select(COLUMNS).where('slug', '=', slug).executeTakeFirst();
}

/** Which of slug and AGS are taken already (for a friendly message before the unique constraints speak). */
export async function takenMunicipalityKeys(
  db: Executor,
  slug: string,
  ags: string,
): Promise<{ slug: boolean; ags: boolean }> {
  const rows = await db
    .selectFrom('municipalities')
    .select(['slug', 'ags'])
    .where((eb) => eb.or([eb('slug', '=', slug), eb('ags', '=', ags)]))
    .execute();
  return { slug: rows.some((r) => r.slug === slug), ags: rows.some((r) => r.ags === ags) };
}

export async function insertMunicipality(
  db: Executor,
  m: { slug: string; ags: string; name: string; district: string },
): Promise<string> {
  const row = await db.insertInto('municipalities').values(m).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

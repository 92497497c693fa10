import type { MunicipalitySummary } from '../../platform/db/municipalities.ts';
import type { Executor } from '../../platform/db/types.ts';
import './directory.tables.ts';

/** A municipality as the platform lists it (`listMunicipalities` in `platform/db/municipalities.ts`). */
export type MunicipalityRow = MunicipalitySummary;

const COLUMNS = ['id', 'slug', 'ags', 'name', 'district'] as const;

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

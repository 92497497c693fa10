import '../auth/auth-tables.ts';
import type { Executor } from './types.ts';

/**
 * Municipalities are the tenants, so their table is the platform's: request handling resolves `:municipality`
 * here, and the directory's municipality register writes through these functions. State-wide reference data.
 */
export interface MunicipalitySummary {
  id: string;
  slug: string;
  /** The official municipality key (Amtlicher Gemeindeschlüssel), 8 digits. */
  ags: string;
  name: string;
  district: string;
}

export interface MunicipalityRow extends MunicipalitySummary {
  ags: string;
}

export interface NewMunicipality {
  slug: string;
  ags: string;
  name: string;
  district: string;
}

const COLUMNS = ['id', 'slug', 'ags', 'name', 'district'] as const;

/** All municipalities (the tenants), by name. */
export function listMunicipalities(db: Executor): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').select(COLUMNS).orderBy('name').execute();
}

/** One municipality by its slug; null when unknown. */
export async function findMunicipalityBySlug(db: Executor, slug: string): Promise<MunicipalityRow | null> {
  return (await db.selectFrom('municipalities').select(COLUMNS).where('slug', '=', slug).executeTakeFirst()) ?? null;
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

/** Inserts municipalities; returns their ids by slug. */
export async function insertMunicipalities(
  db: Executor,
  rows: readonly NewMunicipality[],
): Promise<Record<string, string>> {
  if (rows.length === 0) return {};
  const ids = await db
    .insertInto('municipalities')
    .values([...rows])
    .returning(['id', 'slug'])
    .execute();
  return Object.fromEntries(ids.map((r) => [r.slug, r.id]));
}

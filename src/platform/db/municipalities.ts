import '../auth/auth-tables.ts';
import type { Executor } from './types.ts';

export interface MunicipalitySummary {
  id: string;
  slug: string;
  /** The official municipality key (Amtlicher Gemeindeschlüssel), 8 digits. */
  ags: string;
  name: string;
  district: string;
}

/** All municipalities (the tenants), by name; public reference data. The one list every module uses. */
export async function listMunicipalities(db: Executor): Promise<MunicipalitySummary[]> {
  return db.selectFrom('municipalities').select(['id', 'slug', 'ags', 'name', 'district']).orderBy('name').execute();
}

import '../auth/auth-tables.ts';
import type { Executor } from './types.ts';

export interface MunicipalitySummary {
  id: string;
  slug: string;
  name: string;
  district: string;
}

/** All municipalities (the tenants), by name; public reference data. */
export async function listMunicipalities(db: Executor): Promise<MunicipalitySummary[]> {
  return db.selectFrom('municipalities').select(['id', 'slug', 'name', 'district']).orderBy('name').execute();
}

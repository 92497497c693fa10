import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { GeoJsonGeometry } from './directory.tables.ts';

/** The stored fields of a Quartier, as they are created and changed. */
export interface QuartierValues {
  slug: string;
  name: string;
  areaDescription: string;
  boundary: GeoJsonGeometry | null;
  approxResidents: number | null;
  sourceLocale: Locale;
}

export interface QuartierRow extends QuartierValues {
  id: string;
}

function base(db: Executor, t: Tenant) {
  return db
    .selectFrom('quartiere')
    .select([
      'id',
      'slug',
      'name',
      'area_description as areaDescription',
      'boundary',
      'approx_residents as approxResidents',
      'source_locale as sourceLocale',
    ])
    .where('municipality_id', '=', t.municipalityId);
}

/** The tenant's Quartiere by name. */
export function listQuartiere(db: Executor, t: Tenant): Promise<QuartierRow[]> {
  return base(db, t).orderBy('name').execute();
}

export function findQuartier(db: Executor, t: Tenant, id: string): Promise<QuartierRow | undefined> {
  return base(db, t).where('id', '=', id).executeTakeFirst();
}

export function findQuartierBySlug(db: Executor, t: Tenant, slug: string): Promise<QuartierRow | undefined> {
  return base(db, t).where('slug', '=', slug).executeTakeFirst();
}

/** True when another Quartier of the tenant has this slug. */
export async function quartierSlugTaken(db: Executor, t: Tenant, slug: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('quartiere')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('slug', '=', slug);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

function columns(v: QuartierValues) {
  return {
    slug: v.slug,
    name: v.name,
    area_description: v.areaDescription,
    boundary: v.boundary,
    approx_residents: v.approxResidents,
    source_locale: v.sourceLocale,
  };
}

export async function insertQuartier(db: Executor, t: Tenant, v: QuartierValues): Promise<string> {
  const row = await db
    .insertInto('quartiere')
    .values({ municipality_id: t.municipalityId, ...columns(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates one Quartier of the tenant; false when the tenant has no such Quartier. */
export async function updateQuartier(db: Executor, t: Tenant, id: string, v: QuartierValues): Promise<boolean> {
  const r = await db
    .updateTable('quartiere')
    .set(columns(v))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

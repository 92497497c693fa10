import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import './directory.tables.ts';

export interface TranslationRow {
  quartierId: string;
  locale: Locale;
  areaDescription: string;
  sourceHash: string;
}

/** Every Quartier description translation of the tenant (a handful per Quartier). */
export function listTranslations(db: Executor, t: Tenant, quartierId?: string): Promise<TranslationRow[]> {
  let q = db
    .selectFrom('quartier_translations')
    .select(['quartier_id as quartierId', 'locale', 'area_description as areaDescription', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId);
  if (quartierId) q = q.where('quartier_id', '=', quartierId);
  return q.orderBy('locale').execute();
}

/** Writes (or replaces) one translation of a Quartier of the tenant. */
export async function upsertTranslation(db: Executor, t: Tenant, row: TranslationRow, now: Date): Promise<void> {
  await db
    .insertInto('quartier_translations')
    .values({
      municipality_id: t.municipalityId,
      quartier_id: row.quartierId,
      locale: row.locale,
      area_description: row.areaDescription,
      source_hash: row.sourceHash,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'quartier_id', 'locale']).doUpdateSet({
        area_description: row.areaDescription,
        source_hash: row.sourceHash,
        updated_at: now,
      }),
    )
    .execute();
}

export async function deleteTranslation(db: Executor, t: Tenant, quartierId: string, locale: Locale): Promise<void> {
  await db
    .deleteFrom('quartier_translations')
    .where('municipality_id', '=', t.municipalityId)
    .where('quartier_id', '=', quartierId)
    .where('locale', '=', locale)
    .execute();
}

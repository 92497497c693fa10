import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { FlatText } from './flats.texts.ts';

/** The texts of the given flats (all languages). */
export async function textsOf(db: Executor, t: Tenant, flatIds: readonly string[]): Promise<FlatText[]> {
  if (flatIds.length === 0) return [];
  const rows = await db
    .selectFrom('housing_flat_texts')
    .select(['flat_id', 'locale', 'title', 'description', 'source_hash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', 'in', flatIds)
    .execute();
  return rows.map((r) => ({
    flatId: r.flat_id,
    locale: r.locale,
    title: r.title,
    description: r.description,
    sourceHash: r.source_hash,
  }));
}

export async function upsertText(db: Executor, t: Tenant, text: FlatText, now: Date): Promise<void> {
  const values = { title: text.title, description: text.description, source_hash: text.sourceHash, updated_at: now };
  await db
    .insertInto('housing_flat_texts')
    .values({ municipality_id: t.municipalityId, flat_id: text.flatId, locale: text.locale, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'flat_id', 'locale']).doUpdateSet(values))
    .execute();
}

export async function deleteText(db: Executor, t: Tenant, flatId: string, locale: Locale): Promise<number> {
  const r = await db
    .deleteFrom('housing_flat_texts')
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', '=', flatId)
    .where('locale', '=', locale)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

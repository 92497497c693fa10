import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import { sourceHash } from '../directory/index.ts';

/** A flat's title and description in one language; translations carry the hash of the source they came from. */
export interface FlatText {
  flatId: string;
  locale: Locale;
  title: string;
  description: string;
  sourceHash: string | null;
}

/** The hash a translation records: of the source's title and description together. */
export function textHash(source: { title: string; description: string }): string {
  return sourceHash(`${source.title}\u0000${source.description}`);
}

/** What to show of a flat's text in a language: the translation, else the source (and why). */
export interface ShownFlatText {
  title: string;
  description: string;
  lang: Locale;
  /** No translation into the wanted language: the source is shown. */
  missing: boolean;
  /** A translation of an older version of the source. */
  outdated: boolean;
}

/** Picks the text to show in `locale` (pure). */
export function flatTextIn(texts: readonly FlatText[], sourceLocale: Locale, locale: Locale): ShownFlatText | null {
  const source = texts.find((x) => x.locale === sourceLocale);
  if (!source) return null;
  const shown = { title: source.title, description: source.description, lang: sourceLocale };
  if (locale === sourceLocale) return { ...shown, missing: false, outdated: false };
  const tr = texts.find((x) => x.locale === locale);
  if (!tr) return { ...shown, missing: true, outdated: false };
  return {
    title: tr.title,
    description: tr.description,
    lang: locale,
    missing: false,
    outdated: tr.sourceHash !== textHash(source),
  };
}

export type TextState = 'missing' | 'current' | 'outdated';

/** For each language other than the source: whether a translation exists and is current. */
export function textStates(texts: readonly FlatText[], sourceLocale: Locale): [Locale, TextState][] {
  const source = texts.find((x) => x.locale === sourceLocale);
  const hash = source ? textHash(source) : null;
  return LOCALES.filter((l) => l !== sourceLocale).map((l) => {
    const tr = texts.find((x) => x.locale === l);
    return [l, !tr ? 'missing' : tr.sourceHash === hash ? 'current' : 'outdated'];
  });
}

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

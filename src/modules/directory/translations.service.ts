import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { contentTexts, sourceHash, type TextState } from '../../platform/i18n/content-texts.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { invalidFields } from './directory.errors.ts';
import type { QuartierRow } from './quartiere.repository.ts';
import { getQuartier } from './quartiere.service.ts';
import {
  deleteTranslation,
  listTranslations,
  type TranslationRow,
  upsertTranslation,
} from './translations.repository.ts';

export type { TranslationRow };

// The hash every module's translations record, so that all of them see a changed source the same way.
export { sourceHash };

/** A description as shown in one language: the translation if there is one, else the source, and which it is. */
export interface ShownText {
  text: string;
  /** The language the text is in (for the `lang` attribute). */
  lang: Locale;
  /** A translation made from an older version of the source. */
  outdated: boolean;
  /** Neither the source nor a translation is in the wanted language. */
  fallback: boolean;
}

/** Picks what to show of a Quartier's description in a language (pure). */
export function describeIn(q: QuartierRow, translations: readonly TranslationRow[], locale: Locale): ShownText {
  const source = { text: q.areaDescription, lang: q.sourceLocale, outdated: false, fallback: false };
  if (locale === q.sourceLocale || q.areaDescription === '') return source;
  const tr = translations.find((x) => x.quartierId === q.id && x.locale === locale);
  if (!tr) return { ...source, fallback: true };
  return {
    text: tr.areaDescription,
    lang: locale,
    outdated: tr.sourceHash !== sourceHash(q.areaDescription),
    fallback: false,
  };
}

export type TranslationState = TextState;

// The source lives on the Quartier's row, the translations in their own table: the platform sees them as one list.
const quartierTexts = contentTexts<{ locale: Locale; text: string; sourceHash: string | null }>({
  hash: (source) => sourceHash(source.text),
});

/** For each language other than the source: whether a translation exists and is current. */
export function translationStates(
  q: QuartierRow,
  translations: readonly TranslationRow[],
): [Locale, TranslationState][] {
  const source = { locale: q.sourceLocale, text: q.areaDescription, sourceHash: null };
  const own = translations.filter((x) => x.quartierId === q.id);
  return quartierTexts.states([source, ...own.map((x) => ({ ...x, text: x.areaDescription }))], q.sourceLocale);
}

/** The tenant's translations (of one Quartier, when given). */
export function translationsOf(db: Executor, t: Tenant, quartierId?: string): Promise<TranslationRow[]> {
  return listTranslations(db, t, quartierId);
}

/**
 * Saves a Quartier description's translation, recording the current source's hash; an empty text removes it.
 * 404 when the Quartier is not the tenant's; the source language itself is not a translation.
 */
export async function saveTranslation(
  uc: UseCase,
  quartierId: string,
  locale: Locale,
  text: string | undefined,
): Promise<void> {
  const t = useCaseTenant(uc);
  const q = await getQuartier(uc.tx, t, quartierId);
  if (locale === q.sourceLocale) throw invalidFields({ areaDescription: { key: 'directory.translation.isSource' } });
  const subject = { subjectType: 'directory.quartier_translation', subjectId: `${quartierId}/${locale}` };
  if (!text) {
    await deleteTranslation(uc.tx, t, quartierId, locale);
    uc.record({ action: 'delete', ...subject, before: { locale } });
    return;
  }
  const hash = sourceHash(q.areaDescription);
  await upsertTranslation(uc.tx, t, { quartierId, locale, areaDescription: text, sourceHash: hash }, uc.now);
  // The text itself is not recorded; the source hash says which version of the source it translates.
  uc.record({ action: 'update', ...subject, after: { locale, sourceHash: hash } });
}
